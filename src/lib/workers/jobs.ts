import { hopsAgainstN, type HopsPoint, type PastryStatsOptions } from '$lib/sim/pastry';
import {
	buildNetwork,
	compareAllocations,
	compareMethods,
	type AllocationComparison,
	type Comparison,
	type ComparisonOptions,
	type NetworkOptions,
	type SearchOptions
} from '$lib/sim/search';

/** Work heavy enough to run off the main thread: the statistics behind the charts. */
export type Job =
	| {
			readonly kind: 'pastry-hops';
			readonly sizes: readonly number[];
			readonly options: Omit<PastryStatsOptions, 'nodes'>;
	  }
	| {
			/** Every search method on the same nodes, objects, queries and seed (the network is rebuilt
			 * here from its options: it holds class instances that cannot cross threads). */
			readonly kind: 'search-compare';
			readonly network: NetworkOptions;
			readonly options: ComparisonOptions;
	  }
	| {
			/** The three allocations of one replica budget, searched with the same queries. */
			readonly kind: 'search-allocation';
			readonly network: NetworkOptions;
			readonly options: SearchOptions & { readonly queries: number; readonly seed: string };
	  };

/** What each kind of job returns. */
export interface JobResults {
	'pastry-hops': HopsPoint[];
	'search-compare': Comparison;
	'search-allocation': AllocationComparison;
}

/** Runs a job where it is called (in the worker, or on the main thread as a fallback). */
export function runJob(job: Job): JobResults[Job['kind']] {
	switch (job.kind) {
		case 'pastry-hops':
			return hopsAgainstN(job.sizes, job.options);
		case 'search-compare':
			return compareMethods(buildNetwork(job.network), job.options);
		case 'search-allocation':
			return compareAllocations(buildNetwork(job.network), job.options);
	}
}
