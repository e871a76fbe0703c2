import type { Rng } from '../core';
import type { ViewCopy } from './freshest';
import type { Scratch } from './scratch';
import type { GossipState } from './types';

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
	const { ids: aIds, ages: aAges, base: a, length: aLen } = mine;
	const { ids: bIds, ages: bAges, base: b, length: bLen } = theirs;
	const { ids, ages, stamp } = sc;
	const max = c - 1;
	// PeerSim: boolean alt = r.nextBoolean(); on equal timestamps alt = !alt and alt picks this side.
	let alt = rng.next() < 0.5;
	let m = 0;
	let i = 0;
	let j = 0;
	while (m < max && i < aLen && j < bLen) {
		const x = aAges[a + i];
		const y = bAges[b + j];
		let fromMine: boolean;
		if (x === y) fromMine = alt = !alt;
		else fromMine = x < y;
		if (fromMine) {
			const id = aIds[a + i++];
			if (id === q || stamp[id] === st) continue;
			stamp[id] = st;
			ids[m] = id;
			ages[m++] = x;
		} else {
			const id = bIds[b + j++];
			if (id === v || stamp[id] === st) continue;
			stamp[id] = st;
			ids[m] = id;
			ages[m++] = y;
		}
	}
	for (; m < max && i < aLen; i++) {
		const id = aIds[a + i];
		if (id === q || stamp[id] === st) continue;
		stamp[id] = st;
		ids[m] = id;
		ages[m++] = aAges[a + i];
	}
	for (; m < max && j < bLen; j++) {
		const id = bIds[b + j];
		if (id === v || stamp[id] === st) continue;
		stamp[id] = st;
		ids[m] = id;
		ages[m++] = bAges[b + j];
	}
	keep(s, v, q, m, sc);
	keep(s, q, v, m, sc);
}

/** `self`'s new view: (partner, 0), then the merged list `sc.ids/ages[0..m)`. */
function keep(s: GossipState, self: number, partner: number, m: number, sc: Scratch): void {
	const base = self * s.params.viewSize;
	const { viewIds, viewAges } = s;
	const { ids, ages } = sc;
	viewIds[base] = partner;
	viewAges[base] = 0;
	for (let k = 0; k < m; k++) {
		viewIds[base + 1 + k] = ids[k];
		viewAges[base + 1 + k] = ages[k];
	}
	s.viewLength[self] = m + 1;
}
