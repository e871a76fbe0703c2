import type { Frame } from './frame';

/**
 * Edge geometry shared by the SVG and Canvas drawings: straight segments between node centres,
 * trimmed at the target so an arrowhead meets the node's rim.
 */

/** Segments [x1, y1, x2, y2, …] for index pairs of a frame, the end pulled back by `trim` pixels. */
export function segments(frame: Frame, pairs: Int32Array, trim = 0): Float64Array {
	const out = new Float64Array(pairs.length * 2);
	const { xs, ys } = frame;
	for (let i = 0, j = 0; i < pairs.length; i += 2, j += 4) {
		const a = pairs[i];
		const b = pairs[i + 1];
		const dx = xs[b] - xs[a];
		const dy = ys[b] - ys[a];
		const len = Math.hypot(dx, dy);
		const f = len > trim * 2 ? (len - trim) / len : 0.5;
		out[j] = xs[a];
		out[j + 1] = ys[a];
		out[j + 2] = xs[a] + dx * f;
		out[j + 3] = ys[a] + dy * f;
	}
	return out;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** An SVG path of the segments. */
export function linePath(segs: Float64Array): string {
	let d = '';
	for (let j = 0; j < segs.length; j += 4)
		d += `M${r1(segs[j])} ${r1(segs[j + 1])}L${r1(segs[j + 2])} ${r1(segs[j + 3])}`;
	return d;
}

/** Arrowhead triangles [x1, y1, x2, y2, x3, y3, …] at the end of each segment. */
export function arrowHeads(segs: Float64Array, size: number): Float64Array {
	const out = new Float64Array((segs.length / 4) * 6);
	for (let j = 0, k = 0; j < segs.length; j += 4, k += 6) {
		const [x1, y1, x2, y2] = [segs[j], segs[j + 1], segs[j + 2], segs[j + 3]];
		const len = Math.hypot(x2 - x1, y2 - y1) || 1;
		const ux = (x2 - x1) / len;
		const uy = (y2 - y1) / len;
		const bx = x2 - ux * size;
		const by = y2 - uy * size;
		out.set(
			[
				x2,
				y2,
				bx - uy * size * 0.45,
				by + ux * size * 0.45,
				bx + uy * size * 0.45,
				by - ux * size * 0.45
			],
			k
		);
	}
	return out;
}

/** An SVG path of arrowhead triangles. */
export function trianglePath(tris: Float64Array): string {
	let d = '';
	for (let k = 0; k < tris.length; k += 6)
		d += `M${r1(tris[k])} ${r1(tris[k + 1])}L${r1(tris[k + 2])} ${r1(tris[k + 3])}L${r1(tris[k + 4])} ${r1(tris[k + 5])}Z`;
	return d;
}

/** The point a fraction t of the way from node a to node b. */
export function along(frame: Frame, a: number, b: number, t: number): { x: number; y: number } {
	return {
		x: frame.xs[a] + (frame.xs[b] - frame.xs[a]) * t,
		y: frame.ys[a] + (frame.ys[b] - frame.ys[a]) * t
	};
}
