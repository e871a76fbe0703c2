import { radix, type Id, type IdSpace } from '../core';
import { idMath } from './idmath';
import { NONE, type Overlay, type Side } from './overlay';
import { PointGrid } from './spatial';

/** Nodes as parallel typed arrays: nodeIds and points of the proximity plane. */
export interface NodeArrays {
	readonly ids: Float64Array;
	readonly xs: Float64Array;
	readonly ys: Float64Array;
}

/** The shape of a converged network. */
export interface ConvergedOptions {
	readonly space: IdSpace;
	readonly leafSetSize: number;
	readonly neighborhoodSetSize: number;
}

/**
 * The state Pastry converges to once every join has completed and every node has learnt the whole
 * network, built directly in typed arrays (for N up to 10^6): leaf sets are the |L|/2 neighbours on
 * each side of the sorted ids; each routing-table cell (r, c) holds the proximity-closest of all nodes
 * sharing the owner's first r digits and having digit c at position r (§2.5's locality property, the
 * rule the message-level joins follow with the nodes they know); the neighbourhood set holds the |M|
 * proximity-closest nodes. Handles are indices in ascending id order. Cells are found with a grid
 * per prefix group, so the build costs about N · 15 · log16 N nearest-neighbour queries.
 */
export class ConvergedOverlay implements Overlay {
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
	/** |L| slots per node: the smaller side first, then the larger, each nearest first. */
	readonly leaves: Int32Array;
	readonly leafCounts: Uint8Array;
	/** Row r of node h starts at (rowStart[h] + r) · 2^b in `table`. */
	readonly rowStart: Int32Array;
	readonly table: Int32Array;
	/** |M| slots per node, filled when a node's neighbourhood set is first consulted. */
	private neighbors: Int32Array | null = null;
	private readonly neighborCounts: Int16Array;
	private everyone: PointGrid | null = null;

	constructor(nodes: NodeArrays, options: ConvergedOptions) {
		this.space = options.space;
		this.leafSetSize = options.leafSetSize;
		this.neighborhoodSetSize = options.neighborhoodSetSize;
		const n = (this.n = nodes.ids.length);
		this.columns = radix(this.space);
		const order = new Int32Array(n).map((_, i) => i);
		order.sort((a, c) => nodes.ids[a] - nodes.ids[c]);
		this.ids = new Float64Array(n);
		this.xs = new Float64Array(n);
		this.ys = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			this.ids[i] = nodes.ids[order[i]];
			this.xs[i] = nodes.xs[order[i]];
			this.ys[i] = nodes.ys[order[i]];
			if (i > 0 && this.ids[i] === this.ids[i - 1])
				throw new RangeError(`nodeId ${this.ids[i]} appears twice`);
		}
		this.alive = new Uint8Array(n).fill(1);
		const half = this.leafSetSize / 2;
		this.leaves = new Int32Array(n * this.leafSetSize);
		this.leafCounts = new Uint8Array(2 * n);
		const perSide = Math.min(half, n - 1);
		for (let h = 0; h < n; h++) {
			for (let i = 0; i < perSide; i++) {
				this.leaves[h * this.leafSetSize + i] = (h - 1 - i + n) % n;
				this.leaves[h * this.leafSetSize + half + i] = (h + 1 + i) % n;
			}
			this.leafCounts[2 * h] = this.leafCounts[2 * h + 1] = perSide;
		}
		this.rowStart = new Int32Array(n + 1);
		const m = idMath(this.space);
		for (let h = 0; h < n; h++) {
			let deepest = -1;
			if (h > 0) deepest = m.shl(this.ids[h], this.ids[h - 1]);
			if (h < n - 1) deepest = Math.max(deepest, m.shl(this.ids[h], this.ids[h + 1]));
			this.rowStart[h + 1] = this.rowStart[h] + deepest + 1;
		}
		this.table = new Int32Array(this.rowStart[n] * radix(this.space)).fill(NONE);
		this.fillTable();
		this.neighborCounts = new Int16Array(n).fill(-1);
	}

	/**
	 * Fills every cell with the proximity-closest eligible node, one prefix group at a time: a grid
	 * over the group's points answers, for each member, the closest node of every other digit.
	 */
	private fillTable(): void {
		const R = radix(this.space);
		const m = idMath(this.space);
		const digit = new Uint8Array(this.n);
		const best = new Int32Array(R);
		const bestD = new Float64Array(R);
		const stack: [number, number, number][] = [[0, this.n, 0]];
		while (stack.length > 0) {
			const [s, e, r] = stack.pop() as [number, number, number];
			if (e - s < 2 || r >= this.space.digits) continue;
			const starts: number[] = [];
			for (let h = s; h < e; h++) {
				digit[h] = m.digit(this.ids[h], r);
				if (h === s || digit[h] !== digit[h - 1]) starts.push(h);
			}
			starts.push(e);
			for (let k = 0; k + 1 < starts.length; k++) stack.push([starts[k], starts[k + 1], r + 1]);
			const present = starts.length - 1;
			if (present < 2) continue;
			const grid = new PointGrid(
				this.xs,
				this.ys,
				Int32Array.from({ length: e - s }, (_, i) => s + i),
				digit
			);
			for (const h of grid.items) {
				grid.nearestByClass(this.xs[h], this.ys[h], digit[h], present - 1, best, bestD);
				const base = (this.rowStart[h] + r) * R;
				for (let c = 0; c < R; c++) if (best[c] !== -1) this.table[base + c] = best[c];
			}
		}
	}

	idOf(node: number): Id {
		return this.ids[node];
	}
	isAlive(node: number): boolean {
		return this.alive[node] === 1;
	}
	proximity(a: number, c: number): number {
		return Math.hypot(this.xs[a] - this.xs[c], this.ys[a] - this.ys[c]);
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
		if (this.neighborCounts[node] < 0) this.findNeighbors(node);
		return this.neighborCounts[node];
	}
	neighborAt(node: number, i: number): number {
		if (this.neighborCounts[node] < 0) this.findNeighbors(node);
		return (this.neighbors as Int32Array)[node * this.neighborhoodSetSize + i];
	}

	/** The |M| proximity-closest nodes of `node`, found on first use (the rare case needs few). */
	private findNeighbors(node: number): void {
		const size = this.neighborhoodSetSize;
		this.neighbors ??= new Int32Array(this.n * size);
		this.everyone ??= new PointGrid(
			this.xs,
			this.ys,
			Int32Array.from({ length: this.n }, (_, i) => i)
		);
		const near = size > 0 ? this.everyone.kNearest(this.xs[node], this.ys[node], size, node) : [];
		this.neighbors.set(near, node * size);
		this.neighborCounts[node] = near.length;
	}

	/** Replaces a routing-table entry (lazy repair). */
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
