import type { FlatOverlay } from './flat';
import { idMath, type IdMath } from './idmath';

/** Prefix groups of at most this many members are compared pairwise instead of through a grid. */
const PAIRWISE = 256;
/** Slack for the pruning bounds, so rounding never prunes a cell that holds a nearer point. */
const SLACK = 1e-9;

/** For each of the ascending `ids` but the last, the digits it shares with the next (shl). */
export function sharedWithNext(ids: Float64Array, m: IdMath): Uint8Array {
	const next = new Uint8Array(Math.max(0, ids.length - 1));
	for (let h = 0; h + 1 < ids.length; h++) next[h] = m.shl(ids[h], ids[h + 1]);
	return next;
}

/**
 * Fills every routing-table cell of a converged network (§2.5's locality property): cell (r, c) of
 * node h holds the proximity-closest node (squared distance, ties to the smaller handle) among those
 * sharing h's first r digits and having digit c at position r. Handles are in id order, so each
 * prefix group is a contiguous range and its digit classes are consecutive sub-ranges. Small groups
 * are compared pairwise; large ones go through a uniform grid (about sixteen members a cell, one
 * per digit class on average, so a few cells answer every class) searched ring by ring for every
 * class at once, skipping cells that cannot hold a nearer point and stopping once no unscanned
 * point can improve the farthest class. About N · 15 · log16 N answers, each from
 * a few dozen distance checks, and no allocation per group.
 */
export function fillConvergedTable(
	o: FlatOverlay,
	next: Uint8Array = sharedWithNext(o.ids, idMath(o.space))
): void {
	const { n, ids, columns } = o;
	const m = idMath(o.space);
	// A row-r prefix group is a run joined by next ≥ r, and a digit class starts where next = r.
	let deepest = -1;
	for (let h = 0; h + 1 < n; h++) if (next[h] > deepest) deepest = next[h];
	const grid = new ClassGrid(n, columns);
	const starts = new Int32Array(columns + 1);
	const classes = new Uint8Array(columns + 1);
	for (let r = 0; r <= deepest; r++) {
		for (let s = 0; s < n;) {
			let e = s + 1;
			while (e < n && next[e - 1] >= r) e++;
			if (e - s >= 2) {
				let present = 0;
				starts[present] = s;
				classes[present++] = m.digit(ids[s], r);
				for (let h = s + 1; h < e; h++)
					if (next[h - 1] === r) {
						starts[present] = h;
						classes[present++] = m.digit(ids[h], r);
					}
				starts[present] = e;
				if (present >= 2) {
					if (e - s <= PAIRWISE) pairwise(o, r, present, starts, classes);
					else grid.fill(o, r, s, e, present, starts, classes);
				}
			}
			s = e;
		}
	}
}

/** Small group: for each member and each other class range, the closest member of the range. */
function pairwise(
	o: FlatOverlay,
	r: number,
	present: number,
	starts: Int32Array,
	classes: Uint8Array
): void {
	const { xs, ys, table, rowStart, columns } = o;
	for (let k = 0; k < present; k++)
		for (let h = starts[k]; h < starts[k + 1]; h++) {
			const x = xs[h];
			const y = ys[h];
			const base = (rowStart[h] + r) * columns;
			for (let j = 0; j < present; j++) {
				if (j === k) continue;
				let best = starts[j];
				let dx = xs[best] - x;
				let dy = ys[best] - y;
				let bestD = dx * dx + dy * dy;
				for (let g = best + 1; g < starts[j + 1]; g++) {
					dx = xs[g] - x;
					dy = ys[g] - y;
					const d = dx * dx + dy * dy;
					if (d < bestD) {
						bestD = d;
						best = g;
					}
				}
				table[base + classes[j]] = best;
			}
		}
}

/** A reusable uniform grid over one prefix group's points, with each point's digit class. */
class ClassGrid {
	private readonly cellStart: Int32Array;
	private readonly fillAt: Int32Array;
	private readonly cellOf: Int32Array;
	private readonly items: Int32Array;
	private readonly gx: Float64Array;
	private readonly gy: Float64Array;
	private readonly gc: Uint8Array;
	private readonly best: Int32Array;
	private readonly bestD: Float64Array;

