/**
 * The benchmark reference for Pastry's statistics (issue 9): plain JavaScript that builds its tables
 * lazily. Nodes are one sorted array of nodeIds drawn as the engine draws them (the same seeded
 * 'ids' stream, 13 hex digits); nothing else is stored. A routing-table cell (r, c) is computed when
 * a lookup first needs it: the nodes sharing the owner's first r digits and having digit c next form
 * one contiguous range of the sorted array (two binary searches), and the cell is one member of that
 * range chosen by a hash of (owner, r, c) — a random eligible node, which is what the
 * proximity-closest choice amounts to when proximity is independent of the ids (DESIGN.md). The
 * leaf set is the |L|/2 neighbours on each side of the sorted array. Routing is Table 1 of
 * Rowstron & Druschel (2001): leaf set, routing table, rare case (here over the leaf set and the
 * table; the reference keeps no neighbourhood set). Lookups route between random nodes drawn from
 * the same 'lookups' stream as the engine, so both route the same (source, key) pairs.
 *
 * It is a yardstick, not a product: it has no proximity, no failures and no locality.
 */
import { Rng } from '../src/lib/sim/core';

/** Hop counts of a lazy run, and where the time went. */
export interface LazyResult {
	readonly meanHops: number;
	readonly hopHistogram: number[];
	readonly deliveredToRoot: number;
	readonly cellsComputed: number;
}

const DIGITS = 13;
const B = 4;
const RADIX = 16;
const SIZE = 2 ** (B * DIGITS);
const HALF = 8;
/** pow[i] = 16^(DIGITS − i): ids with the same first i digits have the same floor(id / pow[i]). */
const pow = Array.from({ length: DIGITS + 1 }, (_, i) => 2 ** (B * (DIGITS - i)));

/** Sorted distinct nodeIds, drawn as `randomNodeArrays` draws them. */
export function lazyIds(n: number, seed: string): Float64Array {
	const rng = Rng.stream(seed, 'ids');
	const taken = new Set<number>();
	const ids = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let id = rng.bits(B * DIGITS);
		while (taken.has(id)) id = rng.bits(B * DIGITS);
		taken.add(id);
		ids[i] = id;
	}
	return ids.sort();
}

function lowerBound(ids: Float64Array, v: number): number {
	let lo = 0;
	let hi = ids.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ids[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function shl(a: number, c: number): number {
	let r = 0;
	while (r < DIGITS && Math.floor(a / pow[r + 1]) === Math.floor(c / pow[r + 1])) r++;
	return r;
}

const digit = (id: number, r: number) => Math.floor(id / pow[r + 1]) % RADIX;
const ring = (a: number, c: number) => {
	const d = Math.abs(a - c);
	return Math.min(d, SIZE - d);
};
const closer = (key: number, a: number, c: number) => {
	const da = ring(key, a);
	const dc = ring(key, c);
	return da < dc || (da === dc && a < c);
};

function hash(h: number, r: number, c: number): number {
	let x = Math.imul(h ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(r * RADIX + c + 1, 0xc2b2ae35);
	x ^= x >>> 16;
	x = Math.imul(x, 0x7feb352d);
	x ^= x >>> 15;
	return x >>> 0;
}

/** A lazily computed cell (r, c) of node h: an index into `ids`, or −1 when no node fits. */
function cell(ids: Float64Array, h: number, r: number, c: number): number {
	const base = (Math.floor(ids[h] / pow[r]) * RADIX + c) * pow[r + 1];
	const lo = lowerBound(ids, base);
	const hi = lowerBound(ids, base + pow[r + 1]);
	return hi > lo ? lo + (hash(h, r, c) % (hi - lo)) : -1;
}

/**
 * Table 1 at node h for `key`: the next node, or h itself to deliver. `counter[0]` counts the cells
 * computed.
 */
function next(ids: Float64Array, h: number, key: number, counter: number[]): number {
	const n = ids.length;
	const self = ids[h];
	if (n <= 2 * HALF + 1 || leafRangeHolds(ids, h, key)) {
		let best = h;
		const span = Math.min(HALF, n - 1);
		for (let k = -span; k <= span; k++) {
			const x = (((h + k) % n) + n) % n;
			if (closer(key, ids[x], ids[best])) best = x;
		}
		return best;
	}
	const row = shl(key, self);
	counter[0]++;
	const e = cell(ids, h, row, digit(key, row));
	if (e !== -1) return e;
	// The rare case: a known node sharing at least `row` digits with the key and closer to it.
	let best = h;
	let bestShl = row;
	const offer = (x: number) => {
		if (x === -1 || !closer(key, ids[x], self)) return;
		const s = shl(ids[x], key);
		if (s > bestShl || (s === bestShl && best !== h && closer(key, ids[x], ids[best]))) {
			best = x;
			bestShl = s;
		}
	};
	for (let k = 1; k <= HALF; k++) {
		offer((h - k + n) % n);
		offer((h + k) % n);
	}
	for (let r = row; r < DIGITS; r++)
		for (let c = 0; c < RADIX; c++) {
			counter[0]++;
			offer(cell(ids, h, r, c));
		}
	return best;
}

function leafRangeHolds(ids: Float64Array, h: number, key: number): boolean {
	const n = ids.length;
	const first = ids[(h - HALF + n) % n];
	const last = ids[(h + HALF) % n];
	const span = (last - first + SIZE) % SIZE;
	return (key - first + SIZE) % SIZE <= span;
}

/** Routes `lookups` messages between random nodes (the engine's 'lookups' stream) over `ids`. */
export function lazyLookups(ids: Float64Array, lookups: number, seed: string): LazyResult {
	const rng = Rng.stream(seed, 'lookups');
	const n = ids.length;
	// The engine draws node positions in the order the ids were drawn; the reference only needs a
	// random node, so it draws indices into the sorted array from the same stream.
	const counts: number[] = [];
	const counter = [0];
	let sum = 0;
	let atRoot = 0;
	for (let i = 0; i < lookups; i++) {
		const from = rng.int(n);
		const j = rng.int(n - 1);
		const to = j >= from ? j + 1 : j;
		const key = ids[to];
		let at = from;
		let hops = 0;
		for (;;) {
			const x = next(ids, at, key, counter);
			if (x === at) break;
			at = x;
			hops++;
		}
		counts[hops] = (counts[hops] ?? 0) + 1;
		sum += hops;
		if (at === to) atRoot++;
	}
	return {
		meanHops: sum / lookups,
		hopHistogram: Array.from(counts, (c) => (c ?? 0) / lookups),
		deliveredToRoot: atRoot / lookups,
		cellsComputed: counter[0]
	};
}
