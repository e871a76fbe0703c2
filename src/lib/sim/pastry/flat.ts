import { radix, type Id, type IdSpace } from '../core';
import { hypot } from './hypot';
import { NONE, type Overlay, type Side } from './overlay';

/** Slots per node in {@link FlatOverlay.head}: 8 doubles, one 64-byte cache line. */
export const HEAD = 8;

/**
 * The slots of a node's head line: doubles at node · {@link HEAD} + slot (its id, the ids of the
 * last entries of its leaf-set sides, its point), and, in the same bytes, 32-bit integers at
 * node · 2 · {@link HEAD} + slot (the handles of those last entries, its first table cell, its rows).
 */
export const HeadSlot = {
	id: 0,
	far0Id: 1,
	far1Id: 2,
	x: 3,
	y: 4,
	far0: 10,
	far1: 11,
	tableBase: 12,
	rows: 13
} as const;

/** Nodes as parallel typed arrays: nodeIds and points of the proximity plane. */
export interface NodeArrays {
	readonly ids: Float64Array;
	readonly xs: Float64Array;
	readonly ys: Float64Array;
}

/** The shape of a flat network. */
export interface FlatOptions {
	readonly space: IdSpace;
	readonly leafSetSize: number;
	readonly neighborhoodSetSize: number;
}

/**
 * The state of every node of a Pastry network (§2.1) in preallocated typed arrays, struct of arrays,
 * for the statistics at N up to 10^6: no object per node or per entry. Handles are indices in
 * ascending id order. Leaf sets take |L| slots per node (the smaller side first, then the larger,
 * each nearest first); routing-table row r of node h is the 2^b cells from (rowStart[h] + r) · 2^b
 * of `table` (only the rows that may hold entries are stored); neighbourhood sets take |M| slots
 * per node, proximity-closest first. Empty cells hold {@link NONE}. The converged builder
 * ({@link ConvergedOverlay}) and the join protocol ({@link joinedOverlay}) both fill one of these, and
 * Table 1 ({@link nextHop}, {@link routeFlat}) routes over it.
 */
export class FlatOverlay implements Overlay {
	readonly space: IdSpace;
	readonly leafSetSize: number;
	readonly neighborhoodSetSize: number;
	readonly n: number;
	/** 2^b: columns of a row. */
	readonly columns: number;
	/** Ascending nodeIds. */
	readonly ids: Float64Array;
	readonly xs: Float64Array;
	readonly ys: Float64Array;
	readonly alive: Uint8Array;
	readonly leaves: Int32Array;
	/** Entries of side s of node h's leaf set at 2h + s. */
	readonly leafCounts: Uint8Array;
	/** Row r of node h starts at (rowStart[h] + r) · 2^b in `table`; node h has rowStart[h + 1] −
	 * rowStart[h] rows. */
	readonly rowStart: Int32Array;
	readonly table: Int32Array;
	/** |M| slots per node, proximity-closest first. */
	readonly neighbors: Int32Array;
	/** Entries of each neighbourhood set (−1: not computed yet, in a converged network). */
	readonly neighborCounts: Int16Array;
	/**
	 * What Table 1 reads at a node, in one cache line per node ({@link HEAD} slots, laid out by
	 * {@link HeadSlot}): its id and point, the id and handle of the last entry of each leaf-set side
	 * (the farthest, when alive), its first table cell and its row count. Kept by {@link setLeafSet}.
	 */
	readonly head: Float64Array;
	/** {@link head}'s bytes as 32-bit integers (2 · {@link HEAD} per node). */
	readonly headInts: Int32Array;

	/** Nodes sorted by id (checked), every node alive, `rowsOf(h)` table rows for node h. */
	constructor(nodes: NodeArrays, options: FlatOptions, rowsOf: (h: number) => number) {
		this.space = options.space;
		this.leafSetSize = options.leafSetSize;
		this.neighborhoodSetSize = options.neighborhoodSetSize;
		const n = (this.n = nodes.ids.length);
		this.columns = radix(this.space);
		this.ids = nodes.ids;
		this.xs = nodes.xs;
		this.ys = nodes.ys;
		for (let i = 1; i < n; i++)
			if (!(this.ids[i] > this.ids[i - 1]))
				throw new RangeError(`nodeIds must be distinct and ascending, got ${this.ids[i]} twice`);
		this.alive = new Uint8Array(n).fill(1);
		this.leaves = new Int32Array(n * this.leafSetSize);
		this.leafCounts = new Uint8Array(2 * n);
		this.rowStart = new Int32Array(n + 1);
		for (let h = 0; h < n; h++) this.rowStart[h + 1] = this.rowStart[h] + rowsOf(h);
		this.table = new Int32Array(this.rowStart[n] * this.columns).fill(NONE);
		this.neighbors = new Int32Array(n * this.neighborhoodSetSize);
		this.neighborCounts = new Int16Array(n);
		this.head = new Float64Array(n * HEAD);
		this.headInts = new Int32Array(this.head.buffer);
		for (let h = 0; h < n; h++) {
			const base = h * HEAD;
			this.head[base + HeadSlot.id] = this.ids[h];
			this.head[base + HeadSlot.x] = this.xs[h];
			this.head[base + HeadSlot.y] = this.ys[h];
			this.headInts[2 * base + HeadSlot.tableBase] = this.rowStart[h] * this.columns;
			this.headInts[2 * base + HeadSlot.rows] = this.rowStart[h + 1] - this.rowStart[h];
			this.refreshHead(h);
		}
	}

