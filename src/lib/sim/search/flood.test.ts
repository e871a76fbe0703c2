import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { bfs } from '../core/graph';
import { customNetwork } from './custom';
import type { SearchEvent } from './events';
import { floodMessages, floodProfile, ringTtls } from './flood';
import { startRun } from './run';
import { runToEnd, stepRun } from './step';
import { targetOf } from './target';
import { cycleLists, paramsFor, pathLists, randomFixture, starLists } from './testing';
import type { SearchNetwork } from './types';

const exact = (network: SearchNetwork, name: string) => targetOf(network, { kind: 'exact', name });

/** Runs one query of `method` from `source` with events, returning them and the outcome. */
function trace(
	network: SearchNetwork,
	method: 'flood' | 'ring',
	ttl: number,
	source: number,
	name = 'x'
) {
	const run = startRun(network, paramsFor({ method, ttl }), source, exact(network, name));
	const events: SearchEvent[] = [];
	while (!run.done) stepRun(network, run, Rng.stream('unused'), events);
	return { run, events, waves: events.filter((e) => e.type === 'flood-wave') };
}

const path5 = customNetwork({ lists: pathLists(5), objects: [{ name: 'x', holders: [4] }] });
const star6 = customNetwork({ lists: starLists(6), objects: [{ name: 'x', holders: [5] }] });
const ring6 = customNetwork({ lists: cycleLists(6), objects: [{ name: 'x', holders: [3] }] });

describe('flooding on hand-made graphs', () => {
	it('on a path sends one message per wave and finds the end at TTL 4, not 3', () => {
		const short = trace(path5, 'flood', 3, 0);
		expect(short.run.found).toBeNull();
		expect(short.run.exhausted).toBe('ttl');
		expect(short.waves.map((w) => w.type === 'flood-wave' && w.edges)).toEqual([
			[[0, 1]],
			[[1, 2]],
			[[2, 3]]
		]);
		const long = trace(path5, 'flood', 4, 0);
		expect(long.run.found).toEqual({ node: 4, object: 0, hops: 4, messages: 4 });
		// From the middle both ways: 2 messages per wave.
		const mid = trace(path5, 'flood', 2, 2);
		expect(mid.run.found).toEqual({ node: 4, object: 0, hops: 2, messages: 4 });
	});

	it('on a star goes leaf → centre → every other leaf', () => {
		const t = trace(star6, 'flood', 5, 1);
		expect(
			t.waves.map((w) => w.type === 'flood-wave' && [w.edges.length, w.frontier, w.duplicates])
		).toEqual([
			[1, [0], 0],
			[4, [2, 3, 4, 5], 0]
		]);
		// The flood stops early: nobody is left to forward.
		expect(t.run.found).toEqual({ node: 5, object: 0, hops: 2, messages: 5 });
		expect(t.run.done).toBe(true);
	});

	it('on a ring of 6 meets itself at the far side: one duplicate', () => {
		const t = trace(ring6, 'flood', 3, 0);
		expect(
			t.waves.map((w) => w.type === 'flood-wave' && [w.edges.length, w.duplicates, w.messages])
		).toEqual([
			[2, 0, 2],
			[2, 0, 4],
			[2, 1, 6]
		]);
		expect(t.run.found).toEqual({ node: 3, object: 0, hops: 3, messages: 6 });
		expect(trace(ring6, 'flood', 2, 0).run.found).toBeNull();
	});

	it('answers from the requester’s own store with no message', () => {
		const t = trace(path5, 'flood', 3, 4);
		expect(t.run.found).toEqual({ node: 4, object: 0, hops: 0, messages: 0 });
		expect(t.events).toEqual([]);
	});
});

