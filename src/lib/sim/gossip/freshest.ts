import type { Rng } from '../core';
import { splitRun } from './runs';
import type { Scratch } from './scratch';
import { viewStride, type GossipState } from './types';

/**
 * Newscast's merge (Jelasity, Kowalczyk & van Steen 2003), the generic age merge with a whole-view
 * buffer and H ≥ its size: node `self` keeps the c freshest of its view ∪ {(partner, 0)} ∪ the
 * partner's view, itself and duplicates left out (a duplicate keeps its freshest copy; on equal
 * ages its own entry first, then the received in buffer order). Both views are read as they were
 * just before the exchange, from copies: the inspector's record (`lastIds`/`lastAges`) or a
 * scratch copy when no record is kept; that is what the buffers would hold, so no buffer is built.
 * Candidates come in age order and stop after the run of equal ages at position c; that run is
 * split at random (`splitRun`), drawing exactly what `ageMerge` draws. `st` is a fresh stamp of
 * `sc` (see `nextStamp`); `own`/`from` give each copy's arrays, first index and length.
 */
export function freshestMerge(
	s: GossipState,
	self: number,
	partner: number,
	own: ViewCopy,
	from: ViewCopy,
	st: number,
	rng: Rng,
	sc: Scratch
): void {
	const c = s.params.viewSize;
	const { ids: ownIds, ages: ownAges, base: o, length: ownLen } = own;
	const { ids: fromIds, ages: fromAges, base: f, length: fromLen } = from;
	const { ids, ages, stamp } = sc;
	// Both lists are sorted by age. Take them an age at a time, own entries before received ones
	// (the order a two-way merge with ties to its own side gives): the loops then branch once per
	// age, not once per entry, and stop after the age that fills the c-th slot (the tie run).
	let m = 0;
	let i = 0;
	// j = -1 is the partner's fresh descriptor, then its view.
	let j = -1;
	while (m < c && (i < ownLen || j < fromLen)) {
		const ownAge = i < ownLen ? ownAges[o + i] : 0x7fffffff;
		const receivedAge = j < 0 ? 0 : j < fromLen ? fromAges[f + j] : 0x7fffffff;
		const age = ownAge <= receivedAge ? ownAge : receivedAge;
		for (; i < ownLen && ownAges[o + i] === age; i++) {
			const id = ownIds[o + i];
			if (stamp[id] === st) continue;
			stamp[id] = st;
			ids[m] = id;
			ages[m++] = age;
		}
		if (j < 0 && age === 0) {
			j = 0;
			if (stamp[partner] !== st) {
				stamp[partner] = st;
				ids[m] = partner;
				ages[m++] = 0;
			}
		}
		for (; j >= 0 && j < fromLen && fromAges[f + j] === age; j++) {
			const id = fromIds[f + j];
			if (id === self || stamp[id] === st) continue;
			stamp[id] = st;
			ids[m] = id;
			ages[m++] = age;
		}
	}
	if (m > c) splitRun(ids, ages, null, 0, m, c, rng);
	const n = m < c ? m : c;
	const { viewIds, viewAges } = s;
	const base = self * viewStride(c);
	for (let k = 0; k < n; k++) {
		viewIds[base + k] = ids[k];
		viewAges[base + k] = ages[k];
	}
	s.viewLength[self] = n;
}

/** A copy of a view before the exchange: `ids`/`ages[base .. base + length)`. */
export interface ViewCopy {
	ids: Int32Array;
	ages: Int32Array;
	base: number;
	length: number;
}

/**
 * The c freshest of view ∪ received (`sc.rIds/rAges[0..r)`, sorted), duplicates kept at their
 * freshest: the same outcome as the general merge when H ≥ the excess, built without going past
 * the run of equal ages at position c (the healer's tie-break reads no further).
 */
export function keepFreshest(
	s: GossipState,
	v: number,
	r: number,
	st: number,
	rng: Rng,
	sc: Scratch
): void {
	const c = s.params.viewSize;
	const base = v * viewStride(c);
	const len = s.viewLength[v];
	const { viewIds, viewAges } = s;
	const { ids, ages, stamp, rIds, rAges } = sc;
	let m = 0;
	let cut = -1;
	let i = 0;
	let j = 0;
	while (i < len || j < r) {
		let id: number;
		let age: number;
		if (j >= r || (i < len && viewAges[base + i] <= rAges[j])) {
			id = viewIds[base + i];
			age = viewAges[base + i++];
		} else {
			id = rIds[j];
			age = rAges[j++];
		}
		if (stamp[id] === st) continue;
		if (m >= c && age !== cut) break;
		stamp[id] = st;
		ids[m] = id;
		ages[m++] = age;
		if (m === c) cut = age;
	}
	if (m > c) splitRun(ids, ages, null, 0, m, c, rng);
	const n = m < c ? m : c;
	for (let k = 0; k < n; k++) {
		viewIds[base + k] = ids[k];
		viewAges[base + k] = ages[k];
	}
	s.viewLength[v] = n;
}
