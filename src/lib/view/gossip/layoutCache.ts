import type { GraphData } from './graphData';
import { runStart, stateLayout, type Point, type RunOf } from './layout';

/** A small most-recently-used cache. */
class Recent<V> {
	readonly #items = new Map<string, V>();
	constructor(readonly size: number) {}
	peek(key: string): V | undefined {
		return this.#items.get(key);
	}
	put(key: string, v: V): V {
		this.#items.delete(key);
		this.#items.set(key, v);
		while (this.#items.size > this.size)
			this.#items.delete(this.#items.keys().next().value as string);
		return v;
	}
	get(key: string, make: () => V): V {
		return this.put(key, this.#items.get(key) ?? make());
	}
}

const starts = new Recent<Map<number, Point>>(4);
const layouts = new Recent<Map<number, Point>>(24);

/** A hash of what the layout depends on in a graph: its nodes, edges and ghosts. */
export function graphKey(g: GraphData): string {
	let h = 0x811c9dc5;
	for (const list of [g.nodes, g.edges, g.ghosts, g.dead]) {
		h = Math.imul(h ^ list.length, 0x01000193);
		for (let i = 0; i < list.length; i++) h = Math.imul(h ^ list[i], 0x01000193);
	}
	return (h >>> 0).toString(36);
}

/** The cache key of a state's layout: the run (parameters, seed) and the graph drawn. */
export function layoutKey(s: RunOf, g: GraphData): string {
	return `${s.seed}|${JSON.stringify(s.params)}|${graphKey(g)}`;
}

/**
 * `stateLayout` of `s`, remembered for the run's recent graphs, so stepping back and forth costs
 * nothing and the run's start is computed once.
 */
export function layoutFor(s: RunOf, g: GraphData): Map<number, Point> {
	const run = `${s.seed}|${JSON.stringify(s.params)}`;
	const start = starts.get(run, () => runStart(s));
	return layouts.get(layoutKey(s, g), () => stateLayout(s, g, start));
}

/** The layout of `s` if it is remembered. */
export function rememberedLayout(s: RunOf, g: GraphData): Map<number, Point> | undefined {
	return layouts.peek(layoutKey(s, g));
}

/** Remembers a layout computed elsewhere (in the layout worker). */
export function rememberLayout(s: RunOf, g: GraphData, positions: Map<number, Point>): void {
	layouts.put(layoutKey(s, g), positions);
}
