import { ConvergedOverlay } from './converged';
import { NONE } from './overlay';
import { validatePastryParams } from './params';
import { nodeArrays, placementStreams, type PlacementStreams } from './points';
import { addNodeRecord } from './state';
import type { PastryParams, PastryState, PlacedNode } from './types';

/**
 * A network with no nodes yet; new nodes draw their ids and points from `streams`. `maxNodes` lifts
 * the browser model's limit of N for headless experiments (the applications' command lines).
 */
export function emptyPastry(
	params: PastryParams,
	seed: string,
	streams: PlacementStreams = placementStreams(seed),
	maxNodes?: number
): PastryState {
	const space = validatePastryParams(params, maxNodes);
	return {
		space,
		params: { ...params },
		nodes: [],
		index: new Map(),
		ops: [],
		script: [],
		scriptAt: 0,
		step: 0,
		completed: { joins: 0, lookups: 0, repairs: 0 },
		finished: { route: null, join: null },
		rng: { ids: streams.ids, place: streams.place }
	};
}

/**
 * A network in which `nodes` have all joined and converged ({@link ConvergedOverlay}): every cell
 * holds the proximity-closest eligible node, leaf sets and neighbourhood sets are exact. Cells have no
 * supplier and fill step 0. Nodes keep the given order in `state.nodes`.
 */
export function formedPastry(
	params: PastryParams,
	seed: string,
	nodes: readonly PlacedNode[],
	streams: PlacementStreams = placementStreams(seed),
	maxNodes?: number
): PastryState {
	const s = emptyPastry(params, seed, streams, maxNodes);
	if (nodes.length === 0) return s;
	const o = new ConvergedOverlay(nodeArrays(nodes), {
		space: s.space,
		leafSetSize: params.leafSetSize,
		neighborhoodSetSize: params.neighborhoodSetSize
	});
	const ids = (hs: number[]) => hs.map((h) => o.idOf(h));
	const columns = 2 ** s.space.b;
	for (const p of nodes) {
		const node = addNodeRecord(s, p);
		const h = o.handleOf(p.id);
		node.joined = true;
		for (let r = 0; r < o.tableRows(h); r++)
			for (let c = 0; c < columns; c++) {
				const e = o.entry(h, r, c);
				if (e === NONE) continue;
				node.routingTable[r * columns + c] = o.idOf(e);
				node.filledAt[r * columns + c] = 0;
			}
		const side = (d: 0 | 1) =>
			Array.from({ length: o.leafCount(h, d) }, (_, i) => o.leafAt(h, d, i));
		node.leafSet = { smaller: ids(side(0)), larger: ids(side(1)) };
		node.neighborhoodSet = ids(
			Array.from({ length: o.neighborCount(h) }, (_, i) => o.neighborAt(h, i))
		);
	}
	s.completed.joins = nodes.length;
	return s;
}
