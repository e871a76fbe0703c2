import {
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type Simulation,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3-force';
import { Rng } from '$lib/sim/core';
import { gridWidth, type Target } from '$lib/sim/gossip';
import { undirectedPairs, type GraphData } from './graphData';

/** A node of the force layout, by nodeId. */
export interface LayoutNode extends SimulationNodeDatum {
	readonly id: number;
}

/** A point in layout units (the drawing fits them to its box). */
export interface Point {
	readonly x: number;
	readonly y: number;
}

/**
 * How the graph is placed: a force layout (d3-force: links pull, nodes repel), or by nodeId for
 * closest-peer gossip, so the target structure (a ring, a line, a grid) can be seen forming.
 */
export type LayoutMode = 'force' | 'by-id';

const LINK_DISTANCE = 30;

/**
 * A seeded force layout that is warm-started: each update keeps every known node where it was,
 * places new ones next to a neighbour, and runs a fixed number of ticks, so the picture moves
 * instead of jumping. Created stopped and ticked explicitly; d3's random source is a seeded stream,
 * so the same sequence of updates gives the same positions.
 */
export class GraphLayout {
	readonly #rng: Rng;
	readonly #nodes = new Map<number, LayoutNode>();
	readonly #sim: Simulation<LayoutNode, SimulationLinkDatum<LayoutNode>>;
	readonly #link = forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>()
		.id((d) => d.id)
		.distance(LINK_DISTANCE);

	constructor(seed: string) {
		this.#rng = Rng.stream(seed, 'view/layout');
		this.#sim = forceSimulation<LayoutNode>()
			.stop()
			.randomSource(() => this.#rng.next())
			.force('link', this.#link)
			.force('charge', forceManyBody<LayoutNode>().strength(-40).distanceMax(400).theta(0.9))
			.force('x', forceX<LayoutNode>(0).strength(0.06))
			.force('y', forceY<LayoutNode>(0).strength(0.06));
	}

	/** Whether the layout has placed any node yet. */
	get empty(): boolean {
		return this.#nodes.size === 0;
	}

	/**
	 * Brings the layout up to graph `g`: drops nodes that are neither drawn nor ghosts, places new
	 * ones, then ticks `ticks` times from `alpha`. Ghosts (failed nodes still named) keep their place.
	 */
	update(g: GraphData, ticks: number, alpha: number): void {
		const keep = new Set([...g.nodes, ...g.ghosts]);
		for (const id of this.#nodes.keys()) if (!keep.has(id)) this.#nodes.delete(id);
		const fresh = [...g.nodes].filter((id) => !this.#nodes.has(id));
		if (this.#nodes.size === 0) this.#placeOnCircle(fresh);
		else for (const id of fresh) this.#placeNear(id, g);
		const unplaced: number[] = [];
		for (const id of g.ghosts) {
			const n = this.#nodes.get(id);
			if (n) [n.fx, n.fy] = [n.x, n.y];
			else unplaced.push(id);
		}
		const live = [...g.nodes].map((id) => this.#nodes.get(id) as LayoutNode);
		const pairs = undirectedPairs(g.edges);
		const links: SimulationLinkDatum<LayoutNode>[] = [];
		for (let i = 0; i < pairs.length; i += 2)
			links.push({ source: pairs[i], target: pairs[i + 1] });
		this.#sim.nodes(live);
		this.#link.links(links);
		this.#sim.alpha(alpha);
		this.#sim.tick(ticks);
		// Failed nodes the layout never saw alive go next to a node that still names them.
		for (const id of unplaced) {
			this.#placeNear(id, g);
			const n = this.#nodes.get(id) as LayoutNode;
			[n.fx, n.fy] = [n.x, n.y];
		}
	}

	/** The position of a node in layout units, if placed. */
	position(id: number): Point | undefined {
		const n = this.#nodes.get(id);
		return n && { x: n.x ?? 0, y: n.y ?? 0 };
	}

	#placeOnCircle(ids: readonly number[]): void {
		const r = LINK_DISTANCE * Math.max(2, Math.sqrt(ids.length));
		ids.forEach((id, i) => {
			const a = (2 * Math.PI * i) / ids.length - Math.PI / 2;
			this.#nodes.set(id, { id, x: r * Math.cos(a), y: r * Math.sin(a) });
		});
	}

	#placeNear(id: number, g: GraphData): void {
		let anchor: LayoutNode | undefined;
		for (const list of [g.edges, g.dead])
			for (let i = 0; i < list.length && !anchor; i += 2)
				if (list[i] === id) anchor = this.#nodes.get(list[i + 1]);
				else if (list[i + 1] === id) anchor = this.#nodes.get(list[i]);
		const a = 2 * Math.PI * this.#rng.next();
		const d = anchor ? LINK_DISTANCE : LINK_DISTANCE * 4;
		this.#nodes.set(id, {
			id,
			x: (anchor?.x ?? 0) + d * Math.cos(a),
			y: (anchor?.y ?? 0) + d * Math.sin(a)
		});
	}
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
