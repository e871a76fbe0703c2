import { runJob, type Job, type JobResults } from './jobs';

let worker: Worker | null = null;
let next = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
	if (worker || typeof Worker === 'undefined') return worker;
	worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (e: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
		const p = pending.get(e.data.id);
		pending.delete(e.data.id);
		if (e.data.error !== undefined) p?.reject(new Error(e.data.error));
		else p?.resolve(e.data.result);
	};
	return worker;
}

/**
 * Runs a statistics job in the shared Web Worker (created on first use), or on the main thread where
 * workers are unavailable. Results are structured-cloned plain data.
 */
export function inWorker<J extends Job>(job: J): Promise<JobResults[J['kind']]> {
	const w = getWorker();
	if (!w) return Promise.resolve(runJob(job) as JobResults[J['kind']]);
	const id = next++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
		w.postMessage({ id, job });
	});
}
