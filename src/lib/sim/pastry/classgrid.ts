import type { FlatOverlay } from './flat';

/**
 * Members a grid cell holds on average. Fewer members a cell cover the disc a query must search
 * more tightly, at the cost of more cells a row: at N = 100,000 a query reads about 82 points with
 * 2 a cell, 95 with 4, 148 with 16 (the disc itself holds about 54); 2 and 3 were fastest.
 */
const PER_CELL = 2;
/** Relative slack of the search radius, so rounding never prunes a point that is nearer. */
const SLACK = 1e-9;
/** Absolute margin of the row and chord bounds, far above the rounding of coordinates in [0, 1]. */
const EPS = 1e-9;

/**
 * A reusable uniform grid over one prefix group's points, with each point's digit class, that
 * answers, for every member, the closest member of each other class (squared distance, ties to the
 * smaller handle). Members are visited cell by cell, the cells in a snake order, so consecutive
 * queries are neighbours; each query starts from the previous one's answers (its seeds), which are
 * real members, so their distances bound the disc that can hold a nearer one. The search reads the
 * rows of cells nearest first, each only across its chord of that disc (one contiguous run of
 * members, as a row's cells are consecutive), and shrinks the disc as the farthest class improves.
 * Every class's best is hidden (its class byte set aside, whose best distance is −1), so meeting
 * a seed again takes the common path of a farther point instead of the tie branch; without that,
 * almost every seed costs a mispredicted branch (about a tenth of the fill's time).
 */
export class ClassGrid {
	private readonly cellStart: Int32Array;
	private readonly fillAt: Int32Array;
	private readonly cellOf: Int32Array;
	/** Members (handles) in cell order. */
	private readonly items: Int32Array;
	/** Their points, x and y interleaved (one cache line holds both). */
	private readonly xy: Float64Array;
	/** Their digit classes. */
	private readonly classOf: Uint8Array;
	/** The same, but `columns` for a member that is some class's best (hidden from the search). */
	private readonly gc: Uint8Array;
	/** Table offset of each member's row (read in cell order, computed in handle order). */
	private readonly rowBase: Int32Array;
	/** Per class, the grid position of the best found: the seed of the next query. */
	private readonly best: Int32Array;
	/** Per class (and the hidden class `columns`), the squared distance of `best`; −1: not wanted. */
	private readonly bestD: Float64Array;
	/** The classes present in the group. */
	private readonly present: Uint8Array;
	private count = 0;
	private g = 1;
	/**
	 * The farthest class's best (squared), and the squared half-width of the chord {@link row}
	 * scans: typed slots, since a double stored in a field of this class was boxed at every store
	 * (about 40 MB of boxes a build at N = 100,000, with the arguments below).
	 */
	private readonly worst = new Float64Array(1);
	private readonly chord = new Float64Array(1);
	/** Whether the last scan improved the farthest class. */
	private worstHit = false;

	constructor(n: number, columns: number) {
		const cells = Math.floor(n / PER_CELL) + 2;
		this.cellStart = new Int32Array(cells + 1);
		this.fillAt = new Int32Array(cells);
		this.cellOf = new Int32Array(n);
		this.items = new Int32Array(n);
		this.xy = new Float64Array(2 * n);
		this.classOf = new Uint8Array(n);
		this.gc = new Uint8Array(n);
		this.rowBase = new Int32Array(n);
		this.best = new Int32Array(columns);
		this.bestD = new Float64Array(columns + 1);
		this.present = new Uint8Array(columns);
	}

	/**
	 * Fills row `r` for the members [s, e) of one prefix group, whose `present` digit classes
	 * `classes[k]` are the handle ranges [starts[k], starts[k + 1]).
	 */
	fill(
		o: FlatOverlay,
		r: number,
		s: number,
		e: number,
		present: number,
		starts: Int32Array,
		classes: Uint8Array
	): void {
		const { xs, ys, table, rowStart, columns } = o;
		const { cellStart, fillAt, cellOf, items, xy, classOf, gc, rowBase, best, bestD } = this;
		const m = e - s;
		const g = (this.g = Math.max(1, Math.floor(Math.sqrt(m / PER_CELL))));
		const cells = g * g;
		const coord = (v: number) => Math.min(g - 1, Math.max(0, Math.floor(v * g)));
		cellStart.fill(0, 0, cells + 1);
		for (let h = s; h < e; h++) {
			const c = coord(ys[h]) * g + coord(xs[h]);
			cellOf[h - s] = c;
			cellStart[c + 1]++;
		}
		for (let c = 0; c < cells; c++) cellStart[c + 1] += cellStart[c];
		fillAt.set(cellStart.subarray(0, cells));
		for (let k = 0; k < present; k++)
			for (let h = starts[k]; h < starts[k + 1]; h++) {
				const t = fillAt[cellOf[h - s]]++;
				items[t] = h;
				xy[2 * t] = xs[h];
				xy[2 * t + 1] = ys[h];
				classOf[t] = gc[t] = classes[k];
				rowBase[t] = (rowStart[h] + r) * columns;
			}
		this.count = present;
		this.present.set(classes.subarray(0, present));
		best.fill(-1);
		bestD.fill(-1);
		const wanted = present - 1;
		for (let cy = 0; cy < g; cy++)
			for (let i = 0; i < g; i++) {
				const c = cy * g + (cy & 1 ? g - 1 - i : i);
				for (let q = cellStart[c]; q < cellStart[c + 1]; q++) {
					const own = classOf[q];
					this.nearest(q, own, wanted, m);
					const base = rowBase[q];
					for (let k = 0; k < present; k++) {
						const cls = classes[k];
						if (cls !== own) table[base + cls] = items[best[cls]];
					}
				}
			}
	}

