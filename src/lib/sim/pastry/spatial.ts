/** Members at or below this count are scanned directly instead of through a grid. */
const SCAN_LIMIT = 32;

/**
 * A uniform grid over the unit square holding some of the points (`members`, indices into `xs`/`ys`),
 * about two per cell, for nearest-neighbour queries in expected constant time. Ties go to the smaller
 * index, so the answer does not depend on the order of members. Used to fill routing-table cells with
 * the proximity-closest eligible node (§2.5's locality) without a scan of every candidate.
 */
export class PointGrid {
	private readonly g: number;
	private readonly cellStart: Int32Array;
	/** Members in cell order, with their coordinates copied alongside for cache-friendly scans. */
	readonly items: Int32Array;
	private readonly xs: Float64Array;
	private readonly ys: Float64Array;

	/** Classes of the members in cell order, when built with `classOf`. */
	private readonly cls: Uint8Array;

	/** `classOf[i]` (optional) is member i's class for {@link nearestByClass}. */
	constructor(
		xs: Float64Array,
		ys: Float64Array,
		members: ArrayLike<number>,
		classOf?: Uint8Array
	) {
		const m = members.length;
		this.g = m <= SCAN_LIMIT ? 1 : Math.max(1, Math.floor(Math.sqrt(m / 2)));
		const cells = this.g * this.g;
		this.cellStart = new Int32Array(cells + 1);
		this.items = new Int32Array(m);
		const cellOf = new Int32Array(m);
		for (let i = 0; i < m; i++) {
			cellOf[i] = this.cell(xs[members[i]], ys[members[i]]);
			this.cellStart[cellOf[i] + 1]++;
		}
		for (let c = 0; c < cells; c++) this.cellStart[c + 1] += this.cellStart[c];
		const fill = this.cellStart.slice(0, cells);
		for (let i = 0; i < m; i++) this.items[fill[cellOf[i]]++] = members[i];
		this.xs = new Float64Array(m);
		this.ys = new Float64Array(m);
		this.cls = new Uint8Array(classOf ? m : 0);
		for (let t = 0; t < m; t++) {
			this.xs[t] = xs[this.items[t]];
			this.ys[t] = ys[this.items[t]];
			if (classOf) this.cls[t] = classOf[this.items[t]];
		}
	}

	private coord(v: number): number {
		return Math.min(this.g - 1, Math.max(0, Math.floor(v * this.g)));
	}

	private cell(x: number, y: number): number {
		return this.coord(y) * this.g + this.coord(x);
	}

	/**
	 * For every class of members (a digit, when members are a prefix group), the member of that class
	 * closest to (x, y): one walk through the grid serves all classes (the grid must have been built
	 * with `classOf`). Class `skip` is ignored; the walk stops once `wanted` classes are found and no
	 * farther cell can improve them. Results go to `best` (-1 where a class has no member) and `bestD`
	 * (squared distances).
	 */
	nearestByClass(
		x: number,
		y: number,
		skip: number,
		wanted: number,
		best: Int32Array,
		bestD: Float64Array
	): void {
		const { xs, ys, g, cellStart, items, cls: classOf } = this;
		best.fill(-1);
		bestD.fill(Infinity);
		const cx = this.coord(x);
		const cy = this.coord(y);
		let found = 0;
		for (let k = 0; k < g; k++) {
			for (let gy = Math.max(0, cy - k); gy <= Math.min(g - 1, cy + k); gy++) {
				const step = gy === cy - k || gy === cy + k ? 1 : 2 * k;
				for (let gx = cx - k; gx <= cx + k; gx += Math.max(1, step)) {
					if (gx < 0 || gx >= g) continue;
					const c = gy * g + gx;
					for (let t = cellStart[c]; t < cellStart[c + 1]; t++) {
						const i = items[t];
						const cls = classOf[t];
						if (cls === skip) continue;
						const dx = xs[t] - x;
						const dy = ys[t] - y;
						const d = dx * dx + dy * dy;
						const b = best[cls];
						if (b === -1) found++;
						if (b === -1 || d < bestD[cls] || (d === bestD[cls] && i < b)) {
							best[cls] = i;
							bestD[cls] = d;
						}
					}
				}
			}
			if (found < wanted) continue;
			let worst = 0;
			for (let cls = 0; cls < bestD.length; cls++)
				if (best[cls] !== -1 && bestD[cls] > worst) worst = bestD[cls];
			const reach = k / g;
			if (worst < reach * reach) break;
		}
	}

	/** The `k` members closest to (x, y), other than `exclude`, closest first. */
	kNearest(x: number, y: number, k: number, exclude = -1): number[] {
		const { xs, ys, g, cellStart, items } = this;
		const cx = this.coord(x);
		const cy = this.coord(y);
		const found = new Int32Array(k + 1);
		const dist = new Float64Array(k + 1);
		let count = 0;
		for (let ring = 0; ring < g && k > 0; ring++) {
			for (let gy = Math.max(0, cy - ring); gy <= Math.min(g - 1, cy + ring); gy++) {
				const step = gy === cy - ring || gy === cy + ring ? 1 : 2 * ring;
				for (let gx = cx - ring; gx <= cx + ring; gx += Math.max(1, step)) {
					if (gx < 0 || gx >= g) continue;
					const c = gy * g + gx;
					for (let t = cellStart[c]; t < cellStart[c + 1]; t++) {
						const i = items[t];
						if (i === exclude) continue;
						const dx = xs[t] - x;
						const dy = ys[t] - y;
						const d = dx * dx + dy * dy;
						let at = count;
						while (at > 0 && (dist[at - 1] > d || (dist[at - 1] === d && found[at - 1] > i))) {
							found[at] = found[at - 1];
							dist[at] = dist[at - 1];
							at--;
						}
						found[at] = i;
						dist[at] = d;
						if (count < k) count++;
					}
				}
			}
			const reach = ring / g;
			if (count === k && dist[k - 1] < reach * reach) break;
		}
		return Array.from(found.subarray(0, count));
	}
}
