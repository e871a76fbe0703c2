import { hostControl } from './gossipControl';
import { runGossipJob, type GossipJob } from './gossipJobs';

/** A job started in the gossip worker: its result (null when cancelled) and a way to cancel it. */
export interface JobHandle<R> {
	readonly result: Promise<R | null>;
	cancel(): void;
}

type Pending = {
	resolve: (v: unknown) => void;
	reject: (e: Error) => void;
	progress?: (update: unknown) => void;
};

/**
 * One gossip Web Worker (created on first use), or the main thread where there are no workers (the
 * jobs give way between rounds either way). Dispose of it when its view goes away.
 */
export class GossipWorker {
	#worker: Worker | null | undefined;
	#next = 1;
	readonly #pending = new Map<number, Pending>();

	#get(): Worker | null {
		if (this.#worker !== undefined) return this.#worker;
		if (typeof Worker === 'undefined') return (this.#worker = null);
		const w = new Worker(new URL('./gossip.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (
			e: MessageEvent<{ id: number; progress?: unknown; result?: unknown; error?: string }>
		) => {
			const p = this.#pending.get(e.data.id);
			if (!p) return;
			if ('progress' in e.data) return p.progress?.(e.data.progress);
			this.#pending.delete(e.data.id);
			if (e.data.error !== undefined) p.reject(new Error(e.data.error));
			else p.resolve(e.data.result);
		};
		return (this.#worker = w);
	}

	/** Starts `job`; `progress` hears its updates until it ends or is cancelled. */
	start<R>(job: GossipJob, progress?: (update: unknown) => void): JobHandle<R> {
		const id = this.#next++;
		const w = this.#get();
		let settle: (v: R | null) => void = () => {};
		const result = new Promise<R | null>((resolve, reject) => {
			settle = resolve;
			this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
		});
		let stopped = false;
		if (w) w.postMessage({ id, job });
		else {
			const ctl = hostControl(
				(u) => this.#pending.get(id)?.progress?.(u),
				() => stopped
			);
			const finish = (ok: boolean, v: unknown) => {
				const p = this.#pending.get(id);
				this.#pending.delete(id);
				if (ok) p?.resolve(v);
				else p?.reject(v as Error);
			};
			runGossipJob(job, ctl).then(
				(r) => finish(true, r),
				(e: Error) => finish(false, e)
			);
		}
		return {
			result,
			cancel: () => {
				if (!this.#pending.delete(id)) return;
				stopped = true;
				w?.postMessage({ id, cancel: true });
				settle(null);
			}
		};
	}

	/** Cancels everything and ends the worker. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		for (const p of this.#pending.values()) p.resolve(null);
		this.#pending.clear();
	}
}
