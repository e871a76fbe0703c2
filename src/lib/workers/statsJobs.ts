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
import type { JobControl } from './control';

/** Mean hops against N (Rowstron & Druschel 2001, Fig. 4): one network per size. */
export interface PastryHopsJob {
	readonly kind: 'pastry-hops';
	readonly sizes: readonly number[];
	readonly options: Omit<PastryStatsOptions, 'nodes'>;
}

/**
 * Every search method on the same nodes, objects, queries and seed (the network is rebuilt here
 * from its options: it holds class instances that cannot cross threads).
 */
export interface SearchCompareJob {
	readonly kind: 'search-compare';
	readonly network: NetworkOptions;
	readonly options: ComparisonOptions;
}

/** The three allocations of one replica budget, searched with the same queries (Lv et al. 2002, §5). */
export interface SearchAllocationJob {
	readonly kind: 'search-allocation';
	readonly network: NetworkOptions;
	readonly options: SearchOptions & { readonly queries: number; readonly seed: string };
}

/** The statistics behind the Pastry and search charts. */
export type StatsJob = PastryHopsJob | SearchCompareJob | SearchAllocationJob;

/**
 * The Pastry sizes one by one, reporting after each and giving way so a cancel can land between
 * them (each size is `hopsAgainstN` of that size alone, so the points equal one call for them all).
 */
export async function pastryHopsJob(
	job: PastryHopsJob,
	ctl: JobControl
): Promise<HopsPoint[] | null> {
	const out: HopsPoint[] = [];
	for (const size of job.sizes) {
		out.push(...hopsAgainstN([size], job.options));
		ctl.progress({ done: out.length, of: job.sizes.length });
		await ctl.breathe();
		if (ctl.stopped()) return null;
	}
	return out;
}

/** A search comparison: one piece of work, reported when done. */
export async function searchCompareJob(
	job: SearchCompareJob,
	ctl: JobControl
): Promise<Comparison> {
	const r = compareMethods(buildNetwork(job.network), job.options);
	ctl.progress({ done: 1, of: 1 });
	return r;
}

/** The allocation comparison: one piece of work, reported when done. */
export async function searchAllocationJob(
	job: SearchAllocationJob,
	ctl: JobControl
): Promise<AllocationComparison> {
	const r = compareAllocations(buildNetwork(job.network), job.options);
	ctl.progress({ done: 1, of: 1 });
	return r;
}
