import { availableParallelism } from 'node:os';
import {
	isMainThread,
	MessageChannel,
	receiveMessageOnPort,
	Worker,
	workerData,
	type MessagePort
} from 'node:worker_threads';
import {
	gossipMetrics,
	initGossip,
	metricsInput,
	runRounds,
	type MetricsInput,
	type MetricsOptions
} from '../lib/sim/gossip';
import { measured, metricsOptions, parseGossip, type GossipRun } from './gossip';
import { gossipOutput, row, type MetricsRowJson } from './gossipOutput';
import type { CommandOutput } from './output';

/**
 * `sim gossip` in the compiled command line: the same run and the same rows as `gossipCommand`,
 * with each measured round's metrics computed in a worker thread while the simulation goes on
 * (the simulation itself is sequential; the metrics of a round only read a copy of its views).
 * Rows are put back in round order, so the output is byte for byte the in-process one. A row goes
 * to the worker with the fewest rows in flight if it has fewer than {@link IN_FLIGHT_PER_WORKER};
 * otherwise the main thread measures it itself, so that it shares the metrics instead of waiting
 * for them, and one worker fewer than the cores is started. The last row is always measured
 * in-process, and a run with little metrics work starts fewer workers, or none (see
 * {@link metricsWorkers}).
 */

/** A metrics job for a worker, and its answer. */
interface Job {
	readonly id: number;
	readonly input: MetricsInput;
	readonly options: MetricsOptions;
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
 * A light row (`--metrics light`) costs about a tenth of a full one: 3.5 against 35 ms at
 * N = 10,000 and 45 against 650 ms at N = 100,000 (Cyclon after 30 rounds, `npm run bench`).
 */
const LIGHT_WORK = 0.1;

/**
 * How many worker threads `run` pays for, at most `available`: its rows but the last (measured
 * in-process), shared so that each worker gets at least {@link WORKER_MIN_ENTRIES} of work.
 */
export function metricsWorkers(run: GossipRun, available: number): number {
	let rows = 0;
	for (let r = 0; r <= run.rounds; r++) if (measured(run, r)) rows++;
	const offloaded = rows - 1;
	const work = offloaded * run.options.nodes * run.options.viewSize * (run.light ? LIGHT_WORK : 1);
	return Math.max(0, Math.min(available, offloaded, Math.floor(work / WORKER_MIN_ENTRIES)));
}

/** Runs in a worker thread started by {@link parallelGossipCommand}: measures what it is sent. */
export function serveMetrics(): void {
	const port = (workerData as { port?: MessagePort } | null)?.port;
	port?.on('message', (job: Job) => {
		const answer: Answer = {
			id: job.id,
			row: row(gossipMetrics(job.input, job.options))
		};
		port.postMessage(answer);
	});
}

/** True in a worker thread of this command line. */
export const inMetricsWorker = !isMainThread;

/** A worker thread, the channel its jobs and answers go through, and its jobs not answered yet. */
interface MetricsWorker {
	readonly thread: Worker;
	readonly port: MessagePort;
	inFlight: number;
}

/**
 * `sim gossip` with its metrics shared by this thread and at most `available` threads of `script`
 * (the compiled command line itself, which serves metrics when started as a worker). The simulation
 * never waits for the event loop: answers are taken from the workers' channels synchronously
 * after each round.
 */
export async function parallelGossipCommand(
	argv: string[],
	script: URL,
	available = Math.max(0, Math.min(4, availableParallelism()) - 1)
): Promise<CommandOutput> {
	const run = parseGossip(argv);
	const s = initGossip(run.options, run.seed);
	const waiting = new Map<
		number,
		{ resolve: (row: MetricsRowJson) => void; reject: (e: Error) => void }
	>();
	const answered = (w: MetricsWorker, a: Answer) => {
		w.inFlight--;
		waiting.get(a.id)?.resolve(a.row);
		waiting.delete(a.id);
	};
	const pool: MetricsWorker[] = Array.from({ length: metricsWorkers(run, available) }, () => {
		const { port1, port2 } = new MessageChannel();
		const thread = new Worker(script, { workerData: { port: port2 }, transferList: [port2] });
		const w: MetricsWorker = { thread, port: port1, inFlight: 0 };
		port1.on('message', (a: Answer) => answered(w, a));
		// A worker that fails fails every row still waiting (an internal error, exit status 1).
		thread.on('error', (e) => waiting.forEach((p) => p.reject(e)));
		return w;
	});
	const rows: Promise<MetricsRowJson>[] = [];
	const measure = () => {
		for (const w of pool)
			for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port))
				answered(w, m.message as Answer);
		let free: MetricsWorker | null = null;
		for (const w of pool)
			if (w.inFlight < IN_FLIGHT_PER_WORKER && (!free || w.inFlight < free.inFlight)) free = w;
		const id = rows.length;
		if (!free || s.round === run.rounds) {
			rows.push(Promise.resolve(row(gossipMetrics(s, metricsOptions(run)))));
			return;
		}
		const input = metricsInput(s);
		const answer = new Promise<MetricsRowJson>((resolve, reject) =>
			waiting.set(id, { resolve, reject })
		);
		answer.catch(() => {});
		rows.push(answer);
		free.inFlight++;
		const job: Job = { id, input, options: metricsOptions(run) };
		const buffers = [input.status.buffer, input.viewIds.buffer, input.viewLength.buffer];
		free.port.postMessage(job, buffers as ArrayBuffer[]);
	};
	try {
		measure();
		for (let r = 0; r < run.rounds; r++) {
			runRounds(s, 1, undefined, false);
			if (measured(run, s.round)) measure();
		}
		return gossipOutput(run, s.params, await Promise.all(rows));
	} finally {
		for (const w of pool) w.port.close();
		await Promise.all(pool.map((w) => w.thread.terminate()));
	}
}
