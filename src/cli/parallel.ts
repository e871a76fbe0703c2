import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import {
	gossipMetrics,
	initGossip,
	metricsInput,
	runRounds,
	type MetricsInput
} from '../lib/sim/gossip';
import { measured, parseGossip, type GossipRun } from './gossip';
import { gossipOutput, row, type MetricsRowJson } from './gossipOutput';
import type { CommandOutput } from './output';

/**
 * `sim gossip` in the compiled command line: the same run and the same rows as `gossipCommand`,
 * with each measured round's metrics computed in a worker thread while the simulation goes on
 * (the simulation itself is sequential; the metrics of a round only read a copy of its views).
 * Rows are put back in round order, so the output is byte for byte the in-process one. The last
 * row is always measured in-process (the main thread would only wait for a worker otherwise), and
 * a run with little metrics work starts fewer workers, or none (see {@link metricsWorkers}).
 */

/** A metrics job for a worker, and its answer. */
interface Job {
	readonly id: number;
	readonly input: MetricsInput;
	readonly sources: number;
}
interface Answer {
	readonly id: number;
	readonly row: MetricsRowJson;
}

/** At most this many copies of a round's views wait for a worker (memory stays bounded). */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * The metrics work (view entries measured, rows × N × c) a worker must get to be worth starting:
 * about three rows of N = 10,000, c = 30. Starting a worker costs about 50 ms of CPU (and its
 * first row runs unoptimised), one such row about 75 ms: for the 2 rows of N = 10,000 `--rounds
 * 100 --metrics-every 100`, measuring both in-process took a median 1.91 s against 2.41 s with two
 * workers (2 cores shared with other jobs, load average 7).
 */
const WORKER_MIN_ENTRIES = 900_000;

/**
 * How many worker threads `run` pays for, at most `available`: its rows but the last (measured
 * in-process), shared so that each worker gets at least {@link WORKER_MIN_ENTRIES} of work.
 */
export function metricsWorkers(run: GossipRun, available: number): number {
	let rows = 0;
	for (let r = 0; r <= run.rounds; r++) if (measured(run, r)) rows++;
	const offloaded = rows - 1;
	const work = offloaded * run.options.nodes * run.options.viewSize;
	return Math.max(0, Math.min(available, offloaded, Math.floor(work / WORKER_MIN_ENTRIES)));
}

/** Runs in a worker thread started by {@link parallelGossipCommand}: measures what it is sent. */
export function serveMetrics(): void {
	parentPort?.on('message', (job: Job) => {
		const answer: Answer = {
			id: job.id,
			row: row(gossipMetrics(job.input, { pathSources: job.sources }))
		};
		parentPort?.postMessage(answer);
	});
}

/** True in a worker thread of this command line. */
export const inMetricsWorker = !isMainThread;

/**
 * `sim gossip` with its metrics in `workers` threads of `script` (the compiled command line
 * itself, which serves metrics when started as a worker).
 */
export async function parallelGossipCommand(
	argv: string[],
	script: URL,
	available = Math.max(1, Math.min(4, availableParallelism()))
): Promise<CommandOutput> {
	const run = parseGossip(argv);
	const s = initGossip(run.options, run.seed);
	const workers = metricsWorkers(run, available);
	const pool = Array.from({ length: workers }, () => new Worker(script));
	const waiting = new Map<
		number,
		{ resolve: (row: MetricsRowJson) => void; reject: (e: Error) => void }
	>();
	for (const w of pool) {
		w.on('message', (a: Answer) => waiting.get(a.id)?.resolve(a.row));
		// A worker that fails fails every row still waiting (an internal error, exit status 1).
		w.on('error', (e) => waiting.forEach((p) => p.reject(e)));
	}
	const rows: Promise<MetricsRowJson>[] = [];
	const measure = () => {
		const id = rows.length;
		if (workers === 0 || s.round === run.rounds) {
			rows.push(Promise.resolve(row(gossipMetrics(s, { pathSources: run.sources }))));
			return;
		}
		const input = metricsInput(s);
		rows.push(new Promise((resolve, reject) => waiting.set(id, { resolve, reject })));
		rows[id].catch(() => {});
		const job: Job = { id, input, sources: run.sources };
		const buffers = [input.status.buffer, input.viewIds.buffer, input.viewLength.buffer];
		pool[id % workers].postMessage(job, buffers as ArrayBuffer[]);
	};
	try {
		measure();
		for (let r = 0; r < run.rounds; r++) {
			runRounds(s, 1, undefined, false);
			if (!measured(run, s.round)) continue;
			measure();
			// Wait for the oldest row when too many copies are queued.
			const oldest = rows.length - 1 - workers * IN_FLIGHT_PER_WORKER;
			if (oldest >= 0) await rows[oldest];
		}
		return gossipOutput(run, s.params, await Promise.all(rows));
	} finally {
		await Promise.all(pool.map((w) => w.terminate()));
	}
}
