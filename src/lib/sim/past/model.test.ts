import { describe, expect, it } from 'vitest';
import { SimError, type Id } from '../core';
import { distance, memberIds, nodeOf, rootOf, tracePath, type PastryNode } from '../pastry';
import { pastModel } from './model';
import { trueReplicaSet } from './replicas';
import { PAST_DEFAULTS, pastScenario, runPast } from './scenario';
import type { PastEvent } from './events';
import type { PastCommand, PastParams, PastState } from './types';

const params = (p: Partial<PastParams>): PastParams => ({ ...PAST_DEFAULTS, ...p });

function act(s: PastState, c: PastCommand): PastEvent[] {
	const events = pastModel.apply(s, c);
	runPast(s, (e) => events.push(...e));
	return events;
}

function stored(nodes = 120, objects = 6, extra: Partial<PastParams> = {}): PastState {
	const s = pastScenario(params({ nodes, objects, replicas: 3, ...extra }), 'past');
	runPast(s);
	return s;
}

const truth = (s: PastState, key: Id) =>
	trueReplicaSet(s.pastry.space, memberIds(s.pastry), key, s.params.replicas);

describe('PAST inserts and lookups', () => {
	it('stores each file on the k nodes numerically closest to its fileId, at the end of its route', () => {
		const s = pastScenario(params({ nodes: 120, objects: 0, replicas: 3 }), 'past');
		const from = memberIds(s.pastry)[7];
		const events = act(s, { type: 'insert', name: 'lecture-notes.pdf', from });
		const f = s.files[0];
		const route = tracePath(s.pastry, from, f.key);
		expect(events[0]).toEqual({
			type: 'insert-started',
			file: 0,
			name: 'lecture-notes.pdf',
			key: f.key,
			from
		});
		expect(events.filter((e) => e.type === 'insert-hop')).toHaveLength(route.length);
		expect(events[events.length - 1]).toEqual({
			type: 'file-stored',
			file: 0,
			key: f.key,
			root: rootOf(s.pastry, f.key),
			replicas: truth(s, f.key),
			hops: route.length
		});
		expect(f.replicas[0]).toBe(rootOf(s.pastry, f.key));
	});

	it('a lookup is answered by the first node on its route that holds a replica', () => {
		const s = stored();
		for (const [i, f] of s.files.entries()) {
			const from = memberIds(s.pastry)[(i * 37) % 120];
			const route = [from, ...tracePath(s.pastry, from, f.key).map((h) => h.to)];
			const first = route.findIndex((id) => f.replicas.includes(id));
			const events = act(s, { type: 'lookup', name: f.name, from });
			expect(events[events.length - 1]).toEqual({
				type: 'lookup-answered',
				file: i,
				at: route[first],
				source: 'replica',
				rank: f.replicas.indexOf(route[first]),
				hops: first,
				path: route.slice(0, first + 1)
			});
			expect(s.lastLookup).toEqual({
				file: i,
				from,
				at: route[first],
				source: 'replica',
				hops: first
			});
		}
	});

	it('caches along the route and answers from the cache, evicting the least recently used', () => {
		const s = stored(120, 3, { cacheSize: 1 });
		const [a, b] = s.files;
		const from = memberIds(s.pastry).find(
			(id) => !a.replicas.includes(id) && !b.replicas.includes(id)
		) as Id;
		const first = act(s, { type: 'lookup', name: a.name, from });
		expect(first).toContainEqual({ type: 'file-cached', file: 0, node: from, evicted: null });
		expect(act(s, { type: 'lookup', name: a.name, from }).at(-1)).toMatchObject({
			type: 'lookup-answered',
			at: from,
			source: 'cache',
			hops: 0
		});
		expect(act(s, { type: 'lookup', name: b.name, from })).toContainEqual({
			type: 'file-cached',
			file: 1,
			node: from,
			evicted: 0
		});
		expect(s.caches.get(from)).toEqual([1]);
	});
});

