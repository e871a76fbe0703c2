import type { Distance } from './distance';
import { nextStamp, sortByDistance, type Buffer, type Scratch } from './scratch';
import { viewStride, type GossipState } from './types';

/**
 * Candidates for the proximity merge: the view, then the buffer, without the owner; a nodeId seen
 * twice keeps its freshest copy (the first on equal ages). Leaves them in `sc.ids`/`sc.ages`.
 */
function collect(s: GossipState, v: number, buf: Buffer, sc: Scratch): number {
	const base = v * viewStride(s.params.viewSize);
	const len = s.viewLength[v];
	const st = nextStamp(sc);
	const { viewIds, viewAges } = s;
	const { ids, ages, keep, stamp, pos } = sc;
	let m = 0;
	for (let k = 0; k < len + buf.length; k++) {
		const id = k < len ? viewIds[base + k] : buf.ids[k - len];
		if (id === v) continue;
		const age = k < len ? viewAges[base + k] : buf.ages[k - len];
		if (stamp[id] === st) {
			const p = pos[id];
			if (age >= ages[p]) continue;
			keep[p] = 0;
		}
		ids[m] = id;
		ages[m] = age;
		keep[m] = 1;
		stamp[id] = st;
		pos[id] = m++;
	}
	return compact(sc, m);
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
	const { ids, ages, dist } = sc;
	for (let i = 0; i < m; i++) dist[i] = distance(v, ids[i]);
	sortByDistance(dist, ids, ages, m);
	const n = Math.min(c, m);
	const base = v * viewStride(c);
	for (let j = 0; j < n; j++) {
		s.viewIds[base + j] = ids[j];
		s.viewAges[base + j] = ages[j];
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
	const base = v * viewStride(c);
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
