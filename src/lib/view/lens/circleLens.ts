/**
 * A lens on the identifier ring: a monotone, piecewise-linear map of the circle onto itself that
 * gives every gap between the points that matter (the hops of a route, its key, a failed node's
 * neighbours) at least a minimum share of the ring, and shrinks the large gaps in proportion to
 * pay for it. Positions are in turns (0 to 1, an id divided by the size of the id space), so the
 * lens is the same for every radius; order on the ring is kept, and of two adjacent gaps the
 * larger stays at least as large.
 */
export interface CircleLens {
	/** The points that matter, in turns, ascending and distinct. */
	readonly from: readonly number[];
	/** Where each of them goes, in turns (unwrapped: may leave [0, 1)). */
	readonly to: readonly number[];
}

/** The lens that changes nothing. */
export const IDENTITY: CircleLens = { from: [], to: [] };

const mod1 = (u: number) => u - Math.floor(u);

/** The distinct values of `points` modulo one turn, ascending (values closer than 1e-12 merge). */
function distinct(points: Iterable<number>): number[] {
	const sorted = [...points].map(mod1).sort((a, b) => a - b);
	const out: number[] = [];
	for (const u of sorted) if (out.length === 0 || u - out[out.length - 1] > 1e-12) out.push(u);
	if (out.length > 1 && out[0] + 1 - out[out.length - 1] <= 1e-12) out.pop();
	return out;
}

/**
 * The scale s of the large gaps such that Σ max(s·gap, min) is one turn ("water filling"): a gap
 * below its min/s is raised to its minimum, the others are scaled by s ≤ 1. Needs Σ min ≤ 1.
 */
export function gapScale(gaps: readonly number[], mins: readonly number[] | number): number {
	const need = (i: number) => (typeof mins === 'number' ? mins : mins[i]);
	// Gaps are raised in order of gap/min, smallest first.
	const order = gaps.map((_, i) => i).sort((a, b) => gaps[b] / need(b) - gaps[a] / need(a));
	let scaled = gaps.reduce((a, b) => a + b, 0);
	let raised = 0;
	for (let k = order.length; k > 0; k--) {
		const last = order[k - 1];
		const s = (1 - raised) / scaled;
		if (s * gaps[last] >= need(last) - 1e-15) return Math.min(1, s);
		scaled -= gaps[last];
		raised += need(last);
	}
	return 0;
}

/** The least gap wanted after a point a and before the next one b (turns), or one for all gaps. */
export type MinGap = number | ((a: number, b: number) => number);

function minima(p: readonly number[], minGap: MinGap): number[] {
	return p.map((u, i) =>
		Math.max(0, typeof minGap === 'number' ? minGap : minGap(u, p[(i + 1) % p.length]))
	);
}

/**
 * How much of the ring the gaps between `points` need at least (turns): over one means they cannot
 * all have their minimum, and a view may leave its less important points out of the lens.
 */
export function neededTurns(points: Iterable<number>, minGap: MinGap): number {
	const p = distinct(points);
	return p.length < 2 ? 0 : minima(p, minGap).reduce((a, b) => a + b, 0);
}

/**
 * The lens that spreads `points` (turns) so that neighbouring ones a, b are at least
 * `minGap(a, b)` turns apart (or a fixed `minGap`), keeping the turn `anchor` where it is (the crowd
 * grows around it). When the minima add up to more than `budget` turns (at most one) they are
 * scaled down to fit it, so the arcs between crowds keep some room. A single point, or none, gives
 * the identity.
 */
