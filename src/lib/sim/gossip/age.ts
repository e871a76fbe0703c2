import type { Rng } from '../core';
import { keepFreshest } from './freshest';
import { splitRun } from './runs';
import { nextStamp, type Buffer, type Scratch } from './scratch';
import { viewStride, type GossipState } from './types';

/**
 * The generic protocol of Jelasity et al. (2007) over age-ordered views. With the random and age
 * merges every view is kept sorted by age, freshest first (ageing, joins, dropping an entry and
 * these merges all preserve the order), which makes the protocol's rules linear:
 * - "move the H oldest items to the end" = they already are: the last H slots, where a run of
 *   equal ages straddling the boundary is split uniformly at random;
 * - "view.permute(); buffer.append(view.head(k − 1))" = a uniform sample of k − 1 of the other
 *   slots, the same distribution the permutation gives;
 * - "removeDuplicates" (keep the freshest) = keep the first copy while merging two sorted lists.
 * The paper's positional "head" becomes explicit: the entries the node just sent.
 */

/**
 * The active or passive thread's buffer (Jelasity et al. 2007): (self, 0) plus the head k − 1 of
 * the view after "permute, then move the H oldest to the end": a uniform sample of the view without
 * its H oldest when those suffice, otherwise all of them and a uniform sample of the oldest (a
 * whole-view buffer sends every entry). A sample is drawn as a uniform subset (partial Fisher–Yates
 * on the smaller of the chosen and the skipped side) and sent in slot order, so the buffer is sorted
 * by age like the view.
 */
export function genericBuffer(
	s: GossipState,
	v: number,
	k: number,
	healer: number,
	rng: Rng,
	sc: Scratch,
	out: Buffer
): void {
	const base = v * viewStride(s.params.viewSize);
	const len = s.viewLength[v];
	const count = Math.min(k - 1, len);
	const n = len - Math.min(healer, len);
	const { keep } = sc;
	const { viewIds, viewAges } = s;
	out.ids[0] = v;
	out.ages[0] = 0;
	out.length = count + 1;
	out.sent = count;
	const { ids, ages } = out;
	if (count === len) {
		// A whole-view buffer: no draw, the view as it is (Newscast).
		for (let i = 0; i < len; i++) {
			ids[i + 1] = viewIds[base + i];
			ages[i + 1] = viewAges[base + i];
		}
		return;
	}
	if (n < len) splitRun(viewIds, viewAges, null, base, base + len, base + n, rng);
	if (count <= n) {
		sample(sc, 0, n, count, rng);
		keep.fill(0, n, len);
	} else {
		keep.fill(1, 0, n);
		sample(sc, n, len, count - n, rng);
	}
	let w = 1;
	for (let i = 0; i < len; i++)
		if (keep[i] === 1) {
			ids[w] = viewIds[base + i];
			ages[w++] = viewAges[base + i];
		}
}

/** Sets `keep[from..to)` to a uniform subset of `count` ones. */
function sample(sc: Scratch, from: number, to: number, count: number, rng: Rng): void {
	const n = to - from;
	const chosen = count <= n - count;
	const draws = chosen ? count : n - count;
	const { index: idx, keep } = sc;
	for (let i = 0; i < n; i++) {
		idx[i] = from + i;
		keep[from + i] = chosen ? 0 : 1;
	}
	for (let j = 0; j < draws; j++) {
		const r = j + rng.int(n - j);
		const slot = idx[r];
		idx[r] = idx[j];
		keep[slot] = chosen ? 1 : 0;
	}
}

/**
 * view.select(c, H, S, buffer) (Jelasity et al. 2007): append the buffer, remove duplicates keeping
 * the freshest, remove the min(H, size − c) oldest (healer; ties at random), then min(S, size − c)
 * of the head, i.e. of the entries the node just sent (`sent`; the head is in random order, so a
 * uniform subset of them; a node that sent fewer removes random view entries in their place), then
 * entries at random down to c. With H = S = 0 this is the blind (random) merge. The result stays
 * sorted by age. When H covers every possible excess the merge takes a shortcut with the same
 * outcome and draws (`shortcut = false` forces the long way, for tests).
 */