	/**
	 * Leaves in `best` / `bestD` the member of each class but `own` closest to the member at grid
	 * position `q`, starting from the seeds in `best` (hidden, as every class's best is between
	 * searches). Positions, not coordinates, are passed on: a double argument of a call V8 does not
	 * inline is boxed.
	 */
	private nearest(q: number, own: number, wanted: number, m: number): void {
		const { best, bestD, xy, present, count, g } = this;
		const x = xy[2 * q];
		const y = xy[2 * q + 1];
		let found = 0;
		let worst = 0;
		for (let k = 0; k < count; k++) {
			const c = present[k];
			const t = best[c];
			if (c === own) bestD[c] = -1;
			else if (t === -1) bestD[c] = Infinity;
			else {
				const dx = xy[2 * t] - x;
				const dy = xy[2 * t + 1] - y;
				const d = dx * dx + dy * dy;
				bestD[c] = d;
				if (d > worst) worst = d;
				found++;
			}
		}
		if (found < wanted) {
			// A class without a seed (the group's first queries): every member, at most twice a group.
			this.scan(0, m, q);
			return;
		}
		this.worst[0] = worst;
		let bound = worst * (1 + SLACK);
		const cw = 1 / g;
		const cy = Math.min(g - 1, Math.max(0, Math.floor(y * g)));
		// Distances from the query up to its row of cells' lower edge and to its upper edge.
		const below = y - cy * cw - EPS;
		const above = (cy + 1) * cw - y - EPS;
		this.chord[0] = bound;
		this.row(cy, q);
		if (this.worstHit) bound = this.farthest();
		for (let k = 1; ; k++) {
			let any = false;
			if (cy - k >= 0) {
				const dy = below + (k - 1) * cw;
				if (dy <= 0 || dy * dy <= bound) {
					any = true;
					this.chord[0] = dy > 0 ? bound - dy * dy : bound;
					this.row(cy - k, q);
					if (this.worstHit) bound = this.farthest();
				}
			}
			if (cy + k < g) {
				const dy = above + (k - 1) * cw;
				if (dy <= 0 || dy * dy <= bound) {
					any = true;
					this.chord[0] = dy > 0 ? bound - dy * dy : bound;
					this.row(cy + k, q);
					if (this.worstHit) bound = this.farthest();
				}
			}
			if (!any) return;
		}
	}

	/** Scans row `yy` of cells across the chord x ± √{@link chord} (and the margin), x the query's. */
	private row(yy: number, q: number): void {
		const { g, cellStart } = this;
		const x = this.xy[2 * q];
		const w = Math.sqrt(this.chord[0]) + EPS;
		let a = Math.floor((x - w) * g);
		let b = Math.floor((x + w) * g);
		if (a < 0) a = 0;
		if (b > g - 1) b = g - 1;
		this.worstHit = false;
		if (a <= b) this.scan(cellStart[yy * g + a], cellStart[yy * g + b + 1], q);
	}

	/** Offers the members at grid positions [a, b) to their classes' bests. */
	private scan(a: number, b: number, q: number): void {
		const { items, xy, gc, best, bestD } = this;
		const x = xy[2 * q];
		const y = xy[2 * q + 1];
		const hiddenClass = best.length;
		for (let t = a; t < b; t++) {
			const cls = gc[t];
			const dx = xy[2 * t] - x;
			const dy = xy[2 * t + 1] - y;
			const d = dx * dx + dy * dy;
			// One comparison skips the usual farther point, and the own and hidden classes (−1).
			const was = bestD[cls];
			if (d > was) continue;
			if (d === was && items[t] > items[best[cls]]) continue;
			if (was >= this.worst[0]) this.worstHit = true;
			// The new best is hidden from here on (it is not met again: rows do not overlap) and
			// the old one shown (it is farther, or as far with a larger handle, so it never wins).
			const old = best[cls];
			if (old !== -1) gc[old] = cls;
			gc[t] = hiddenClass;
			best[cls] = t;
			bestD[cls] = d;
		}
	}

	/** The farthest class's best with slack (and records it, without, in {@link worst}). */
	private farthest(): number {
		const { present, bestD, count } = this;
		let worst = 0;
		for (let k = 0; k < count; k++) {
			const d = bestD[present[k]];
			if (d > worst) worst = d;
		}
		this.worst[0] = worst;
		return worst * (1 + SLACK);
	}
}
