import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../core';
import { snapshot } from '../pastry';
import { scribeModel } from './model';
import { runScribe, SCRIBE_DEFAULTS, scribeScenario } from './scenario';
import { liveForwarders } from './repair';
import { treeViolations } from './tree';
import type { ScribeEvent } from './events';
import type { ScribeCommand, ScribeState } from './types';

/** A serialisable picture of the whole state, to compare two runs. */
function picture(s: Readonly<ScribeState>): string {
	return JSON.stringify({
		pastry: snapshot(s.pastry),
		tree: [...s.tree],
		ops: s.ops.map((o) => (o.kind === 'multicast' ? { ...o, received: [...o.received] } : o)),
		rest: [s.step, s.seq, s.scriptAt, s.completed, s.tally, s.lastMulticast, s.rng.fail.state()]
	});
}

const shape = fc.record({
	seed: fc.string({ maxLength: 5 }),
	nodes: fc.integer({ min: 2, max: 160 }),
	share: fc.double({ min: 0.05, max: 1, noNaN: true }),
	/** A script of user actions after the first multicast: fail, leave, heartbeat, multicast. */
	actions: fc.array(
		fc.oneof(
			fc.record({
				kind: fc.constant('fail'),
				fraction: fc.double({ min: 0.05, max: 0.5, noNaN: true })
			}),
			fc.record({ kind: fc.constant('leave'), pick: fc.nat() }),
			fc.record({ kind: fc.constant('join'), pick: fc.nat() }),
			fc.record({ kind: fc.constant('heartbeat') }),
			fc.record({ kind: fc.constant('multicast') })
		),
		{ maxLength: 8 }
	)
});

type Action = { kind: string; fraction?: number; pick?: number };

/** The user command an action stands for in state `s`, or null when it does not apply there. */
function commandOf(s: ScribeState, a: Action): ScribeCommand | null {
	const members = [...s.tree].filter(([, t]) => t.member).map(([id]) => id);
	const live = s.pastry.nodes.filter((n) => n.alive).map((n) => n.id);
	switch (a.kind) {
		case 'fail':
			if (liveForwarders(s).length === 0 || live.length < 3) return null;
			return { type: 'fail-forwarders', fraction: a.fraction as number };
		case 'leave':
			return members.length > 0
				? { type: 'leave', member: members[(a.pick as number) % members.length] }
				: null;
		case 'join':
			return { type: 'join', member: live[(a.pick as number) % live.length] };
		case 'heartbeat':
			return { type: 'heartbeat' };
		default:
			return { type: 'multicast' };
	}
}

describe('Scribe invariants over many seeds (property)', () => {
	it('never delivers a multicast twice; after a heartbeat the tree is whole and reaches every live member', () => {
		fc.assert(
			fc.property(shape, (p) => {
				const members = Math.max(1, Math.round(p.share * p.nodes));
				const s = scribeScenario({ ...SCRIBE_DEFAULTS, nodes: p.nodes, members }, p.seed);
				const events: ScribeEvent[] = [];
				runScribe(s, (e) => events.push(...e));
				expect(treeViolations(s)).toEqual([]);
				expect(s.lastMulticast).toMatchObject({ members, reached: members, duplicates: 0 });
				for (const a of p.actions) {
					const c = commandOf(s, a);
					if (!c) continue;
					try {
						events.push(...scribeModel.apply(s, c));
					} catch {
						continue; // refused (a member that failed meanwhile): nothing changed
					}
					runScribe(s, (e) => events.push(...e));
				}
				scribeModel.apply(s, { type: 'heartbeat' });
				runScribe(s);
				expect(treeViolations(s)).toEqual([]);
				scribeModel.apply(s, { type: 'multicast' });
				runScribe(s, (e) => events.push(...e));
				const last = s.lastMulticast;
				expect(last?.reached).toBe(last?.members);
				for (const e of events) if (e.type === 'multicast-done') expect(e.duplicates).toBe(0);
				// Each member delivers each multicast once: no (seq, node) twice among the copies.
				const copies = events.flatMap((e) =>
					e.type === 'multicast-sent' ? [`${e.seq}:${e.to}`] : []
				);
				expect(new Set(copies).size).toBe(copies.length);
			}),
			{ numRuns: 60 }
		);
	});

	it('the same seed gives the same run, stepped one event at a time or run to the end, and back', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 4 }), fc.integer({ min: 5, max: 80 }), (seed, nodes) => {
				const params = { ...SCRIBE_DEFAULTS, nodes, members: Math.ceil(nodes / 4) };
				const whole = scribeScenario(params, seed);
				runScribe(whole);
				scribeModel.apply(whole, { type: 'fail-forwarders', fraction: 0.5 });
				scribeModel.apply(whole, { type: 'heartbeat' });
				runScribe(whole);
				const t = new Timeline(scribeModel, scribeScenario(params, seed), { checkpointEvery: 4 });
				while (t.canForward()) t.forward();
				t.act({ type: 'fail-forwarders', fraction: 0.5 });
				t.act({ type: 'heartbeat' });
				while (t.canForward()) t.forward();
				expect(picture(t.state)).toBe(picture(whole));
				const end = t.position;
				const events = t.eventsAt(end);
				t.seek(Math.floor(end / 2));
				t.seek(end);
				expect(t.eventsAt(end)).toEqual(events);
				expect(picture(t.state)).toBe(picture(whole));
			}),
			{ numRuns: 25 }
		);
	});
});
