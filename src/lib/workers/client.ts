import { hostControl, type Progress } from './control';
import type { FromWorker, ToWorker } from './host';
import { runJob, type Job, type ResultOf } from './jobs';

/** A job started through the {@link WorkerClient}. */
export interface JobHandle<R> {
	/** The job's result; null when it was cancelled (or the client disposed of) first. */
	readonly result: Promise<R | null>;
	/** The worker time the job took, in ms, once it has finished (null before, or when cancelled). */
	readonly workerMs: number | null;
	/** Stops the job: its result becomes null at once, and the worker drops it between rounds. */
	cancel(): void;
}

/** The part of a Web Worker the client uses (a test can hand in a stand-in). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
};

type Pending = {
	settle: (v: unknown) => void;
	fail: (e: Error) => void;
	progress?: (p: Progress) => void;
	done: (ms: number) => void;
};

const defaultWorker = (): WorkerLike | null =>
	typeof Worker === 'undefined'
		? null
		: (new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike);

/**
 * The page's one way to run long work off the main thread: gossip replays and runs of many rounds,
 * the preset comparison, Pastry's statistics and the search comparisons. One Web Worker (made on
 * first use) runs them all; every job reports progress ({@link Progress}) and can be cancelled.
 * A run of many rounds and the presets' comparison also get a helper worker (made on first use)
 * that measures each round while the first one simulates the next (`metricsPort.ts`). Where there
 * are no workers the jobs run on the main thread, still giving way between rounds.
 */
export class WorkerClient {
	#worker: WorkerLike | null | undefined;
	#helper: WorkerLike | null | undefined;
	#next = 1;
	readonly #pending = new Map<number, Pending>();
	readonly #make: () => WorkerLike | null;
	readonly #makeHelper: () => WorkerLike | null;

	/**
	 * `make` makes the worker, `makeHelper` the helper that measures runs of many rounds (by default
	 * a second simulation worker, or none when `make` is a stand-in).
	 */
	constructor(
		make: () => WorkerLike | null = defaultWorker,
		makeHelper: () => WorkerLike | null = make === defaultWorker ? defaultWorker : () => null
	) {
		this.#make = make;
		this.#makeHelper = makeHelper;
	}

	/**
	 * Sends `job` to `w`; a run of many rounds or the presets' comparison is connected to the
	 * helper, where there is one.
	 */
	#post(w: WorkerLike, id: number, job: Job): void {
		const measured = job.kind === 'gossip-run' || job.kind === 'gossip-compare';
		if (measured && typeof MessageChannel !== 'undefined') {
			if (this.#helper === undefined) this.#helper = this.#makeHelper();
			if (this.#helper) {
				const { port1, port2 } = new MessageChannel();
				this.#helper.postMessage({ id, measure: port2 } satisfies ToWorker, [port2]);
				w.postMessage({ id, job: { ...job, metrics: port1 } } satisfies ToWorker, [port1]);
				return;
			}
		}
		w.postMessage({ id, job } satisfies ToWorker);
	}

	#get(): WorkerLike | null {
		if (this.#worker !== undefined) return this.#worker;
		const w = this.#make();
		if (w) w.onmessage = (e) => this.#receive(e.data);
		return (this.#worker = w);
	}

	#receive(m: FromWorker): void {
		const p = this.#pending.get(m.id);
		if (!p) return;
		if ('progress' in m) return p.progress?.(m.progress);
		this.#pending.delete(m.id);
		if ('error' in m) return p.fail(new Error(m.error));
		p.done(m.ms);
		p.settle(m.result);
	}

	/** Starts `job`; `progress` hears how far it got until it ends or is cancelled. */
	start<J extends Job>(job: J, progress?: (p: Progress) => void): JobHandle<ResultOf<J>> {
		const id = this.#next++;
		const w = this.#get();
		let ms: number | null = null;
		let settle: (v: unknown) => void = () => {};
		const result = new Promise<ResultOf<J> | null>((resolve, reject) => {
			settle = resolve as (v: unknown) => void;
			this.#pending.set(id, { settle, fail: reject, progress, done: (t) => (ms = t) });
		});
		let stopped = false;
		if (w) this.#post(w, id, job);
		else this.#runHere(id, job, () => stopped);
		return {
			result,
			get workerMs() {
				return ms;
			},
			cancel: () => {
				if (!this.#pending.delete(id)) return;
				stopped = true;
				w?.postMessage({ id, cancel: true } satisfies ToWorker);
				settle(null);
			}
		};
	}

	/** The fallback without workers: the same job on this thread, answering as the worker would. */
	#runHere(id: number, job: Job, stopped: () => boolean): void {
		const ctl = hostControl((progress) => this.#receive({ id, progress }), stopped);
		const start = performance.now();
		// Started on a later tick, as a worker would be, so progress never reaches the caller first.
		Promise.resolve()
			.then(() => runJob(job, ctl))
			.then(
				(result) => !stopped() && this.#receive({ id, result, ms: performance.now() - start }),
				(e: Error) => this.#receive({ id, error: e.message })
			);
	}

	/** Cancels every job and ends the workers (new ones are made if the client is used again). */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		this.#helper?.terminate();
		this.#helper = undefined;
		for (const p of this.#pending.values()) p.settle(null);
		this.#pending.clear();
	}
}

let shared: WorkerClient | null = null;

/** The client every view of the page shares (one worker for all their jobs). */
export function workerClient(): WorkerClient {
	return (shared ??= new WorkerClient());
}
