import type { FlatOverlay } from './flat';
import { HEAD, HeadSlot as S } from './flat';
import { hypot } from './hypot';
import { idMath } from './idmath';
import { NONE } from './overlay';
import { rareCaseTarget } from './routing';

/** Lookups in flight at once: enough to overlap their memory loads, few enough to stay in L1. */
const LANES = 8;
const TABLE = 0;
const LEAF = 1;

/** Where each lookup of a batch ended (index i is lookup i), as {@link routeFlat} reports one. */
export interface FlatBatch {
	readonly at: Int32Array;
	readonly hops: Int32Array;
	readonly lost: Uint8Array;
	readonly distance: Float64Array;
}

/** Room for where `count` lookups end (every field 0 until they are routed). */
export function emptyBatch(count: number): FlatBatch {
	return {
		at: new Int32Array(count),
		hops: new Int32Array(count),
		lost: new Uint8Array(count),
		distance: new Float64Array(count)
	};
}

/**
 * Table 1 of Rowstron & Druschel (§2.2) for many lookups at once, each routed exactly as
 * {@link routeFlat} routes it (the same rules in the same order; a test compares them). A lookup
 * alone waits at every hop for two loads from memory, the node's head line and then its table cell;
 * here {@link LANES} lookups advance by one hop per round, and each round loads every lane's cell
 * (or leaf set) in one tight loop, then every lane's next head line in another, so the loads of
 * different lookups overlap instead of queueing. Every node must be alive: no table
 * entry can be dead, so no lookup repairs anything and their order does not matter.
 */
export function routeFlatBatch(
	o: FlatOverlay,
	from: Int32Array,
	keys: Float64Array,
	maxHops: number
): FlatBatch {
	const m = idMath(o.space);
	const { size } = m;
	const { ids, leaves, leafCounts, head, headInts, table, columns, leafSetSize } = o;
	const half = leafSetSize / 2;
	const count = from.length;
	const result = emptyBatch(count);
	const lane = new Int32Array(LANES).fill(-1);
	const at = new Int32Array(LANES);
	const hops = new Int32Array(LANES);
	const mode = new Uint8Array(LANES);
	const cell = new Int32Array(LANES);
	const row = new Int32Array(LANES);
	const distance = new Float64Array(LANES);
	const self = new Float64Array(LANES);
	const prev = new Int32Array(LANES).fill(-1);
	// Loads made only to bring a leaf set's lines to the cache before the lane reads them.
	const sink = new Float64Array(1);
	let next = 0;
	let busy = 0;
	const start = (l: number) => {
		lane[l] = next;
		at[l] = from[next];
		self[l] = head[from[next] * HEAD + S.id];
		hops[l] = 0;
		distance[l] = 0;
		next++;
		busy++;
	};
	const finish = (l: number, lost: boolean) => {
		const i = lane[l];
		result.at[i] = at[l];
		result.hops[i] = lost ? maxHops : hops[l];
		result.lost[i] = lost ? 1 : 0;
		result.distance[i] = distance[l];
		lane[l] = -1;
		busy--;
		if (next < count) start(l);
	};
	for (let l = 0; l < LANES && next < count; l++) start(l);
	while (busy > 0) {
		// Every lane's rule, and where its table cell is.
		for (let l = 0; l < LANES; l++) {
			if (lane[l] < 0) continue;
			const hb = at[l] * HEAD;
			const hi = 2 * hb;
			const id = self[l];
			const key = keys[lane[l]];
			const farSmaller = headInts[hi + S.far0] === NONE ? 0 : m.clockwise(head[hb + S.far0Id], id);
			const farLarger = headInts[hi + S.far1] === NONE ? 0 : m.clockwise(id, head[hb + S.far1Id]);
			if (
				farSmaller + farLarger >= size ||
				m.clockwise(id, key) <= farLarger ||
				m.clockwise(key, id) <= farSmaller
			) {
				mode[l] = LEAF;
				continue;
			}
			mode[l] = TABLE;
			const r = m.shl(key, id);
			row[l] = r;
			cell[l] =
				r < headInts[hi + S.rows] ? headInts[hi + S.tableBase] + r * columns + m.digit(key, r) : -1;
		}
		// The loads, all lanes at once (a converged leaf set's ids are next to the node's own).
		for (let l = 0; l < LANES; l++) {
			if (lane[l] < 0) continue;
			if (mode[l] === TABLE) cell[l] = cell[l] < 0 ? NONE : table[cell[l]];
			else sink[0] += leaves[at[l] * leafSetSize] + ids[at[l]];
		}
		// Every lane's next node; then the loads of their head lines, all at once; then the hop.
		for (let l = 0; l < LANES; l++) {
			if (lane[l] < 0) continue;
			const node = at[l];
			const key = keys[lane[l]];
			let to = NONE;
			if (mode[l] === LEAF) {
				let best = node;
				let bestId = self[l];
				for (let side = 0; side <= 1; side++) {
					const first = node * leafSetSize + side * half;
					for (let i = 0; i < leafCounts[2 * node + side]; i++) {
						const h = leaves[first + i];
						if (m.closer(key, ids[h], bestId)) {
							best = h;
							bestId = ids[h];
						}
					}
				}
				if (best !== node) to = best;
			} else {
				to = cell[l] !== NONE ? cell[l] : rareCaseTarget(o, node, key, row[l], m);
			}
			if (to === NONE) {
				finish(l, false);
				continue;
			}
			prev[l] = node;
			at[l] = to;
		}
		for (let l = 0; l < LANES; l++) if (lane[l] >= 0) self[l] = head[at[l] * HEAD + S.id];
		for (let l = 0; l < LANES; l++) {
			if (lane[l] < 0 || prev[l] < 0) continue;
			const hb = prev[l] * HEAD;
			const tb = at[l] * HEAD;
			prev[l] = -1;
			distance[l] += hypot(head[tb + S.x] - head[hb + S.x], head[tb + S.y] - head[hb + S.y]);
			if (hops[l]++ === maxHops) finish(l, true);
		}
	}
	return result;
}

