import type { FlatOverlay } from './flat';
import { ClassGrid } from './classgrid';
import { idMath, type IdMath } from './idmath';

/** Prefix groups of at most this many members are compared pairwise instead of through a grid. */
const PAIRWISE = 256;

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
 * are compared pairwise; large ones go through a {@link ClassGrid}, which answers every class of a
 * member at once from the disc its neighbour's answers bound. About N · 15 · log16 N answers, each
 * from a few dozen distance checks, and no allocation per group.
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
