import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runExchange } from './exchange';
import { contextOf } from './round';
import { stateWith } from './testing';
import { viewOf } from './view';
import type { Descriptor } from './types';

/**
 * PeerSim 1.0.5's example.newscast.SimpleNewscast, transcribed from its bytecode (`merge` and
 * `nextCycle`), with ages for timestamps (fresher = smaller age): the caches are merged into one
 * list, freshest first, an equal pair going to each cache in turn starting from a coin
 * (`alt = r.nextBoolean()`, then `alt = !alt` at each tie, true taking this node's entry), this
 * node's entry for the peer and the peer's entry for this node skipped, duplicates skipped
 * (`contains`), up to c − 1 entries; then each keeps its partner at age 0 followed by the list.
 */
function simpleNewscast(
	self: number,
	peer: number,
	mine: readonly Descriptor[],
	theirs: readonly Descriptor[],
	c: number,
	coin: boolean
): [Descriptor[], Descriptor[]] {
	const tn: Descriptor[] = [];
	const contains = (id: number) => tn.some((d) => d.nodeId === id);
	let alt = coin;
	let i = 0;
	let j = 0;
	while (tn.length < c - 1 && i < mine.length && j < theirs.length) {
		let takeMine: boolean;
		if (mine[i].age === theirs[j].age) takeMine = alt = !alt;
		else takeMine = mine[i].age < theirs[j].age;
		if (takeMine) {
			if (mine[i].nodeId !== peer && !contains(mine[i].nodeId)) tn.push(mine[i]);
			i++;
		} else {
			if (theirs[j].nodeId !== self && !contains(theirs[j].nodeId)) tn.push(theirs[j]);
			j++;
		}
	}
	for (; tn.length < c - 1 && i < mine.length; i++)
		if (mine[i].nodeId !== peer && !contains(mine[i].nodeId)) tn.push(mine[i]);
	for (; tn.length < c - 1 && j < theirs.length; j++)
		if (theirs[j].nodeId !== self && !contains(theirs[j].nodeId)) tn.push(theirs[j]);
	return [
		[{ nodeId: peer, age: 0 }, ...tn],
		[{ nodeId: self, age: 0 }, ...tn]
	];
}

/** Views of nodes 0 and 1 (sorted by age, ties allowed), node 1 the oldest entry of node 0. */
const scenario = fc.integer({ min: 1, max: 10 }).chain((c) => {
	const n = 3 * c + 2;
	const others = fc.uniqueArray(fc.integer({ min: 2, max: n - 1 }), {
		minLength: c - 1,
		maxLength: c - 1
	});
	const ages = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2 * c, maxLength: 2 * c });
	return fc.record({ c: fc.constant(c), mine: others, theirs: others, ages });
});

describe('the newscast preset', () => {
	it('runs PeerSim SimpleNewscast’s merge, ties and coin included', () => {
		fc.assert(
			fc.property(scenario, ({ c, mine, theirs, ages }) => {
				const byAge = (v: [number, number][]) => v.sort((a, b) => a[1] - b[1]);
				const view0: [number, number][] = mine.map((id, i) => [id, ages[i]]);
				view0.push([1, 9]);
				const view1: [number, number][] = [[0, ages[c - 1]]];
				theirs.forEach((id, i) => view1.push([id, ages[c + i]]));
				const views = Array.from({ length: 3 * c + 2 }, (_, v) =>
					v === 0 ? byAge(view0) : v === 1 ? byAge(view1) : []
				);
				// Oldest-peer selection makes node 1 (age 9, the only oldest) the peer, without a draw.
				const params = { viewSize: c, preset: 'newscast', peerSelection: 'oldest' } as const;
				const s = stateWith(views, params);
				const before = [viewOf(s, 0), viewOf(s, 1)];
				const coin = s.rng.exchange.clone().next() < 0.5;
				runExchange(s, 0, contextOf(s), null);
				const [want0, want1] = simpleNewscast(0, 1, before[0], before[1], c, coin);
				expect(viewOf(s, 0)).toEqual(want0);
				expect(viewOf(s, 1)).toEqual(want1);
				// Without the inspector's record the merge reads both views in place: the same views.
				const bare = stateWith(views, params);
				runExchange(bare, 0, contextOf(bare), null, false);
				expect(viewOf(bare, 0)).toEqual(want0);
				expect(viewOf(bare, 1)).toEqual(want1);
			}),
			{ numRuns: 300 }
		);
	});
});
