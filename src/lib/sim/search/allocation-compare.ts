import { expectedSearchSize } from './allocation';
import { searchStatistics, type SearchFigures } from './batch';
import type { SearchOptions } from './method-params';
import { copiesOf, withAllocation } from './network';
import { ALLOCATIONS } from './params';
import type { Allocation, Popularity, SearchMethod, SearchNetwork } from './types';

/** One allocation's figures on the shared overlay and queries. */
export interface AllocationFigures extends SearchFigures {
	readonly allocation: Allocation;
	/** Cohen & Shenker's expected search size N · Σ q_i / r_i (random probes), for comparison. */
	readonly expectedSearchSize: number;
	readonly maxMessages: number | null;
	/** Copies of the most asked-for object (object 0) and of the least (the last). */
	readonly mostPopularCopies: number;
	readonly leastPopularCopies: number;
}

/** Every allocation of the same replica budget, searched with the same queries. */
export interface AllocationComparison {
	readonly popularity: Popularity;
	readonly zipfAlpha: number | null;
	readonly totalReplicas: number;
	readonly method: SearchMethod;
	readonly queries: number;
	readonly allocations: AllocationFigures[];
}

/**
 * The replication experiment of Lv et al. 2002 (§5) and Cohen & Shenker 2002: the same overlay,
 * objects, replica budget and queries (drawn by popularity, so the same for every allocation), the
 * budget shared uniformly, proportionally and by square root, each searched with `options`' method
 * from the same walk stream. Under Zipf popularity square-root needs the fewest messages, while
 * uniform and proportional tie (both have expected search size N·m / budget). For networks built
 * by {@link buildNetwork} (a hand-made network's placement is not redrawn).
 */
export function compareAllocations(
	network: SearchNetwork,
	options: SearchOptions & { readonly queries: number; readonly seed: string }
): AllocationComparison {
	const allocations = ALLOCATIONS.map((allocation) => {
		const net =
			allocation === network.spec.allocation ? network : withAllocation(network, allocation);
		const r = searchStatistics(net, options);
		const counts = Int32Array.from(net.objects, (o) => copiesOf(net, o.index));
		return {
			allocation,
			successRate: r.successRate,
			meanMessages: r.meanMessages,
			meanHops: r.meanHops,
			maxMessages: r.maxMessages,
			expectedSearchSize: expectedSearchSize(net.queryRates, counts, net.n),
			mostPopularCopies: counts[0],
			leastPopularCopies: counts[counts.length - 1]
		};
	});
	return {
		popularity: network.spec.popularity,
		zipfAlpha: network.spec.zipfAlpha,
		totalReplicas: network.totalReplicas,
		method: options.method,
		queries: options.queries,
		allocations
	};
}