export function spreadLens(
	points: Iterable<number>,
	minGap: MinGap,
	anchor = 0,
	budget = 1
): CircleLens {
	const p = distinct(points);
	const m = p.length;
	if (m < 2) return IDENTITY;
	const gaps = p.map((u, i) => (i + 1 < m ? p[i + 1] : p[0] + 1) - u);
	let mins = minima(p, minGap);
	const total = mins.reduce((a, b) => a + b, 0);
	if (total <= 0) return IDENTITY;
	const most = Math.min(1, budget);
	if (total > most) mins = mins.map((g) => (g * most) / total);
	const s = gapScale(gaps, mins);
	if (s >= 1) return IDENTITY;
	const to = [p[0]];
	for (let i = 0; i + 1 < m; i++) to.push(to[i] + Math.max(s * gaps[i], mins[i]));
	const lens = { from: p, to };
	const shift = mod1(anchor) - warpTurn(lens, anchor);
	const d = shift - Math.round(shift);
	return { from: p, to: to.map((u) => u + d) };
}

/** Where turn `u` goes under the lens, in [0, 1). */
export function warpTurn(lens: CircleLens, u: number): number {
	const { from, to } = lens;
	const m = from.length;
	if (m === 0) return mod1(u);
	const x = mod1(u);
	// The gap holding x: from[i] ≤ x < from[i + 1], or the wrap-around gap i = m − 1.
	let lo = 0;
	let hi = m - 1;
	if (x < from[0] || x >= from[m - 1]) lo = m - 1;
	else
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (from[mid] <= x) lo = mid;
			else hi = mid - 1;
		}
	const i = lo;
	const a0 = from[i];
	const a1 = i + 1 < m ? from[i + 1] : from[0] + 1;
	const b0 = to[i];
	const b1 = i + 1 < m ? to[i + 1] : to[0] + 1;
	const dx = x >= a0 ? x - a0 : x + 1 - a0;
	return mod1(b0 + (dx * (b1 - b0)) / (a1 - a0));
}

/**
 * Between two lenses (t from 0 to 1), each point moving the short way round: a convex blend of two
 * monotone maps is monotone, so a lens can glide from one route's hops to the next.
 */
export function blendTurn(a: CircleLens, b: CircleLens, t: number, u: number): number {
	const wa = warpTurn(a, u);
	if (t <= 0) return wa;
	const wb = warpTurn(b, u);
	if (t >= 1) return wb;
	let d = wb - wa;
	d -= Math.round(d);
	return mod1(wa + t * d);
}

/** An arc of the warped ring and how much the lens magnifies it (1: to scale). */
export interface LensArc {
	/** Start and end in warped turns (end > start, unwrapped). */
	readonly start: number;
	readonly end: number;
	readonly factor: number;
}

/** The arcs the lens magnifies at least `min` times, so the drawing can mark them as not to scale. */
export function magnifiedArcs(lens: CircleLens, min = 2): LensArc[] {
	const { from, to } = lens;
	const m = from.length;
	const out: LensArc[] = [];
	for (let i = 0; i < m; i++) {
		const a = (i + 1 < m ? from[i + 1] : from[0] + 1) - from[i];
		const b = (i + 1 < m ? to[i + 1] : to[0] + 1) - to[i];
		if (b / a >= min) out.push({ start: to[i], end: to[i] + b, factor: b / a });
	}
	return out;
}

/**
 * The blend of two lenses as a lens of its own (exact: both are linear between the union of their
 * points), so a glide interrupted half way can start the next one from where it stands.
 */
export function blendLens(a: CircleLens, b: CircleLens, t: number): CircleLens {
	if (t <= 0) return a;
	if (t >= 1) return b;
	const from = distinct([...a.from, ...b.from]);
	if (from.length === 0) return IDENTITY;
	const to: number[] = [];
	for (const u of from) {
		const w = blendTurn(a, b, t, u);
		to.push(to.length === 0 ? w : to[to.length - 1] + mod1(w - to[to.length - 1]));
	}
	return { from, to };
}

/** Whether two lenses are the same map. */
export function sameLens(a: CircleLens, b: CircleLens): boolean {
	return (
		a.from.length === b.from.length &&
		a.from.every((u, i) => u === b.from[i] && a.to[i] === b.to[i])
	);
}