export function ageMerge(
	s: GossipState,
	v: number,
	received: Buffer,
	sent: Buffer | null,
	healer: number,
	swapper: number,
	rng: Rng,
	sc: Scratch,
	shortcut = true
): void {
	const c = s.params.viewSize;
	const base = v * viewStride(c);
	const len = s.viewLength[v];
	const { viewIds, viewAges } = s;
	const { ids, ages, src, keep, stamp, pos, rIds, rAges } = sc;
	// The received buffer, without the owner, sorted by age (insertion sort: a dozen entries).
	let r = 0;
	for (let j = 0; j < received.length; j++) {
		const id = received.ids[j];
		if (id === v) continue;
		const age = received.ages[j];
		let i = r++;
		while (i > 0 && rAges[i - 1] > age) {
			rIds[i] = rIds[i - 1];
			rAges[i] = rAges[i - 1];
			i--;
		}
		rIds[i] = id;
		rAges[i] = age;
	}
	const st = nextStamp(sc);
	// H covers every possible excess (at most the r received): keep the c freshest, and merge only
	// as far as the run of equal ages at the cut, which is all the healer's tie-break looks at.
	if (shortcut && swapper === 0 && healer >= r) return keepFreshest(s, v, r, st, rng, sc);
	// Merge the two sorted lists; the first copy of a nodeId is its freshest (the view's on ties).
	let m = 0;
	for (let i = 0, j = 0; i < len || j < r;) {
		const fromView = j >= r || (i < len && viewAges[base + i] <= rAges[j]);
		const id = fromView ? viewIds[base + i] : rIds[j];
		const age = fromView ? viewAges[base + i++] : rAges[j++];
		if (stamp[id] === st) continue;
		stamp[id] = st;
		pos[id] = m;
		ids[m] = id;
		ages[m] = age;
		src[m] = fromView ? 1 : 0;
		keep[m++] = 1;
	}
	let excess = m - c;
	const old = Math.min(healer, excess);
	if (old > 0) {
		splitRun(ids, ages, src, 0, m, m - old, rng);
		m -= old;
		if (swapper > 0) for (let i = 0; i < m; i++) pos[ids[i]] = i;
		excess -= old;
	}
	let head = Math.min(swapper, excess);
	if (head > 0) {
		// The paper's head is the sent entries in a random order: drop a uniform subset of them.
		const held = sc.index;
		let n = 0;
		for (let j = 1; j < (sent?.length ?? 0); j++) {
			const id = (sent as Buffer).ids[j];
			const p = pos[id];
			if (stamp[id] === st && p < m && ids[p] === id && src[p] === 1) held[n++] = p;
		}
		for (let j = 0; j < n && head > 0; j++, head--, excess--) {
			const r = j + rng.int(n - j);
			const p = held[r];
			held[r] = held[j];
			keep[p] = 0;
		}
		if (head > 0) excess -= dropRandom(sc, m, head, 1, rng);
	}
	if (excess > 0) dropRandom(sc, m, excess, 2, rng);
	let w = 0;
	for (let i = 0; i < m; i++)
		if (keep[i] === 1) {
			viewIds[base + w] = ids[i];
			viewAges[base + w++] = ages[i];
		}
	s.viewLength[v] = w;
}

/**
 * Clears `keep` for `count` uniformly chosen kept candidates (view entries only when `from` is 1);
 * returns how many it cleared (fewer when there are not enough).
 */
function dropRandom(sc: Scratch, m: number, count: number, from: 1 | 2, rng: Rng): number {
	const { keep, src, index } = sc;
	let n = 0;
	for (let i = 0; i < m; i++) if (keep[i] === 1 && (from === 2 || src[i] === 1)) index[n++] = i;
	const k = Math.min(count, n);
	for (let j = 0; j < k; j++) {
		const r = j + rng.int(n - j);
		const x = index[r];
		index[r] = index[j];
		keep[x] = 0;
	}
	return k;
}
