import {
	matchAt,
	runMessages,
	type SearchEvent,
	type SearchRun,
	type SearchState
} from '$lib/sim/search';

/** What the search view draws for the query on screen (in progress, or the last one that ended). */
export interface SearchDrawing {
	readonly run: SearchRun | null;
	readonly inProgress: boolean;
	/** Nodes holding an answer to the query (what only a global view could see). */
	readonly holders: readonly number[];
	/** Flood depth at which each node got the query (-1: not reached), for floods and rings. */
	readonly reached: Int32Array | null;
	/** The flood's tree so far: (parent, node) pairs, each reached node from the one it first heard from. */
	readonly tree: Int32Array;
	/** Where each walker stands. */
	readonly walkers: readonly number[];
	/** The route of a DHT lookup or a greedy query. */
	readonly path: readonly number[];
	/** Messages this step sent, as edges, to flash. */
	readonly flash: readonly (readonly [number, number])[];
	readonly messages: number;
}

/** Derives the drawing from the state (exact after any seek) and the step's events (the flash). */
export function drawingOf(s: Readonly<SearchState>, events: readonly SearchEvent[]): SearchDrawing {
	const run = s.run ?? s.last;
	const empty = {
		run,
		inProgress: false,
		holders: [],
		reached: null,
		tree: new Int32Array(),
		walkers: [],
		path: [],
		flash: [],
		messages: 0
	};
	if (!run) return empty;
	const holders: number[] = [];
	for (let v = 0; v < s.network.n; v++) if (matchAt(s.network, run.target, v) >= 0) holders.push(v);
	const st = run.state;
	const flood =
		st.method === 'flood' || st.method === 'ring'
			? st.flood
			: st.method === 'greedy'
				? st.flood
				: null;
	const flash: (readonly [number, number])[] = [];
	for (const e of events) {
		if (e.type === 'flood-wave') flash.push(...e.edges);
		else if (e.type === 'walker-step' || e.type === 'dht-hop' || e.type === 'greedy-hop')
			flash.push([e.from, e.to]);
	}
	const tree: number[] = [];
	if (flood)
		for (let v = 0; v < flood.parent.length; v++)
			if (flood.parent[v] >= 0) tree.push(flood.parent[v], v);
	return {
		run,
		inProgress: s.run !== null,
		holders,
		reached: flood ? flood.reached : null,
		tree: Int32Array.from(tree),
		walkers: st.method === 'walk' ? [...st.walk.at] : [],
		path: st.method === 'dht' ? st.path : st.method === 'greedy' ? st.greedy.path : [],
		flash,
		messages: runMessages(run)
	};
}