/**
 * {@link routeFlatBatch} with the lookups routed in the order of their roots (`roots[i]`, the handle
 * lookup i should reach), the results given back in the lookups' own order. Lookups to nearby keys
 * share long prefixes, so after their first hop or two they walk through the same prefix group of
 * nodes, whose head lines and table rows lie side by side in memory and are still in the cache.
 */
export function routeFlatBatchByRoot(
	o: FlatOverlay,
	from: Int32Array,
	keys: Float64Array,
	roots: Int32Array,
	maxHops: number
): FlatBatch {
	const order = byRoot(roots, o.n);
	const count = order.length;
	const sortedFrom = new Int32Array(count);
	const sortedKeys = new Float64Array(count);
	for (let k = 0; k < count; k++) {
		sortedFrom[k] = from[order[k]];
		sortedKeys[k] = keys[order[k]];
	}
	const sorted = routeFlatBatch(o, sortedFrom, sortedKeys, maxHops);
	const result = emptyBatch(count);
	for (let k = 0; k < count; k++) {
		const i = order[k];
		result.at[i] = sorted.at[k];
		result.hops[i] = sorted.hops[k];
		result.lost[i] = sorted.lost[k];
		result.distance[i] = sorted.distance[k];
	}
	return result;
}

/** The indices `0 .. roots.length − 1` ordered by `roots[i]` (a stable counting sort over `n` handles). */
export function byRoot(roots: Int32Array, n: number): Int32Array {
	const start = new Int32Array(n + 1);
	for (let i = 0; i < roots.length; i++) start[roots[i] + 1]++;
	for (let h = 0; h < n; h++) start[h + 1] += start[h];
	const order = new Int32Array(roots.length);
	for (let i = 0; i < roots.length; i++) order[start[roots[i]]++] = i;
	return order;
}
