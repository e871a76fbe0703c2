import { Rng } from '../core';
import type { Csr } from '../core/graph';
import type { ConvergedOverlay } from '../pastry';
import { replicaCounts } from './allocation';
import { interestGrid } from './interest';
import { makeObjects } from './objects';
import { gossipGraph, pastryNetwork, randomGraph, tmanGraph } from './overlays';
import { resolveNetworkSpec, type NetworkOptions } from './params';
import { cumulative, queryRates } from './popularity';
import {
	holdingTables,
	interestReplicas,
	keyReplicas,
	replicaCount,
	uniformReplicas
} from './replication';
import type { Allocation, NetworkSpec, SearchNetwork } from './types';

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
	return placeReplicas(
		{ graph, width, height, objects, pastry, meanDegree: graph.targets.length / n },
		spec
	);
}

/**
 * The replicas of `spec`'s objects on an overlay: each object's query rate (its popularity), its
 * number of copies out of the budget of objects × R·N (its allocation), and the nodes that hold
 * them (its placement), drawn from the seed's placement stream.
 */
function placeReplicas(
	base: Pick<SearchNetwork, 'graph' | 'width' | 'height' | 'objects' | 'pastry' | 'meanDegree'>,
	spec: NetworkSpec
): SearchNetwork {
	const n = spec.nodes;
	const { objects, width } = base;
	const r = replicaCount(spec.replication, n);
	const total = objects.length * r;
	const rates = queryRates(objects.length, spec.popularity, spec.zipfAlpha ?? 0);
	const counts = replicaCounts(rates, spec.allocation, total, n);
	const place = Rng.stream(spec.seed, 'search/placement');
	const replicas =
		spec.placement === 'uniform'
			? uniformReplicas(n, counts, place)
			: spec.placement === 'interest'
				? interestReplicas(n, width, objects, counts, place)
				: keyReplicas(base.pastry as ConvergedOverlay, objects, counts);
	const { holders, holdings } = holdingTables(n, counts, replicas);
	return {
		...base,
		spec,
		n,
		replicas: r,
		totalReplicas: total,
		queryRates: rates,
		queryCdf: spec.popularity === 'uniform' ? null : cumulative(rates),
		holders,
		holdings
	};
}

/**
 * The same overlay, objects and queries with the replica budget shared by another allocation: what
 * {@link buildNetwork} gives with that allocation, without building the overlay again.
 */
export function withAllocation(network: SearchNetwork, allocation: Allocation): SearchNetwork {
	return placeReplicas(network, { ...network.spec, allocation });
}

/** How many copies object o has. */
export function copiesOf(network: SearchNetwork, o: number): number {
	return network.holders.offsets[o + 1] - network.holders.offsets[o];
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
