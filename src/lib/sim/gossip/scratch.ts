import type { ViewCopy } from './freshest';
/**
 * Reusable work space of the exchange: candidate lists, distances, two buffers, and a stamp array
 * indexed by nodeId that finds duplicates in O(1) without clearing. It holds no simulation state
 * (every exchange overwrites what it reads), so sharing it between states is safe.
 */

/** A buffer one thread sends: descriptors (nodeId, age) in `ids`/`ages[0..length)`. */
export interface Buffer {
	ids: Int32Array;
	ages: Int32Array;
	length: number;
	/** Cyclon: view slots 0..sent-1 hold the entries this buffer carried away (see `swapMerge`). */
	sent: number;
}

/** The work space itself: candidate lists, keys, flags, two buffers and the nodeId-indexed stamps. */
export interface Scratch {
	ids: Int32Array;
	ages: Int32Array;
	keep: Uint8Array;
	/** Where a merge candidate came from: 1 = the view, 0 = the received buffer. */
	src: Uint8Array;
	/** The received buffer, sorted by age (age merge). */
	rIds: Int32Array;
	rAges: Int32Array;
	index: Int32Array;
	/** Ranking distances of candidates (T-Man), sorted together with `ids` (and `ages`). */
	dist: Int32Array;
	stamp: Int32Array;
	pos: Int32Array;
	stampValue: number;
	active: Buffer;
	passive: Buffer;
	/** Where the Newscast merge reads each side's view from (see `freshestMerge`). */
	mine: ViewCopy;
	theirs: ViewCopy;
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
			src: new Uint8Array(len),
			rIds: new Int32Array(len),
			rAges: new Int32Array(len),
			index: new Int32Array(len),
			dist: new Int32Array(len),
			stamp: new Int32Array(cap),
			pos: new Int32Array(cap),
			stampValue: 0,
			active: buffer(len),
			passive: buffer(len),
			mine: { ids: new Int32Array(0), ages: new Int32Array(0), base: 0, length: 0 },
			theirs: { ids: new Int32Array(0), ages: new Int32Array(0), base: 0, length: 0 }
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
 * Sorts candidates `0..m)` by (distance, nodeId) ascending, moving `dist`, `ids` and, if given,
 * `ages` together (insertion sort: views are tens of entries, where this beats the built-in sort;
 * integer keys, no floating-point packing).
 */
export function sortByDistance(
	dist: Int32Array,
	ids: Int32Array,
	ages: Int32Array | null,
	m: number
): void {
	for (let i = 1; i < m; i++) {
		const d = dist[i];
		const id = ids[i];
		const age = ages ? ages[i] : 0;
		let j = i - 1;
		while (j >= 0 && (dist[j] > d || (dist[j] === d && ids[j] > id))) {
			dist[j + 1] = dist[j];
			ids[j + 1] = ids[j];
			if (ages) ages[j + 1] = ages[j];
			j--;
		}
		dist[j + 1] = d;
		ids[j + 1] = id;
		if (ages) ages[j + 1] = age;
	}
}
