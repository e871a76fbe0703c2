import { distanceToRegion } from './interest';
import { matchAt, type QueryTarget } from './target';
import type { SearchNetwork } from './types';

/**
 * Greedy routing on the weakly structured overlay, as plain data: the query goes to the neighbour
 * whose interests are closest to the query's (the semantic-overlay search of Voulgaris et al. 2004
 * and Vicinity, routed like T-Man's target structure is navigated), one message per hop, until a
 * node holds an answer or no neighbour is strictly closer (a local minimum). From there an optional
 * short flood of TTL `fallbackTtl` searches the neighbourhood.
 */
export interface GreedyRun {
	readonly source: number;
	at: number;
	hops: number;
	/** Nodes visited, from the requester. */
	path: number[];
	messages: number;
	/** Set at a local minimum: the node and its distance to the query's region. */
	stuck: { node: number; distance: number } | null;
	found: { node: number; hops: number; object: number } | null;
}

/** A greedy route about to leave `source`. */
export function startGreedy(source: number): GreedyRun {
	return { source, at: source, hops: 0, path: [source], messages: 0, stuck: null, found: null };
}

/** A copy sharing nothing mutable. */
export function cloneGreedy(run: Readonly<GreedyRun>): GreedyRun {
	return {
		...run,
		path: run.path.slice(),
		stuck: run.stuck && { ...run.stuck },
		found: run.found && { ...run.found }
	};
}

/**
 * The neighbour of v closest to the region, if strictly closer than v itself (ties: the first in
 * v's neighbour list); -1 at a local minimum.
 */
export function greedyNext(network: SearchNetwork, v: number, target: QueryTarget): number {
	const { offsets, targets } = network.graph;
	let best = -1;
	let bestD = distanceToRegion(network.width, v, target.region);
	for (let i = offsets[v]; i < offsets[v + 1]; i++) {
		const d = distanceToRegion(network.width, targets[i], target.region);
		if (d < bestD) {
			best = targets[i];
			bestD = d;
		}
	}
	return best;
}

/**
 * One greedy step: if the current node holds an answer, the route is found; otherwise it moves to
 * the closest neighbour, or records a local minimum. Returns the hop taken, if any.
 */
export function greedyStep(
	network: SearchNetwork,
	run: GreedyRun,
	target: QueryTarget
): { from: number; to: number; distance: number } | null {
	const here = matchAt(network, target, run.at);
	if (here >= 0) {
		run.found = { node: run.at, hops: run.hops, object: here };
		return null;
	}
	const to = greedyNext(network, run.at, target);
	if (to < 0) {
		run.stuck = { node: run.at, distance: distanceToRegion(network.width, run.at, target.region) };
		return null;
	}
	const from = run.at;
	run.at = to;
	run.hops++;
	run.path.push(to);
	run.messages++;
	const object = matchAt(network, target, to);
	if (object >= 0) run.found = { node: to, hops: run.hops, object };
	return { from, to, distance: distanceToRegion(network.width, to, target.region) };
}