	/** Records the last entry of each leaf-set side of `node` in {@link head} (after the leaf set
	 * changed in place). */
	refreshHead(node: number): void {
		const base = node * HEAD;
		for (let side = 0; side <= 1; side++) {
			const count = this.leafCounts[2 * node + side];
			const last =
				count === 0
					? NONE
					: this.leaves[node * this.leafSetSize + (side * this.leafSetSize) / 2 + count - 1];
			this.head[base + HeadSlot.far0Id + side] = last === NONE ? 0 : this.ids[last];
			this.headInts[2 * base + HeadSlot.far0 + side] = last;
		}
	}

	idOf(node: number): Id {
		return this.ids[node];
	}
	isAlive(node: number): boolean {
		return this.alive[node] === 1;
	}
	proximity(a: number, c: number): number {
		return hypot(this.xs[a] - this.xs[c], this.ys[a] - this.ys[c]);
	}
	leafCount(node: number, side: Side): number {
		return this.leafCounts[2 * node + side];
	}
	leafAt(node: number, side: Side, i: number): number {
		return this.leaves[node * this.leafSetSize + (side * this.leafSetSize) / 2 + i];
	}
	tableRows(node: number): number {
		return this.rowStart[node + 1] - this.rowStart[node];
	}
	entry(node: number, row: number, column: number): number {
		if (row >= this.rowStart[node + 1] - this.rowStart[node]) return NONE;
		return this.table[(this.rowStart[node] + row) * this.columns + column];
	}
	neighborCount(node: number): number {
		return this.neighborCounts[node];
	}
	neighborAt(node: number, i: number): number {
		return this.neighbors[node * this.neighborhoodSetSize + i];
	}

	/** Replaces a routing-table entry (lazy repair, or a join's offer). */
	setEntry(node: number, row: number, column: number, value: number): void {
		this.table[(this.rowStart[node] + row) * this.columns + column] = value;
	}

	/** Replaces a leaf set (repair). */
	setLeafSet(node: number, smaller: readonly number[], larger: readonly number[]): void {
		const base = node * this.leafSetSize;
		this.leaves.set(smaller, base);
		this.leaves.set(larger, base + this.leafSetSize / 2);
		this.leafCounts[2 * node] = smaller.length;
		this.leafCounts[2 * node + 1] = larger.length;
		this.refreshHead(node);
	}

	/** Replaces a neighbourhood set (repair, or a join). */
	setNeighborhoodSet(node: number, set: readonly number[]): void {
		this.neighbors.set(set, node * this.neighborhoodSetSize);
		this.neighborCounts[node] = set.length;
	}

	/** The handle of `id`, or {@link NONE} (binary search). */
	handleOf(id: Id): number {
		let lo = 0;
		let hi = this.n - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (this.ids[mid] === id) return mid;
			if (this.ids[mid] < id) lo = mid + 1;
			else hi = mid - 1;
		}
		return NONE;
	}
}

/** `nodes` sorted by id, as new arrays (the input is left as it is). */
export function sortedNodes(nodes: NodeArrays): NodeArrays {
	const n = nodes.ids.length;
	const order = idOrder(nodes.ids);
	const ids = new Float64Array(n);
	const xs = new Float64Array(n);
	const ys = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		ids[i] = nodes.ids[order[i]];
		xs[i] = nodes.xs[order[i]];
		ys[i] = nodes.ys[order[i]];
	}
	return { ids, xs, ys };
}

const HALF_BITS = 2 ** 26;
const RADIX_BITS = 13;

/**
 * The indices of `ids` in ascending order of id, equal ids in index order (a stable sort): a least
 * significant digit radix sort, four passes of 13 bits over ids below 2^52 (a pass whose digit is
 * zero everywhere is skipped), about ten times faster than a comparison sort at N = 10^5; other
 * values fall back to the comparison sort.
 */
export function idOrder(ids: Float64Array): Int32Array {
	const n = ids.length;
	let order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	const hi = new Int32Array(n);
	const lo = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const id = ids[i];
		if (!(Number.isInteger(id) && id >= 0 && id < HALF_BITS * HALF_BITS))
			return order.sort((a, c) => ids[a] - ids[c]);
		const h = Math.floor(id / HALF_BITS);
		hi[i] = h;
		lo[i] = id - h * HALF_BITS;
	}
	let spare = new Int32Array(n);
	const mask = (1 << RADIX_BITS) - 1;
	const count = new Int32Array(mask + 2);
	for (let pass = 0; pass < 4; pass++) {
		const key = pass < 2 ? lo : hi;
		const shift = (pass % 2) * RADIX_BITS;
		count.fill(0);
		for (let i = 0; i < n; i++) count[((key[i] >>> shift) & mask) + 1]++;
		if (count[1] === n) continue;
		for (let d = 0; d <= mask; d++) count[d + 1] += count[d];
		for (let i = 0; i < n; i++) {
			const v = order[i];
			spare[count[(key[v] >>> shift) & mask]++] = v;
		}
		[order, spare] = [spare, order];
	}
	return order;
}
