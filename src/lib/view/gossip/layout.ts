import {
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3-force';
import { Rng } from '$lib/sim/core';
import { gridWidth, initGossip, type GossipState, type Target } from '$lib/sim/gossip';
import { graphData, nodeHash, undirectedPairs, type GraphData } from './graphData';

/** A node of the force layout, by nodeId. */
export interface LayoutNode extends SimulationNodeDatum {
	readonly id: number;
}

/** A point in layout units (the drawing fits them to its box). */
export interface Point {
	readonly x: number;
	readonly y: number;
}

/** What of a state the layout needs besides its graph: the run's parameters and seed. */
export type RunOf = Pick<GossipState, 'params' | 'seed'>;

/** Positions of nodes by nodeId, in layout units. */
export type Positions = ReadonlyMap<number, Point>;

/**
 * How the graph is placed: a force layout (d3-force: links pull, nodes repel), or by nodeId for
 * closest-peer gossip, so the target structure (a ring, a line, a grid) can be seen forming.
 */
export type LayoutMode = 'force' | 'by-id';

const LINK_DISTANCE = 30;

/** Ticks that lay out a run's round-0 overlay from a circle: enough for it to settle. */
export function startTicks(n: number): number {
	return n <= 300 ? 300 : n <= 1000 ? 160 : 100;
}

/** Ticks that relax a run's start onto the overlay drawn now (at alpha {@link STEP_ALPHA}). */
export function stepTicks(n: number): number {
	return n <= 300 ? 80 : n <= 1000 ? 40 : 30;
}

/** The alpha each state's relaxation starts from: the start is already a good layout. */
export const STEP_ALPHA = 0.5;

/**
 * Ticks `g` from the positions `start` gives (a node without one starts beside its neighbours),
 * with d3's random source a fresh seeded stream: the same arguments give the same positions, in
 * any browser, whatever was drawn before. Failed nodes still named ("ghosts") are not simulated:
 * each keeps its start, or goes beside the nodes that name it.
 */
export function relax(
	g: GraphData,
	start: Positions,
	seed: string,
	ticks: number,
	alpha: number
): Map<number, Point> {
	const rng = Rng.stream(seed, 'view/layout');
	const nodes: LayoutNode[] = [...g.nodes].map((id) => ({ id, ...startOf(id, g, start) }));
	const pairs = undirectedPairs(g.edges);
	const links: SimulationLinkDatum<LayoutNode>[] = [];
	for (let i = 0; i < pairs.length; i += 2) links.push({ source: pairs[i], target: pairs[i + 1] });
	forceSimulation<LayoutNode>(nodes)
		.stop()
		.randomSource(() => rng.next())
		.force(
			'link',
			forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
				.id((d) => d.id)
				.distance(LINK_DISTANCE)
		)
		.force('charge', forceManyBody<LayoutNode>().strength(-40).distanceMax(400).theta(0.9))
		.force('x', forceX<LayoutNode>(0).strength(0.06))
		.force('y', forceY<LayoutNode>(0).strength(0.06))
		.alpha(alpha)
		.tick(ticks);
	const out = new Map<number, Point>(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
	for (const id of g.ghosts) out.set(id, start.get(id) ?? beside(id, g.dead, out));
	return out;
}

/** Where node `id` starts: its start position, else beside its neighbours there, else on a circle. */
function startOf(id: number, g: GraphData, start: Positions): Point {
	const own = start.get(id);
	if (own) return { x: own.x, y: own.y };
	const a = 2 * Math.PI * nodeHash(id);
	const near = beside(id, g.edges, start);
	if (near.x !== 0 || near.y !== 0) return near;
	let r = LINK_DISTANCE * 2;
	for (const p of start.values()) r = Math.max(r, Math.hypot(p.x, p.y));
	return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/** The mean position of `id`'s partners in `pairs` that have one, nudged by id (or the origin). */
function beside(id: number, pairs: Int32Array, at: Positions): Point {
	let [x, y, k] = [0, 0, 0];
	for (let i = 0; i < pairs.length; i += 2) {
		const other = pairs[i] === id ? pairs[i + 1] : pairs[i + 1] === id ? pairs[i] : -1;
		const p = other >= 0 ? at.get(other) : undefined;
		if (p) [x, y, k] = [x + p.x, y + p.y, k + 1];
	}
	if (k === 0) return { x: 0, y: 0 };
	const a = 2 * Math.PI * nodeHash(id);
	return { x: x / k + LINK_DISTANCE * Math.cos(a), y: y / k + LINK_DISTANCE * Math.sin(a) };
}

/** Positions on a circle in the order given: the start of a run's first layout. */
export function onCircle(ids: ArrayLike<number>): Map<number, Point> {
	const r = LINK_DISTANCE * Math.max(2, Math.sqrt(ids.length));
	const out = new Map<number, Point>();
	for (let i = 0; i < ids.length; i++) {
		const a = (2 * Math.PI * i) / ids.length - Math.PI / 2;
		out.set(ids[i], { x: r * Math.cos(a), y: r * Math.sin(a) });
	}
	return out;
}

/**
 * The layout every state of a run starts from: the run's round-0 overlay (rebuilt from the
 * parameters and seed the state carries), placed on a circle and ticked {@link startTicks} times.
 */
export function runStart(s: RunOf): Map<number, Point> {
	const g = graphData(initGossip(s.params, s.seed));
	return relax(g, onCircle(g.nodes), s.seed, startTicks(g.nodes.length), 1);
}

/**
 * The force layout of state `s`: the run's start relaxed onto the graph drawn now, a fixed number of
 * ticks. A pure function of the run and the state, so stepping to round 40 and opening a link at
 * round 40 give the same picture; consecutive states differ by a few edges, so their layouts are
 * close and the picture moves instead of jumping.
 */
export function stateLayout(s: RunOf, g: GraphData, start: Positions): Map<number, Point> {
	return relax(g, start, s.seed, stepTicks(g.nodes.length), STEP_ALPHA);
}

/**
 * The place of nodeId `v` when nodes are laid out by id: on a circle in id order for a ring or a
 * line (so the sorted ring shows as short chords), on the grid for the grid target.
 */
export function byIdPosition(v: number, target: Target, size: number, nodes: number): Point {
	if (target === 'grid') {
		const w = gridWidth(nodes);
		return { x: (v % w) * LINK_DISTANCE, y: Math.floor(v / w) * LINK_DISTANCE };
	}
	const a = (2 * Math.PI * v) / Math.max(1, size) - Math.PI / 2;
	const r = LINK_DISTANCE * Math.max(2, size / (2 * Math.PI));
	return { x: r * Math.cos(a), y: r * Math.sin(a) };
}
