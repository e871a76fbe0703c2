import type { Rng } from '../core';
import type { ViewCopy } from './freshest';
import type { Scratch } from './scratch';
import { viewStride, type GossipState } from './types';

/**
 * Newscast's exchange as PeerSim 1.0.5's example.newscast.SimpleNewscast performs it (its
 * `merge` and `nextCycle`, read from the bytecode), for the protocol that sends whole views both
 * ways and keeps the c freshest: one list L is merged from both views by age, freshest first, a
 * tie between the two views going to each side in turn starting from a coin toss; the active node
 * v's entry for q and q's entry for v are skipped, and duplicates keep their first (freshest) copy;
 * L stops at c − 1 entries. Then v keeps (q, 0) followed by L, and q keeps (v, 0) followed by L:
 * each side's c freshest of view ∪ received, with PeerSim's tie-break shared by both sides.
 * `mine`/`theirs` are v's and q's views as they were before the exchange; `st` is a fresh stamp.
 */
export function newscastMerge(
	s: GossipState,
	v: number,
	q: number,
	mine: ViewCopy,
	theirs: ViewCopy,
	st: number,
	rng: Rng,
	sc: Scratch
): void {
	const c = s.params.viewSize;
	const { ids: aIds, ages: aAges, base: a } = mine;
	const { ids: bIds, ages: bAges, base: b } = theirs;
	const aEnd = a + mine.length;
	const bEnd = b + theirs.length;
	const { ids, ages, stamp } = sc;
	const max = c - 1;
	// PeerSim: boolean alt = r.nextBoolean(); on equal timestamps alt = !alt and alt picks this side.
	let alt = rng.next() < 0.5;
	// v's entry for q and q's for v are skipped as if already taken: a view never holds its owner, so
	// marking both skips exactly those. Every candidate is written at m, and m moves on only for a
	// nodeId not marked yet: marks are at most `st` (see `nextStamp`), so (mark − st) >>> 31 is 1
	// for a new one, 0 for a duplicate, without a branch.
	stamp[q] = st;
	stamp[v] = st;
	let m = 0;
	let i = a;
	let j = b;
	let id: number;
	merge: while (m < max && i < aEnd && j < bEnd) {
		const x = aAges[i];
		const y = bAges[j];
		if (x < y) {
			ids[m] = id = aIds[i++];
			ages[m] = x;
			m += (stamp[id] - st) >>> 31;
			stamp[id] = st;
			continue;
		}
		if (x > y) {
			ids[m] = id = bIds[j++];
			ages[m] = y;
			m += (stamp[id] - st) >>> 31;
			stamp[id] = st;
			continue;
		}
		// A run of ties (in Newscast nearly every step): the sides take turns, without a branch on
		// whose turn it is, until the list is full or either side leaves this age.
		if (alt) {
			ids[m] = id = bIds[j++];
			ages[m] = x;
			m += (stamp[id] - st) >>> 31;
			stamp[id] = st;
			alt = false;
			if (m >= max || j >= bEnd || bAges[j] !== x) continue;
		}
		for (;;) {
			ids[m] = id = aIds[i++];
			ages[m] = x;
			m += (stamp[id] - st) >>> 31;
			stamp[id] = st;
			if (m >= max || i >= aEnd || aAges[i] !== x) {
				alt = true;
				continue merge;
			}
			ids[m] = id = bIds[j++];
			ages[m] = x;
			m += (stamp[id] - st) >>> 31;
			stamp[id] = st;
			if (m >= max || j >= bEnd || bAges[j] !== x) {
				alt = false;
				continue merge;
			}
		}
	}
	for (; m < max && i < aEnd; i++) {
		ids[m] = id = aIds[i];
		ages[m] = aAges[i];
		m += (stamp[id] - st) >>> 31;
		stamp[id] = st;
	}
	for (; m < max && j < bEnd; j++) {
		ids[m] = id = bIds[j];
		ages[m] = bAges[j];
		m += (stamp[id] - st) >>> 31;
		stamp[id] = st;
	}
	keep(s, v, q, m, sc);
}

/** The new views, in one pass over the merged list `sc.ids/ages[0..m)`: v's (q, 0) then the list, q's (v, 0) then the list. */
function keep(s: GossipState, v: number, q: number, m: number, sc: Scratch): void {
	const c = s.params.viewSize;
	const a = v * viewStride(c) + 1;
	const b = q * viewStride(c) + 1;
	const { viewIds, viewAges, viewLength } = s;
	const { ids, ages } = sc;
	viewIds[a - 1] = q;
	viewAges[a - 1] = 0;
	viewIds[b - 1] = v;
	viewAges[b - 1] = 0;
	// Four entries a step, then the rest one by one: per entry, the loop's test and index updates
	// cost about as much as the copies (a round takes about 7% less time at 10,000 nodes).
	let k = 0;
	for (; k + 3 < m; k += 4) {
		const i0 = ids[k],
			i1 = ids[k + 1],
			i2 = ids[k + 2],
			i3 = ids[k + 3];
		const g0 = ages[k],
			g1 = ages[k + 1],
			g2 = ages[k + 2],
			g3 = ages[k + 3];
		viewIds[a + k] = i0;
		viewIds[a + k + 1] = i1;
		viewIds[a + k + 2] = i2;
		viewIds[a + k + 3] = i3;
		viewIds[b + k] = i0;
		viewIds[b + k + 1] = i1;
		viewIds[b + k + 2] = i2;
		viewIds[b + k + 3] = i3;
		viewAges[a + k] = g0;
		viewAges[a + k + 1] = g1;
		viewAges[a + k + 2] = g2;
		viewAges[a + k + 3] = g3;
		viewAges[b + k] = g0;
		viewAges[b + k + 1] = g1;
		viewAges[b + k + 2] = g2;
		viewAges[b + k + 3] = g3;
	}
	for (; k < m; k++) {
		const id = ids[k];
		const age = ages[k];
		viewIds[a + k] = id;
		viewAges[a + k] = age;
		viewIds[b + k] = id;
		viewAges[b + k] = age;
	}
	viewLength[v] = viewLength[q] = m + 1;
}