describe('PAST replicas after failures and joins', () => {
	it('a failed replica is replaced by the next closest node, copied from the nearest holder', () => {
		const s = stored();
		const f = s.files[2];
		const gone = f.replicas[1];
		act(s, { type: 'fail', nodes: [gone] });
		// Before the maintenance period the lookup still finds a surviving replica.
		expect(act(s, { type: 'lookup', name: f.name }).at(-1)).toMatchObject({
			type: 'lookup-answered',
			source: 'replica'
		});
		const holders = f.replicas.filter((id) => id !== gone);
		const events = act(s, { type: 'restore-replicas' });
		const want = truth(s, f.key);
		const newcomer = want.find((id) => !holders.includes(id)) as Id;
		const near = (id: Id) =>
			distance(nodeOf(s.pastry, id) as PastryNode, nodeOf(s.pastry, newcomer) as PastryNode);
		const nearest = holders.reduce((a, c) => (near(c) < near(a) ? c : a));
		expect(events).toContainEqual({
			type: 'replica-copied',
			file: 2,
			key: f.key,
			from: nearest,
			to: newcomer
		});
		expect(events).toContainEqual({
			type: 'replicas-restored',
			file: 2,
			key: f.key,
			replicas: want,
			failed: [gone]
		});
		expect(s.files[2].replicas).toEqual(want);
	});

	it('a file whose k replicas all fail is lost, and a lookup of it finds nothing', () => {
		const s = stored();
		const f = s.files[0];
		act(s, { type: 'fail', nodes: f.replicas.slice() });
		expect(act(s, { type: 'lookup', name: f.name }).at(-1)).toMatchObject({
			type: 'lookup-failed',
			reason: 'not-found',
			at: rootOf(s.pastry, f.key)
		});
		const events = act(s, { type: 'restore-replicas' });
		expect(events).toContainEqual({ type: 'file-lost', file: 0, key: f.key });
		expect(events.at(-1)).toEqual({ type: 'restore-done', restored: 5, lost: 1 });
		expect(s.files[0]).toMatchObject({ lost: true, replicas: [] });
	});

	it('a node joining among the k closest gets a copy and the farthest replica drops its own', () => {
		const s = stored();
		const f = s.files[1];
		const [root, second] = [f.replicas[0], f.replicas[1]];
		const farthest = f.replicas[f.replicas.length - 1];
		// An id between the root and the second closest (numerically), when there is room.
		const id = Math.floor((root + second) / 2);
		expect(s.pastry.index.has(id)).toBe(false);
		act(s, { type: 'add-node', id });
		const events = act(s, { type: 'restore-replicas' });
		expect(events.some((e) => e.type === 'replica-copied' && e.to === id && e.file === 1)).toBe(
			true
		);
		expect(events).toContainEqual({
			type: 'replica-dropped',
			file: 1,
			key: f.key,
			node: farthest
		});
		expect(s.files[1].replicas).toEqual(truth(s, f.key));
		expect(s.files[1].replicas).toContain(id);
	});
});

describe('commands and parameters that do not fit', () => {
	const s = stored(60, 2);
	it.each([
		[{ type: 'deliver' }, 'no message is in flight'],
		[{ type: 'insert', name: 'file-0' }, 'a file named "file-0" is already stored'],
		[{ type: 'insert', name: ' ' }, 'a file needs a name'],
		[{ type: 'lookup', name: 'nope' }, 'no file named "nope" was inserted'],
		[{ type: 'fail', nodes: [0x123456] }, 'node 123456 is not a live node to fail'],
		[{ type: 'fail-fraction', fraction: 1 }, 'the failing share must be from 0 to below 1'],
		[{ type: 'add-node', id: memberIds(s.pastry)[0] }, 'is already in the network']
	] as const)('%o is refused: %s', (command, message) => {
		const step = s.step;
		expect(() => pastModel.apply(s, command)).toThrow(SimError);
		expect(() => pastModel.apply(s, command)).toThrow(message);
		expect(s.step).toBe(step);
	});

	it('refuses k above |L|/2 and a negative cache', () => {
		expect(() => pastScenario(params({ replicas: 9 }), '1')).toThrow(
			'k (the replicas) must be an integer from 1 to |L|/2 = 8'
		);
		expect(() => pastScenario(params({ cacheSize: -1 }), '1')).toThrow('the cache size must be');
	});
});
