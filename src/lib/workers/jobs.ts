import { hopsAgainstN, type HopsPoint, type PastryStatsOptions } from '$lib/sim/pastry';

/** Work heavy enough to run off the main thread: the statistics behind the charts. */
export type Job = {
	readonly kind: 'pastry-hops';
	readonly sizes: readonly number[];
	readonly options: Omit<PastryStatsOptions, 'nodes'>;
};

/** What each kind of job returns. */
export interface JobResults {
	'pastry-hops': HopsPoint[];
}

/** Runs a job where it is called (in the worker, or on the main thread as a fallback). */
export function runJob(job: Job): JobResults[Job['kind']] {
	switch (job.kind) {
		case 'pastry-hops':
			return hopsAgainstN(job.sizes, job.options);
	}
}
