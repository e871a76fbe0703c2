import type { Rng } from '../core';

/**
 * Reusable work space of the exchange: candidate lists, sort keys, two buffers, and a stamp array
 * indexed by nodeId that finds duplicates in O(1) without clearing. It holds no simulation state
 * (every exchange overwrites what it reads), so sharing it between states is safe.
 */
export interface Buffer {
	ids: Int32Array;
	ages: Int32Array;
	length: number;
	/** Cyclon: view slots 0..sent-1 hold the entries this buffer carried away (see `swapMerge`). */
	sent: number;
}

export interface Scratch {
	ids: Int32Array;
	ages: Int32Array;
	keep: Uint8Array;
	index: Int32Array;
	keys: Float64Array;
	stamp: Int32Array;
	pos: Int32Array;
	stampValue: number;
	/** Candidates still flagged in after `append` (see merge.ts). */
	kept: number;
	active: Buffer;
	passive: Buffer;
}

let shared: Scratch | null = null;

function buffer(n: number): Buffer {
	return { ids: new Int32Array(n), ages: new Int32Array(n), length: 0, sent: 0 };
}

/**
 * Work space for views of size c plus `extra` sampled candidates over `capacity` nodeIds
 * (reallocated only when a size grows).
 */
export function scratchFor(capacity: number, c: number, extra = 0): Scratch {
	const m = 2 * c + 2 + extra;
	if (!shared || shared.ids.length < m || shared.stamp.length < capacity) {
		const cap = Math.max(capacity, shared?.stamp.length ?? 0);
		const len = Math.max(m, shared?.ids.length ?? 0);
		shared = {
			ids: new Int32Array(len),
			ages: new Int32Array(len),
			keep: new Uint8Array(len),
			index: new Int32Array(len),
			keys: new Float64Array(len),
			stamp: new Int32Array(cap),
			pos: new Int32Array(cap),
			stampValue: 0,
			kept: 0,
			active: buffer(len),
			passive: buffer(len)
		};
	}
	return shared;
}

/** A stamp value no entry of `stamp` holds yet: marks set under it mean "seen in this pass". */
export function nextStamp(sc: Scratch): number {
	if (sc.stampValue >= 0x3fffffff) {
		sc.stamp.fill(0);
		sc.stampValue = 0;
	}
	return ++sc.stampValue;
}

/**
 * Sorts `keys[0..m)` ascending in place (insertion sort: views are tens of entries, where this beats
 * the built-in typed-array sort by an order of magnitude).
 */
export function sortPrefix(keys: Float64Array, m: number): void {
	for (let i = 1; i < m; i++) {
		const k = keys[i];
		let j = i - 1;
		while (j >= 0 && keys[j] > k) {
			keys[j + 1] = keys[j];
			j--;
		}
		keys[j + 1] = k;
	}
}

const histogram = new Int32Array(256);

/**
 * Among the entries i < m with `alive[i] === 1`, clears `alive` for the `h` of highest age
 * `ages[offset + i]`. Ties at
 * the threshold age are broken uniformly at random with `rng` (the paper permutes the view before
 * taking the oldest, which amounts to the same), drawing only when a tie straddles the threshold.
 * Ages below 256 are counted in a histogram (two passes); older views fall back to a sort.
 */
export function dropOldest(
	ages: Int32Array,
	offset: number,
	alive: Uint8Array,
	m: number,
	h: number,
	rng: Rng,
	sc: Scratch
): void {
	if (h <= 0) return;
	let hi = -1;
	let wide = false;
	for (let i = 0; i < m; i++) {
		if (alive[i] !== 1) continue;
		const a = ages[offset + i];
		if (a > hi) hi = a;
		if (a < 256) histogram[a]++;
		else wide = true;
	}
	let threshold: number;
	let above = 0;
	if (!wide) {
		let a = hi;
		while (a >= 0 && above + histogram[a] < h) above += histogram[a--];
		threshold = a;
		histogram.fill(0, 0, hi + 1);
	} else {
		histogram.fill(0);
		const keys = sc.keys;
		let n = 0;
		for (let i = 0; i < m; i++) if (alive[i] === 1) keys[n++] = -ages[offset + i];
		sortPrefix(keys, n);
		threshold = n >= h ? -keys[h - 1] : -1;
		while (above < n && above < h && -keys[above] > threshold) above++;
	}
	const tied = sc.index;
	let t = 0;
	for (let i = 0; i < m; i++) {
		if (alive[i] !== 1) continue;
		const a = ages[offset + i];
		if (a > threshold) alive[i] = 0;
		else if (a === threshold) tied[t++] = i;
	}
	const need = Math.min(h - above, t);
	// A uniform subset of the tied entries: draw the smaller side (those dropped, or those spared).
	const drawDropped = need <= t - need;
	const draws = drawDropped ? need : t - need;
	for (let j = 0; j < draws; j++) {
		const r = j + rng.int(t - j);
		const x = tied[r];
		tied[r] = tied[j];
		tied[j] = x;
	}
	if (drawDropped) for (let j = 0; j < need; j++) alive[tied[j]] = 0;
	else for (let j = draws; j < t; j++) alive[tied[j]] = 0;
}
