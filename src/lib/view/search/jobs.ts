import type { NetworkOptions, NetworkSpec, SearchState } from '$lib/sim/search';
import type { Job } from '$lib/workers/jobs';

/** The size the comparison panels offer besides the network on screen: the literature's N. */
export const LARGE_NODES = 10_000;

/**
 * The options that rebuild the network of `spec` (its overlay, degree, replication, objects,
 * popularity and allocation), with `nodes` nodes: the panels' jobs rebuild it in the worker.
 */
export function networkOptionsOf(spec: NetworkSpec, nodes = spec.nodes): NetworkOptions {
	return {
		overlay: spec.overlay,
		nodes,
		seed: spec.seed,
		...(spec.degree !== null ? { degree: spec.degree } : {}),
		replication: spec.replication,
		objects: spec.objects,
		popularity: spec.popularity,
		...(spec.zipfAlpha !== null ? { zipfAlpha: spec.zipfAlpha } : {}),
		allocation: spec.allocation
	};
}

/** The comparison of every method (SearchCompare): 300 queries here, 1000 at N = 10,000. */
export function compareJob(
	s: Readonly<SearchState>,
	large: boolean
): Extract<Job, { kind: 'search-compare' }> {
	return {
		kind: 'search-compare',
		network: networkOptionsOf(s.network.spec, large ? LARGE_NODES : undefined),
		options: { queries: large ? 1000 : 300, seed: s.seed, query: s.params.query }
	};
}

/**
 * The three allocations of the replica budget (AllocationChart), searched by the state's random
 * walkers: 1000 queries here, 2000 at N = 10,000 (Lv et al. 2002, §5; Cohen & Shenker 2002).
 */
export function allocationJob(
	s: Readonly<SearchState>,
	large: boolean
): Extract<Job, { kind: 'search-allocation' }> {
	const p = s.params;
	return {
		kind: 'search-allocation',
		network: networkOptionsOf(s.network.spec, large ? LARGE_NODES : undefined),
		options: {
			method: 'walk',
			query: p.query,
			walkers: p.walkers,
			walkerTtl: p.walkerTtl,
			checkEvery: p.checkEvery,
			queries: large ? 2000 : 1000,
			seed: s.seed
		}
	};
}
