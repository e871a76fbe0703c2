import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../core';
import { memberIds, snapshot, stateViolations } from '../pastry';
import { lookupEveryFile, replicasInPlace } from './experiment';
import { pastModel } from './model';
import { isLiveNode, trueReplicaSet } from './replicas';
import { PAST_DEFAULTS, pastScenario, runPast } from './scenario';
import type { PastState } from './types';

function picture(s: Readonly<PastState>): string {
	return JSON.stringify({
		pastry: snapshot(s.pastry),
		files: s.files,
		caches: [...s.caches],
		rest: [s.step, s.scriptAt, s.completed, s.tally, s.lastLookup, s.ops],
		rng: [s.rng.clients.state(), s.rng.fail.state()]
	});
}

const shape = fc.record({
	seed: fc.string({ maxLength: 5 }),
	nodes: fc.integer({ min: 2, max: 150 }),
	objects: fc.integer({ min: 1, max: 25 }),
	replicas: fc.integer({ min: 1, max: 8 }),
	cacheSize: fc.integer({ min: 0, max: 3 }),
	fail: fc.double({ min: 0, max: 0.45, noNaN: true }),
	joins: fc.integer({ min: 0, max: 3 })
});

describe('PAST invariants over many seeds (property)', () => {
	it('after repair (leaf sets intact) every surviving file is on exactly its k closest live nodes; only files that lost all k replicas are gone', () => {
		fc.assert(
			fc.property(shape, (p) => {
				const s = pastScenario({ ...PAST_DEFAULTS, ...p }, p.seed);
				runPast(s);
				const k = Math.min(p.replicas, p.nodes);
				for (const f of s.files) expect(f.replicas).toHaveLength(k);
				expect(lookupEveryFile(s).retrievable).toBe(1);
				if (p.fail > 0 && p.nodes > 2) {
					pastModel.apply(s, { type: 'fail-fraction', fraction: p.fail });
					runPast(s);
				}
				// Pastry's limit (§2.5): when |L|/2 adjacent nodes all fail, leaf sets cannot be repaired,
				// and PAST, which reads the k closest from them, cannot be right either.
				fc.pre(stateViolations(s.pastry).length === 0);
				const doomed = s.files.filter((f) => f.replicas.every((id) => !isLiveNode(s, id))).length;
				// Before re-replication: a file is found exactly when one of its replicas survived.
				const before = lookupEveryFile(s);
				expect(before.retrievable * s.files.length).toBeGreaterThanOrEqual(
					s.files.length - doomed - 1e-9
				);
				for (let i = 0; i < p.joins; i++) {
					pastModel.apply(s, { type: 'add-node' });
					runPast(s);
				}
				pastModel.apply(s, { type: 'restore-replicas' });
				runPast(s);
				expect(s.files.filter((f) => f.lost)).toHaveLength(doomed);
				expect(replicasInPlace(s)).toBe(1);
				const live = memberIds(s.pastry);
				for (const f of s.files)
					if (!f.lost)
						expect([...f.replicas].sort()).toEqual(
							trueReplicaSet(s.pastry.space, live, f.key, s.params.replicas).sort()
						);
				if (p.cacheSize === 0)
					expect(lookupEveryFile(s).retrievable).toBeCloseTo(1 - doomed / s.files.length, 12);
			}),
			{ numRuns: 40 }
		);
	});

	it('the same seed gives the same run, stepped one event at a time or run to the end, and back', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 4 }), fc.integer({ min: 8, max: 50 }), (seed, nodes) => {
				const params = { ...PAST_DEFAULTS, nodes, objects: 6, replicas: 3, cacheSize: 2 };
				const script = [
					{ type: 'lookup', name: 'file-1' },
					{ type: 'fail-fraction', fraction: 0.3 },
					{ type: 'add-node' },
					{ type: 'restore-replicas' },
					{ type: 'lookup', name: 'file-2' }
				] as const;
				const whole = pastScenario(params, seed);
				runPast(whole);
				for (const c of script) {
					pastModel.apply(whole, c);
					runPast(whole);
				}
				const t = new Timeline(pastModel, pastScenario(params, seed), { checkpointEvery: 5 });
				while (t.canForward()) t.forward();
				for (const c of script) {
					t.act(c);
					while (t.canForward()) t.forward();
				}
				expect(picture(t.state)).toBe(picture(whole));
				const end = t.position;
				t.seek(Math.floor(end / 3));
				t.seek(end);
				expect(picture(t.state)).toBe(picture(whole));
			}),
			{ numRuns: 15 }
		);
	});
});
