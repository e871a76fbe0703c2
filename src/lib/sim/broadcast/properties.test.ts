import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../core';
import { LIVE } from '../gossip';
import { broadcastModel } from './model';
import { BROADCAST_OVERLAYS, DISSEMINATIONS, STOP_RULES } from './params';
import { runBroadcast } from './round';
import { initBroadcast } from './state';
import type { BroadcastEvent } from './events';
import type { BroadcastOptions } from './params';
import type { BroadcastState } from './types';

function picture(s: Readonly<BroadcastState>): string {
	return JSON.stringify({
		has: Array.from(s.has),
		active: Array.from(s.active),
		misses: Array.from(s.misses),
		status: Array.from(s.gossip.status),
		views: Array.from(s.gossip.viewIds),
		rest: [
			s.curves,
			s.completeAfter,
			s.round,
			s.quiet,
			s.tally,
			s.rng.peers.state(),
			s.rng.stop.state()
		]
	});
}

const options = fc.record({
	overlay: fc.constantFrom(...BROADCAST_OVERLAYS),
	nodes: fc.integer({ min: 2, max: 150 }),
	view: fc.integer({ min: 1, max: 12 }),
	fanout: fc.integer({ min: 1, max: 4 }),
	protocol: fc.constantFrom(...DISSEMINATIONS),
	stop: fc.constantFrom(...STOP_RULES),
	chunks: fc.integer({ min: 1, max: 4 }),
	fail: fc.constantFrom(0, 0, 0.2, 0.5),
	refresh: fc.boolean(),
	seed: fc.string({ maxLength: 4 })
});

type Shape = typeof options extends fc.Arbitrary<infer T> ? T : never;

function resolve(p: Shape): BroadcastOptions {
	const viewSize = Math.min(p.view, p.nodes - 1);
	return {
		overlay: p.overlay,
		nodes: p.nodes,
		viewSize,
		warmup: p.overlay === 'cyclon' || p.overlay === 'newscast' ? 5 : 0,
		fanout: Math.min(p.fanout, viewSize),
		protocol: p.protocol,
		stop: p.stop,
		chunks: p.chunks,
		fail: p.fail,
		refresh: p.refresh && p.overlay !== 'ring',
		maxRounds: 400,
		patience: 40
	};
}

describe('broadcast invariants over many seeds (property)', () => {
	it('never infects a node twice; reached counts live holders; curves only grow', () => {
		fc.assert(
			fc.property(options, (p) => {
				const s = initBroadcast(resolve(p), p.seed);
				const events: BroadcastEvent[] = [];
				for (let c = broadcastModel.next(s); c !== null; c = broadcastModel.next(s))
					events.push(...broadcastModel.apply(s, c));
				const seen = new Set<string>();
				for (const e of events)
					if (e.type === 'infected') {
						const key = `${e.chunk}:${e.node}`;
						expect(seen.has(key)).toBe(false);
						seen.add(key);
						expect(s.has[e.chunk * s.n + e.node]).toBe(e.round);
					}
				for (let j = 0; j < s.params.chunks; j++) {
					let holders = 0;
					for (let v = 0; v < s.n; v++)
						if (s.gossip.status[v] === LIVE && s.has[j * s.n + v] >= 0) holders++;
					expect(s.reached[j]).toBe(holders);
					const curve = s.curves[j];
					for (let t = 1; t < curve.length; t++)
						expect(curve[t]).toBeGreaterThanOrEqual(curve[t - 1]);
					if (s.completeAfter[j] !== null)
						expect(curve[s.completeAfter[j] as number]).toBe(s.gossip.live);
				}
				expect(s.tally.infections).toBe(seen.size);
				expect(s.tally.transmissions).toBe(s.tally.infections + s.tally.duplicates);
			}),
			{ numRuns: 120 }
		);
	});

	it('the same seed gives the same run: one turn at a time, whole rounds, or back and forth', () => {
		fc.assert(
			fc.property(options, (p) => {
				const o = { ...resolve(p), nodes: Math.min(p.nodes, 60) };
				o.viewSize = Math.min(o.viewSize, o.nodes - 1);
				o.fanout = Math.min(o.fanout ?? 1, o.viewSize);
				const whole = initBroadcast(o, p.seed);
				runBroadcast(whole);
				const t = new Timeline(broadcastModel, initBroadcast(o, p.seed), { checkpointEvery: 8 });
				while (t.canForward()) t.forward();
				expect(picture(t.state)).toBe(picture(whole));
				const end = t.position;
				t.seek(Math.floor(end / 2));
				t.seek(end);
				expect(picture(t.state)).toBe(picture(whole));
			}),
			{ numRuns: 40 }
		);
	});
});
