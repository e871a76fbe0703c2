import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A point in the stage's pixel coordinates. */
export interface Point {
	readonly x: number;
	readonly y: number;
}

/**
 * The angle of each id on the ring: 0 at the top, growing clockwise, one full turn for the id space.
 * A pure function of the id, so a node never moves when others join.
 */
export function ringAngle(spaceSize: number): ScaleLinear<number, number> {
	return scaleLinear()
		.domain([0, spaceSize])
		.range([-Math.PI / 2, (3 * Math.PI) / 2]);
}

/** The point at `angle` on a circle of `radius` around `center`. */
export function polar(center: Point, radius: number, angle: number): Point {
	return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

/** `to` shifted by whole turns so that it lies within half a turn of `from` (the short way round). */
export function nearestTurn(from: number, to: number): number {
	const turn = 2 * Math.PI;
	return to + turn * Math.round((from - to) / turn);
}

/** An SVG path along the circle of `radius` from angle `a0` to `a1`, the way the angles say. */
export function arcPath(center: Point, radius: number, a0: number, a1: number): string {
	const p0 = polar(center, radius, a0);
	const p1 = polar(center, radius, a1);
	const large = Math.abs(a1 - a0) > Math.PI ? 1 : 0;
	const sweep = a1 > a0 ? 1 : 0;
	const f = (n: number) => n.toFixed(1);
	return `M${f(p0.x)},${f(p0.y)}A${f(radius)},${f(radius)} 0 ${large} ${sweep} ${f(p1.x)},${f(p1.y)}`;
}

/** Text anchoring for a label placed outside the ring at `angle`, so it never overlaps the ring. */
export function labelAnchor(angle: number): 'start' | 'middle' | 'end' {
	const c = Math.cos(angle);
	return c > 0.3 ? 'start' : c < -0.3 ? 'end' : 'middle';
}

/** A label to place: its anchor point, alignment and text. */
export interface LabelSpec {
	readonly id: number;
	readonly x: number;
	readonly y: number;
	readonly anchor: 'start' | 'middle' | 'end';
	readonly text: string;
	/** Placed first and always shown (selected or highlighted items). */
	readonly priority?: boolean;
}

/**
 * The labels that can be shown without overlapping, chosen greedily (priority labels first, then in
 * the given order), with where to draw each. A priority label that would overlap is moved to the
 * positions `nudge` offers (k = 1, 2, …) until one is free; other labels try the first
 * `nudgeOthers` of those positions and are left out when none is free. Box sizes are estimated from the font size: monospace digits are about 0.62em wide.
 */
export function visibleLabels(
	labels: readonly LabelSpec[],
	fontPx: number,
	nudge?: (label: LabelSpec, k: number) => Point,
	nudgeOthers = 0
): Map<number, Point> {
	const boxes: { x0: number; y0: number; x1: number; y1: number }[] = [];
	const shown = new Map<number, Point>();
	const boxOf = (l: LabelSpec, p: Point) => {
		const w = l.text.length * 0.62 * fontPx;
		const x0 = l.anchor === 'start' ? p.x : l.anchor === 'end' ? p.x - w : p.x - w / 2;
		return { x0: x0 - 2, y0: p.y - fontPx * 0.6, x1: x0 + w + 2, y1: p.y + fontPx * 0.6 };
	};
	const clashes = (box: ReturnType<typeof boxOf>) =>
		boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1);
	const ordered = [...labels.filter((l) => l.priority), ...labels.filter((l) => !l.priority)];
	for (const l of ordered) {
		let at: Point = { x: l.x, y: l.y };
		let box = boxOf(l, at);
		const most = l.priority ? 6 : nudgeOthers;
		for (let k = 1; nudge && clashes(box) && k <= most; k++) {
			at = nudge(l, k);
			box = boxOf(l, at);
		}
		if (clashes(box) && !l.priority) continue;
		boxes.push(box);
		shown.set(l.id, at);
	}
	return shown;
}