	constructor(n: number, columns: number) {
		const cells = Math.floor(n / 2) + 2;
		this.cellStart = new Int32Array(cells + 1);
		this.fillAt = new Int32Array(cells);
		this.cellOf = new Int32Array(n);
		this.items = new Int32Array(n);
		this.gx = new Float64Array(n);
		this.gy = new Float64Array(n);
		this.gc = new Uint8Array(n);
		this.best = new Int32Array(columns);
		this.bestD = new Float64Array(columns);
	}

	/** Fills row `r` for the members [s, e) of one prefix group. */
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
		const { cellStart, fillAt, cellOf, items, gx, gy, gc, best } = this;
		const m = e - s;
		const g = Math.max(1, Math.floor(Math.sqrt(m / 16)));
		const cells = g * g;
		const coord = (v: number) => Math.min(g - 1, Math.max(0, Math.floor(v * g)));
		cellStart.fill(0, 0, cells + 1);
		for (let k = 0; k < present; k++)
			for (let h = starts[k]; h < starts[k + 1]; h++) {
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
				gx[t] = xs[h];
				gy[t] = ys[h];
				gc[t] = classes[k];
			}
		const wanted = present - 1;
		for (let q = 0; q < m; q++) {
			this.nearest(gx[q], gy[q], gc[q], g, wanted, columns);
			const base = (rowStart[items[q]] + r) * columns;
			for (let c = 0; c < columns; c++) if (best[c] !== -1) table[base + c] = best[c];
		}
	}

	/**
	 * For each class but `own`, the member closest to (x, y) into `best` / `bestD`: rings of cells
	 * around the query's cell, skipping cells farther than the farthest class found, until no
	 * unscanned point can be closer than every class's best.
	 */
	private nearest(
		x: number,
		y: number,
		own: number,
		g: number,
		wanted: number,
		columns: number
	): void {
		const { cellStart, items, gx, gy, gc, best, bestD } = this;
		for (let c = 0; c < columns; c++) {
			best[c] = -1;
			bestD[c] = Infinity;
		}
		const cx = Math.min(g - 1, Math.floor(x * g));
		const cy = Math.min(g - 1, Math.floor(y * g));
		let found = 0;
		// The farthest class's best, with slack, once every class is found (from the last ring's end).
		let worst = Infinity;
		for (let k = 0; k < g; k++) {
			const y0 = Math.max(0, cy - k);
			const y1 = Math.min(g - 1, cy + k);
			for (let yy = y0; yy <= y1; yy++) {
				const edge = yy === cy - k || yy === cy + k;
				const step = edge ? 1 : 2 * k;
				const dyCell = yy > cy ? yy / g - y : yy < cy ? y - (yy + 1) / g : 0;
				for (let xx = cx - k; xx <= cx + k; xx += step) {
					if (xx < 0 || xx >= g) continue;
					if (worst !== Infinity) {
						const dxCell = xx > cx ? xx / g - x : xx < cx ? x - (xx + 1) / g : 0;
						if (dxCell * dxCell + dyCell * dyCell > worst) continue;
					}
					const c = yy * g + xx;
					for (let t = cellStart[c]; t < cellStart[c + 1]; t++) {
						const cls = gc[t];
						if (cls === own) continue;
						const dx = gx[t] - x;
						const dy = gy[t] - y;
						const d = dx * dx + dy * dy;
						// bestD starts at Infinity, so one comparison skips the usual farther point.
						const was = bestD[cls];
						if (d > was) continue;
						if (d === was && items[t] > best[cls]) continue;
						if (was === Infinity) found++;
						best[cls] = items[t];
						bestD[cls] = d;
					}
				}
			}
			if (found < wanted) continue;
			worst = 0;
			for (let c = 0; c < columns; c++) if (best[c] !== -1 && bestD[c] > worst) worst = bestD[c];
			worst *= 1 + SLACK;
			let bound = Infinity;
			if (cx - k > 0) bound = Math.min(bound, x - (cx - k) / g);
			if (cx + k < g - 1) bound = Math.min(bound, (cx + k + 1) / g - x);
			if (cy - k > 0) bound = Math.min(bound, y - (cy - k) / g);
			if (cy + k < g - 1) bound = Math.min(bound, (cy + k + 1) / g - y);
			if (worst < bound * bound) break;
		}
	}
}