describe('expanding ring', () => {
	it('floods with TTL 1, 3, 5, … (start 1, increment 2, as Lv et al. simulate) then the largest', () => {
		expect(ringTtls(1)).toEqual([1]);
		expect(ringTtls(4)).toEqual([1, 3, 4]);
		expect(ringTtls(7)).toEqual([1, 3, 5, 7]);
		expect(ringTtls(8)).toEqual([1, 3, 5, 7, 8]);
		expect(ringTtls(7, 2, 3)).toEqual([2, 5, 7]);
		expect(ringTtls(6, 1, 1)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(ringTtls(3, 5, 1)).toEqual([3]);
	});

	it('on a ring of 6 counts every ring’s messages: 2 + 6', () => {
		const t = trace(ring6, 'ring', 4, 0);
		expect(
			t.events
				.filter((e) => e.type === 'ring-started')
				.map((e) => e.type === 'ring-started' && e.ttl)
		).toEqual([3]);
		// Ring 1 (TTL 1) sends 2 messages; ring 2 (TTL 3) sends 2 + 2 + 2 and finds node 3 at depth 3.
		expect(t.run.found).toEqual({ node: 3, object: 0, hops: 3, messages: 2 + 6 });
		expect(
			runToEnd(
				ring6,
				startRun(ring6, paramsFor({ method: 'ring', ttl: 4 }), 0, exact(ring6, 'x')),
				Rng.stream('u')
			)
		).toEqual({
			found: true,
			hops: 3,
			messages: 8
		});
		// With increment 1 the rings are TTL 1, 2, 3: 2 + 4 + 6 messages.
		expect(
			runToEnd(
				ring6,
				startRun(ring6, paramsFor({ method: 'ring', ttl: 4, ringStep: 1 }), 0, exact(ring6, 'x')),
				Rng.stream('u')
			)
		).toEqual({ found: true, hops: 3, messages: 12 });
	});
});

/** An independent message-level flood: a FIFO queue of messages carrying their hop count. */
function referenceFlood(network: SearchNetwork, source: number, ttl: number) {
	const { offsets, targets } = network.graph;
	const seen = new Map<number, number>([[source, 0]]);
	const queue: [number, number, number][] = [];
	const send = (from: number, except: number, hop: number) => {
		for (let i = offsets[from]; i < offsets[from + 1]; i++)
			if (targets[i] !== except) queue.push([from, targets[i], hop]);
	};
	send(source, -1, 1);
	let messages = 0;
	let deepest = 0;
	for (let h = 0; h < queue.length; h++) {
		const [from, to, hop] = queue[h];
		messages++;
		deepest = Math.max(deepest, hop);
		if (seen.has(to)) continue;
		seen.set(to, hop);
		if (hop < ttl) send(to, from, hop + 1);
	}
	return { messages, seen, deepest };
}

const arbitraryFlood = fc.record({
	seed: fc.string(),
	n: fc.integer({ min: 2, max: 60 }),
	degree: fc.integer({ min: 1, max: 6 }),
	ttl: fc.integer({ min: 1, max: 8 })
});

describe('flooding, properties', () => {
	it('never goes beyond its TTL, reaches exactly the nodes within TTL hops, and every message crosses an edge', () => {
		fc.assert(
			fc.property(arbitraryFlood, ({ seed, n, degree, ttl }) => {
				// An object no node holds, so the flood always runs to its end.
				const network = randomFixture(seed, n, degree, 1, 1);
				const source = Rng.stream(seed, 'source').int(n);
				const target = targetOf(network, { kind: 'exact', name: 'nobody' });
				const run = startRun(network, paramsFor({ method: 'flood', ttl }), source, target);
				const events: SearchEvent[] = [];
				while (!run.done) stepRun(network, run, Rng.stream('u'), events);
				const dist = new Int32Array(n);
				bfs(network.graph, source, dist, new Int32Array(n));
				const edgeSet = new Set<string>();
				for (let v = 0; v < n; v++)
					for (let i = network.graph.offsets[v]; i < network.graph.offsets[v + 1]; i++)
						edgeSet.add(`${v}>${network.graph.targets[i]}`);
				let crossed = 0;
				for (const e of events) {
					if (e.type !== 'flood-wave') continue;
					expect(e.depth).toBeLessThanOrEqual(ttl);
					for (const [from, to] of e.edges) {
						expect(edgeSet.has(`${from}>${to}`)).toBe(true);
						expect(run.state.method === 'flood' && run.state.flood.reached[from]).toBe(e.depth - 1);
					}
					crossed += e.edges.length;
				}
				const ref = referenceFlood(network, source, ttl);
				expect(run.state.method === 'flood' && run.state.flood.messages).toBe(crossed);
				expect(crossed).toBe(ref.messages);
				expect(ref.deepest).toBeLessThanOrEqual(ttl);
				const reached = run.state.method === 'flood' ? run.state.flood.reached : new Int32Array();
				for (let v = 0; v < n; v++) {
					const within = dist[v] >= 0 && dist[v] <= ttl;
					expect(reached[v] >= 0).toBe(within);
					if (within) expect(reached[v]).toBe(dist[v]);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('a profile of the largest TTL gives every smaller flood and ring exactly', () => {
		fc.assert(
			fc.property(
				arbitraryFlood,
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 3 }),
				({ seed, n, degree, ttl }, ringStart, ringStep) => {
					const network = randomFixture(seed, n, degree, 3, 2);
					const rng = Rng.stream(seed, 'q');
					const source = rng.int(n);
					const target = exact(network, `o${rng.int(3)}`);
					const { hit, sent } = floodProfile(network, source, target, 8);
					const flood = runToEnd(
						network,
						startRun(network, paramsFor({ method: 'flood', ttl }), source, target),
						rng
					);
					expect(flood.messages).toBe(floodMessages(sent, ttl));
					expect(flood.found).toBe(hit >= 0 && hit <= ttl);
					const ring = runToEnd(
						network,
						startRun(
							network,
							paramsFor({ method: 'ring', ttl, ringStart, ringStep }),
							source,
							target
						),
						rng
					);
					let messages = 0;
					for (const t of ringTtls(ttl, ringStart, ringStep)) {
						messages += floodMessages(sent, t);
						if (hit >= 0 && hit <= t) break;
					}
					expect(ring).toEqual({ found: flood.found, hops: flood.hops, messages });
				}
			),
			{ numRuns: 150 }
		);
	});
});
