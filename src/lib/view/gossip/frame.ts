import { inkSample, pairHash } from '../ink';
import type { GraphData } from './graphData';
import type { Point } from './layout';

/**
 * One drawn frame of the graph in screen pixels: the nodes (live ones first, then ghosts), their
 * positions, and the edges as index pairs into them. The topology changes once per step; only the
 * positions change from frame to frame while a step animates.
 */
export interface Topology {
	/** nodeIds: the drawn live nodes, then the ghosts (failed nodes still named). */
	readonly ids: Int32Array;
	/** Index of the first ghost in `ids`. */
	readonly ghostStart: number;
	readonly index: ReadonlyMap<number, number>;
	/** Directed live edges as index pairs. */
	readonly edges: Int32Array;
	/** Dead links as index pairs (live node → ghost). */
	readonly dead: Int32Array;
}

/** Screen positions of a topology's nodes. */
export interface Frame {
	readonly topology: Topology;
	readonly xs: Float64Array;
	readonly ys: Float64Array;
}

/** A similarity from layout units to pixels: screen = point · k + (x, y). */
export interface Fit {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}

/** The index form of a graph for drawing. */
export function topologyOf(g: GraphData): Topology {
	const ids = new Int32Array(g.nodes.length + g.ghosts.length);
	ids.set(g.nodes);
	ids.set(g.ghosts, g.nodes.length);
	const index = new Map<number, number>();
	ids.forEach((id, i) => index.set(id, i));
	const pairs = (list: Int32Array) => list.map((id) => index.get(id) ?? 0);
	return { ids, ghostStart: g.nodes.length, index, edges: pairs(g.edges), dead: pairs(g.dead) };
}

/** The fit that shows every point inside a `width`×`height` box with `margin` pixels around. */
export function fitBox(
	points: Iterable<Point>,
	width: number,
	height: number,
	margin: number
): Fit {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of points) {
		x0 = Math.min(x0, p.x);
		y0 = Math.min(y0, p.y);
		x1 = Math.max(x1, p.x);
		y1 = Math.max(y1, p.y);
	}
	if (!Number.isFinite(x0)) return { k: 1, x: width / 2, y: height / 2 };
	const w = Math.max(1e-9, x1 - x0);
	const h = Math.max(1e-9, y1 - y0);
	const k = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h, 4);
	return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

/** Between two fits (t from 0 to 1). */
export function lerpFit(a: Fit, b: Fit, t: number): Fit {
	return { k: a.k + (b.k - a.k) * t, x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Smooth start and stop. */
export function ease(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * The frame at time t of a move from the `from` positions (and fit) to the `to` ones; nodes new in
 * this step start where they end.
 */
export function frameAt(
	topology: Topology,
	from: ReadonlyMap<number, Point>,
	to: ReadonlyMap<number, Point>,
	fromFit: Fit,
	toFit: Fit,
	t: number
): Frame {
	const n = topology.ids.length;
	const xs = new Float64Array(n);
	const ys = new Float64Array(n);
	const e = ease(Math.min(1, Math.max(0, t)));
	for (let i = 0; i < n; i++) {
		const id = topology.ids[i];
		const b = to.get(id) ?? { x: 0, y: 0 };
		const a = from.get(id);
		const p = a ? { x: a.x * fromFit.k + fromFit.x, y: a.y * fromFit.k + fromFit.y } : null;
		const q = { x: b.x * toFit.k + toFit.x, y: b.y * toFit.k + toFit.y };
		xs[i] = p ? p.x + (q.x - p.x) * e : q.x;
		ys[i] = p ? p.y + (q.y - p.y) * e : q.y;
	}
	return { topology, xs, ys };
}

/** The node nearest to (x, y) within `reach` pixels, as a nodeId, or null. */
export function nodeAt(frame: Frame, x: number, y: number, reach: number): number | null {
	let best = reach * reach;
	let found: number | null = null;
	const { ids } = frame.topology;
	for (let i = 0; i < ids.length; i++) {
		const d = (frame.xs[i] - x) ** 2 + (frame.ys[i] - y) ** 2;
		if (d <= best) {
			best = d;
			found = ids[i];
		}
	}
	return found;
}

/** Node radius in pixels for n drawn nodes: large for a handful, a dot for a thousand. */
export function nodeRadius(n: number): number {
	return Math.max(2.5, Math.min(11, 90 / Math.sqrt(Math.max(1, n))));
}

/**
 * The live edges a Canvas drawing of `frame` shows, as index pairs, each pair of linked nodes once
 * (and how many pairs there are):
 * all of them when, one pixel wide, they ink at most `ink` of the picture's area, else the sample
 * `inkSample` chooses (the short links, then a fixed sample of the long ones), so 1,000 nodes with
 * 20 view entries each show their nodes and a texture of links, not a grey mass.
 */
export function inkEdges(
	frame: Frame,
	area: number,
	ink = 0.25
): { pairs: Int32Array; of: number } {
	const { topology: t, xs, ys } = frame;
	const seen = new Set<number>();
	const pairs: number[] = [];
	const lengths: number[] = [];
	const hashes: number[] = [];
	const n = t.ids.length;
	for (let i = 0; i < t.edges.length; i += 2) {
		const a = Math.min(t.edges[i], t.edges[i + 1]);
		const b = Math.max(t.edges[i], t.edges[i + 1]);
		if (seen.has(a * n + b)) continue;
		seen.add(a * n + b);
		pairs.push(a, b);
		lengths.push(Math.hypot(xs[b] - xs[a], ys[b] - ys[a]));
		hashes.push(pairHash(t.ids[a], t.ids[b]));
	}
	const taken = inkSample(lengths, hashes, ink * area);
	const out: number[] = [];
	for (let i = 0; i < lengths.length; i++) if (taken[i]) out.push(pairs[2 * i], pairs[2 * i + 1]);
	return { pairs: Int32Array.from(out), of: lengths.length };
}
