import type { Rng } from '../core';
import type { Distance } from './distance';
import { dropOldest, nextStamp, sortPrefix, type Buffer, type Scratch } from './scratch';
import type { GossipState } from './types';

/**
 * Candidates for the age and proximity merges: the view in slot order, then the buffer, without
 * the owner. A nodeId seen twice keeps its freshest copy (the first one on equal ages): the other
 * is flagged out in `sc.keep`. Returns the number of candidates; `sc.kept` counts those flagged in.
 */
function append(s: GossipState, v: number, buf: Buffer, sc: Scratch): number {
	const base = v * s.params.viewSize;
	const len = s.viewLength[v];
	const st = nextStamp(sc);
	const { viewIds, viewAges } = s;
	const { ids, ages, keep, stamp, pos } = sc;
	let m = 0;
	let dropped = 0;
	for (let i = 0; i < len; i++) {
		const id = viewIds[base + i];
		ids[m] = id;
		ages[m] = viewAges[base + i];
		keep[m] = 1;
		stamp[id] = st;
		pos[id] = m++;
	}
	for (let j = 0; j < buf.length; j++) {
		const id = buf.ids[j];
		if (id === v) continue;
		const age = buf.ages[j];
		if (stamp[id] === st) {
			const p = pos[id];
			if (age >= ages[p]) continue;
			keep[p] = 0;
			dropped++;
		}
		ids[m] = id;
		ages[m] = age;
		keep[m] = 1;
		stamp[id] = st;
		pos[id] = m++;
	}
	sc.kept = m - dropped;
	return m;
}

function collect(s: GossipState, v: number, buf: Buffer, sc: Scratch): number {
	return compact(sc, append(s, v, buf, sc));
}

function compact(sc: Scratch, m: number): number {
	const { ids, ages, keep } = sc;
	let w = 0;
	for (let r = 0; r < m; r++)
		if (keep[r]) {
			ids[w] = ids[r];
			ages[w] = ages[r];
			keep[w++] = 1;
		}
	return w;
}

/**
 * The generic protocol's view.select(c, H, S, buffer) (Jelasity et al. 2007): append the buffer;
 * remove duplicates keeping the freshest; remove the min(H, size − c) oldest (healer; ties at
 * random); remove the min(S, size − c) first items, those the node just sent (swapper); remove the
 * rest at random down to c. With H = S = 0 this is the blind (random) merge. Removals only clear
 * flags; one final pass writes the survivors back in order.
 */
export function ageMerge(
	s: GossipState,
	v: number,
	buf: Buffer,
	healer: number,
	swapper: number,
	rng: Rng,
	sc: Scratch
): void {
	const c = s.params.viewSize;
	const m = append(s, v, buf, sc);
	const keep = sc.keep;
	let size = sc.kept;
	const old = Math.min(healer, size - c);
	if (old > 0) {
		dropOldest(sc.ages, 0, keep, m, old, rng, sc);
		size -= old;
	}
	let head = Math.min(swapper, size - c);
	size -= Math.max(0, head);
	for (let i = 0; head > 0; i++)
		if (keep[i] === 1) {
			keep[i] = 0;
			head--;
		}
	const extra = size - c;
	if (extra > 0) {
		const idx = sc.index;
		let n = 0;
		for (let i = 0; i < m; i++) if (keep[i] === 1) idx[n++] = i;
		for (let i = 0; i < extra; i++) {
			const j = i + rng.int(n - i);
			const t = idx[j];
			idx[j] = idx[i];
			keep[t] = 0;
		}
	}
	const base = v * c;
	const { viewIds, viewAges } = s;
	const { ids, ages } = sc;
	let w = 0;
	for (let i = 0; i < m; i++)
		if (keep[i] === 1) {
			viewIds[base + w] = ids[i];
			viewAges[base + w++] = ages[i];
		}
	s.viewLength[v] = w;
}

/**
 * T-Man / Vicinity's merge: of view ∪ buffer (owner and duplicates removed, freshest kept), keep
 * the c closest to the owner under the ranking distance, ties to the smaller nodeId, in that order.
 */
export function proximityMerge(
	s: GossipState,
	v: number,
	buf: Buffer,
	distance: Distance,
	sc: Scratch
): void {
	const c = s.params.viewSize;
	const m = collect(s, v, buf, sc);
	const cap = s.capacity;
	for (let i = 0; i < m; i++) {
		sc.pos[sc.ids[i]] = i;
		sc.keys[i] = distance(v, sc.ids[i]) * cap + sc.ids[i];
	}
	sortPrefix(sc.keys, m);
	const n = Math.min(c, m);
	for (let j = 0; j < n; j++) sc.index[j] = sc.pos[sc.keys[j] % cap];
	const base = v * c;
	for (let j = 0; j < n; j++) {
		s.viewIds[base + j] = sc.ids[sc.index[j]];
		s.viewAges[base + j] = sc.ages[sc.index[j]];
	}
	s.viewLength[v] = n;
}

/**
 * Cyclon's merge (Voulgaris et al. 2005, enhanced shuffling, steps 6–7): discard received entries
 * pointing at the owner or already in its view; put the others first into empty slots, then in
 * place of the entries it sent (slots 0..sent-1), in order; drop what does not fit.
 */
export function swapMerge(s: GossipState, v: number, buf: Buffer, sent: number, sc: Scratch): void {
	const c = s.params.viewSize;
	const base = v * c;
	let len = s.viewLength[v];
	const st = nextStamp(sc);
	for (let i = 0; i < len; i++) sc.stamp[s.viewIds[base + i]] = st;
	let next = 0;
	for (let j = 0; j < buf.length; j++) {
		const id = buf.ids[j];
		if (id === v || sc.stamp[id] === st) continue;
		let slot: number;
		if (len < c) slot = len++;
		else if (next < sent) slot = next++;
		else break;
		s.viewIds[base + slot] = id;
		s.viewAges[base + slot] = buf.ages[j];
		sc.stamp[id] = st;
	}
	s.viewLength[v] = len;
}
