import { Rng } from '../core';
import type { Csr } from '../core/graph';
import type { ConvergedOverlay } from '../pastry';
import { interestGrid } from './interest';
import { makeObjects } from './objects';
import { gossipGraph, pastryNetwork, randomGraph, tmanGraph } from './overlays';
import { resolveNetworkSpec, type NetworkOptions } from './params';
import {
	holdingTables,
	interestReplicas,
	keyReplicas,
	replicaCount,
	uniformReplicas
} from './replication';
import type { SearchNetwork } from './types';

/**
 * Builds the network `options` describe: the overlay, the objects and their replicas. Each concern
 * draws from its own stream of the seed (graph, objects, placement), so the same seed gives the same
 * objects and, for the same overlay kind and N, the same placement.
 */
export function buildNetwork(options: NetworkOptions): SearchNetwork {
	const spec = resolveNetworkSpec(options);
	const n = spec.nodes;
	const { width, height } = interestGrid(n);
	let graph: Csr;
	let pastry: ConvergedOverlay | null = null;
	switch (spec.overlay) {
		case 'random':
			graph = randomGraph(n, spec.degree as number, Rng.stream(spec.seed, 'search/graph'));
			break;
		case 'gossip':
			graph = gossipGraph(n, (spec.degree as number) / 2, spec.rounds as number, spec.seed);
			break;
		case 'tman':
			graph = tmanGraph(
				n,
				spec.degree as number,
				spec.rounds as number,
				spec.randomLinks,
				spec.seed
			);
			break;
		case 'pastry':
			({ overlay: pastry, graph } = pastryNetwork(n, spec.seed));
			break;
	}
	const objects = makeObjects(spec.objects, width, height, Rng.stream(spec.seed, 'search/objects'));
	const r = replicaCount(spec.replication, n);
	const place = Rng.stream(spec.seed, 'search/placement');
	const replicas =
		spec.placement === 'uniform'
			? uniformReplicas(n, objects.length, r, place)
			: spec.placement === 'interest'
				? interestReplicas(n, width, objects, r, place)
				: keyReplicas(pastry as ConvergedOverlay, objects, r);
	const { holders, holdings } = holdingTables(n, objects.length, r, replicas);
	return {
		spec,
		n,
		graph,
		width,
		height,
		objects,
		replicas: r,
		holders,
		holdings,
		pastry,
		meanDegree: graph.targets.length / n
	};
}

/** The degree of node v. */
export function degreeOf(network: SearchNetwork, v: number): number {
	return network.graph.offsets[v + 1] - network.graph.offsets[v];
}

/** The neighbours of node v, as a copy. */
export function neighboursOf(network: SearchNetwork, v: number): number[] {
	const { offsets, targets } = network.graph;
	return Array.from(targets.subarray(offsets[v], offsets[v + 1]));
}
