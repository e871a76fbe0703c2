import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { customNetwork } from './custom';
import type { SearchEvent } from './events';
import { startRun } from './run';
import { runToEnd, stepRun } from './step';
import { targetOf } from './target';
import { listsFromEdges, paramsFor, pathLists, randomFixture, starLists } from './testing';
import type { SearchNetwork } from './types';

function trace(
	network: SearchNetwork,
	walkers: number,
	walkerTtl: number,
	source: number,
	name: string,
	seed = 's'
) {
	const params = paramsFor({ method: 'walk', walkers, walkerTtl, checkEvery: 4 });
	const run = startRun(network, params, source, targetOf(network, { kind: 'exact', name }));
	const events: SearchEvent[] = [];
	const rng = Rng.stream(seed);
	while (!run.done) stepRun(network, run, rng, events);
	return { run, events };
}

describe('random walkers on hand-made graphs', () => {
	it('on a path of two, every walker steps onto the holder at once', () => {
		const net = customNetwork({ lists: pathLists(2), objects: [{ name: 'x', holders: [1] }] });
		const { run, events } = trace(net, 3, 100, 0, 'x');
		// Walkers move simultaneously: the answer is known after the step's 3 messages.
		expect(run.found).toEqual({ node: 1, object: 0, hops: 1, messages: 3 });
		expect(events.filter((e) => e.type === 'walker-step').length).toBe(3);
		expect(run.state.method === 'walk' && [run.state.walk.messages, run.state.walk.checks]).toEqual(
			[3, 0]
		);
	});

	it('from a star’s leaf, the first step always reaches the centre', () => {
		const net = customNetwork({ lists: starLists(5), objects: [{ name: 'x', holders: [0] }] });
		const { run } = trace(net, 2, 100, 3, 'x');
		expect(run.found).toEqual({ node: 0, object: 0, hops: 1, messages: 2 });
	});

	it('stops every walker at its own TTL when nothing can be found', () => {
		// Node 3 holds the object but is cut off from the walkers' path 0—1—2.
		const net = customNetwork({
			lists: listsFromEdges(4, [
				[0, 1],
				[1, 2]
			]),
			objects: [{ name: 'x', holders: [3] }]
		});
		const { run, events } = trace(net, 3, 5, 0, 'x');
		expect(run.found).toBeNull();
		expect(run.exhausted).toBe('ttl');
		// Each walker takes exactly its 5 steps: 3 × 5 messages, whatever the number of walkers.
		expect(run.state.method === 'walk' && run.state.walk.messages).toBe(15);
		expect(
			events.filter((e) => e.type === 'walker-step').map((e) => e.type === 'walker-step' && e.step)
		).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5]);
		// The check after step 4; after step 5 the walkers' TTL is spent and they simply stop.
		expect(
			events
				.filter((e) => e.type === 'walker-check')
				.map((e) => e.type === 'walker-check' && e.step)
		).toEqual([4]);
	});

	it('gives more walkers more chances, not fewer: with their TTLs, k walkers cover k times the steps', () => {
		// A path 0—1—…—9 with the object at the far end: one walker of TTL 9 can only reach it by
		// walking straight; many walkers each get their own 9 steps.
		const net = customNetwork({ lists: pathLists(10), objects: [{ name: 'x', holders: [9] }] });
		const found = (k: number) => {
			let n = 0;
			for (let s = 0; s < 200; s++) if (trace(net, k, 9, 0, 'x', `p${s}`).run.found) n++;
			return n;
		};
		const one = found(1);
		const many = found(64);
		expect(one).toBeLessThan(20);
		expect(many).toBeGreaterThan(one);
	});

	it('a requester with no neighbour sends nothing', () => {
		const net = customNetwork({
			lists: listsFromEdges(3, [[1, 2]]),
			objects: [{ name: 'x', holders: [2] }]
		});
		const { run, events } = trace(net, 4, 100, 0, 'x');
		expect([run.exhausted, events]).toEqual(['stuck', []]);
	});
});

describe('random walkers, properties', () => {
	it('take at most TTL steps each, move along edges, check every 4 steps, and stop within 4 steps of the answer', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.integer({ min: 2, max: 80 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 200 }),
				(seed, n, walkers, walkerTtl) => {
					const net = randomFixture(seed, n, 3, 2, 1);
					const source = Rng.stream(seed, 'source').int(n);
					const { run, events } = trace(net, walkers, walkerTtl, source, 'o0', seed);
					const w = run.state.method === 'walk' ? run.state.walk : null;
					if (!w) throw new Error('not a walk');
					const steps = events.filter((e) => e.type === 'walker-step');
					expect(w.messages).toBeLessThanOrEqual(walkers * walkerTtl);
					const perWalker = new Map<number, number>();
					for (const e of events)
						if (e.type === 'walker-step')
							perWalker.set(e.walker, (perWalker.get(e.walker) ?? 0) + 1);
					for (const steps of perWalker.values()) expect(steps).toBeLessThanOrEqual(walkerTtl);
					expect(steps.length).toBe(w.messages);
					const { offsets, targets } = net.graph;
					for (const e of steps)
						if (e.type === 'walker-step')
							expect(Array.from(targets.subarray(offsets[e.from], offsets[e.from + 1]))).toContain(
								e.to
							);
					for (const e of events) if (e.type === 'walker-check') expect(e.step % 4).toBe(0);
					if (run.found && run.found.hops > 0) {
						const last =
							steps.length === 0
								? 0
								: Math.max(...steps.map((e) => (e.type === 'walker-step' ? e.step : 0)));
						expect(last).toBeLessThanOrEqual(Math.ceil(run.found.hops / 4) * 4);
					}
				}
			),
			{ numRuns: 150 }
		);
	});

	it('give the same outcome stepped with events as run to the end without', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.integer({ min: 2, max: 60 }),
				fc.integer({ min: 1, max: 8 }),
				(seed, n, k) => {
					const net = randomFixture(seed, n, 3, 2, 2);
					const params = paramsFor({ method: 'walk', walkers: k, walkerTtl: 60 });
					const target = targetOf(net, { kind: 'exact', name: 'o1' });
					const a = startRun(net, params, 0, target);
					const rngA = Rng.stream(seed, 'w');
					while (!a.done) stepRun(net, a, rngA, []);
					const b = runToEnd(net, startRun(net, params, 0, target), Rng.stream(seed, 'w'));
					expect({ found: a.found !== null, hops: a.found?.hops ?? null }).toEqual({
						found: b.found,
						hops: b.hops
					});
					expect(a.state.method === 'walk' && a.state.walk.messages).toBe(b.messages);
				}
			),
			{ numRuns: 100 }
		);
	});
});
