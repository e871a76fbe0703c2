import type { Point } from '../ring/geometry';

/** An axis-aligned box in pixels. */
export interface Box {
	readonly x0: number;
	readonly y0: number;
	readonly x1: number;
	readonly y1: number;
}

/** Whether two boxes overlap (touching is not overlapping). */
export function overlaps(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * The box of a one-line label of `chars` characters at (x, y), vertically centred, aligned by
 * `anchor` as SVG's text-anchor does. Monospace digits are about 0.62em wide.
 */
export function labelBox(
	x: number,
	y: number,
	anchor: 'start' | 'middle' | 'end',
	chars: number,
	fontPx: number
): Box {
	const w = chars * 0.62 * fontPx;
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	return { x0: x0 - 2, y0: y - fontPx * 0.6, x1: x0 + w + 2, y1: y + fontPx * 0.6 };
}

/** The square box around a disc of radius r at p. */
export function discBox(p: Point, r: number): Box {
	return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
}

/**
 * Where to put round badges of radius `r` (a hop's number), one per candidate list: the first
 * candidate that overlaps neither an obstacle (a label) nor a badge already placed; when every
 * candidate is taken, the one that overlaps the fewest obstacles.
 */
export function placeBadges(
	candidates: readonly (readonly Point[])[],
	r: number,
	obstacles: readonly Box[]
): Point[] {
	const taken: Box[] = [];
	return candidates.map((list) => {
		let best = list[0] ?? { x: 0, y: 0 };
		let fewest = Infinity;
		for (const p of list) {
			const box = discBox(p, r);
			const hits =
				obstacles.filter((o) => overlaps(o, box)).length +
				2 * taken.filter((o) => overlaps(o, box)).length;
			if (hits < fewest) [best, fewest] = [p, hits];
			if (hits === 0) break;
		}
		taken.push(discBox(best, r));
		return best;
	});
}

/** A hop drawn on the ring: a quadratic curve from p to q bowed toward the centre. */
export interface Chord {
	readonly d: string;
	/** The point a fraction t of the way along the curve. */
	at(t: number): Point;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The hop from p to q inside a ring of centre c and radius R, bowed toward the centre in
 * proportion to its length, so that short hops (those a lens spreads apart) stay shallow arcs
 * beside the ring and long ones sweep across it; consecutive hops never lie on top of each other.
 */
export function bowedChord(p: Point, q: Point, c: Point, R: number, minBow: number): Chord {
	const m = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
	const len = Math.hypot(q.x - p.x, q.y - p.y);
	const toC = { x: c.x - m.x, y: c.y - m.y };
	const dist = Math.hypot(toC.x, toC.y) || 1;
	// The curve's peak lies half way to the control point; long hops bow as far as 0.65 of the way
	// to the centre, short ones by their length (at least minBow at the peak).
	const bow = Math.min(dist * 0.65, 2 * Math.max(minBow, len * 0.4));
	const k = { x: m.x + (toC.x / dist) * bow, y: m.y + (toC.y / dist) * bow };
	return {
		d: `M${r1(p.x)},${r1(p.y)}Q${r1(k.x)},${r1(k.y)} ${r1(q.x)},${r1(q.y)}`,
		at: (t) => ({
			x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * k.x + t * t * q.x,
			y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * k.y + t * t * q.y
		})
	};
}
