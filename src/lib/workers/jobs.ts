import type { HopsPoint } from '$lib/sim/pastry';
import type { AllocationComparison, Comparison } from '$lib/sim/search';
import type { JobControl } from './control';
import {
	compareJob,
	runRoundsJob,
	seriesJob,
	type GossipJob,
	type RunResult,
	type SeriesPoint
} from './gossipJobs';
import { pastryHopsJob, searchAllocationJob, searchCompareJob, type StatsJob } from './statsJobs';

/** Every long job the page hands to the worker: gossip replays, runs and comparisons, statistics. */
export type Job = GossipJob | StatsJob;

/** What each kind of job returns (null: it was cancelled before it finished). */
export interface JobResults {
	'gossip-series': SeriesPoint[];
	'gossip-run': RunResult | null;
	'gossip-compare': Record<string, SeriesPoint[]>;
	'pastry-hops': HopsPoint[] | null;
	'search-compare': Comparison;
	'search-allocation': AllocationComparison;
}

/** The result type of a job. */
export type ResultOf<J extends Job> = JobResults[J['kind']];

/**
 * Runs any job where it is called (in the worker, or on the main thread where there is none). Jobs
 * report progress and give way through `ctl`, so the host can show a bar and cancel.
 */
export function runJob<J extends Job>(job: J, ctl: JobControl): Promise<ResultOf<J>> {
	const run = (): Promise<unknown> => {
		switch (job.kind) {
			case 'gossip-series':
				return seriesJob(job, ctl);
			case 'gossip-run':
				return runRoundsJob(job, ctl);
			case 'gossip-compare':
				return compareJob(job, ctl);
			case 'pastry-hops':
				return pastryHopsJob(job, ctl);
			case 'search-compare':
				return searchCompareJob(job, ctl);
			case 'search-allocation':
				return searchAllocationJob(job, ctl);
		}
	};
	return run() as Promise<ResultOf<J>>;
}
