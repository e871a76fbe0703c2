import { hostControl } from './control';
import { runJob, type Job } from './jobs';
import { serveMetrics, type PortLike } from './metricsPort';

/**
 * What the page sends the worker: a job to start, a job to cancel, or (to a helper worker) the
 * port on which a job worker will send it rounds to measure.
 */
export type ToWorker =
	| { readonly id: number; readonly job: Job }
	| { readonly id: number; readonly cancel: true }
	| { readonly id: number; readonly measure: PortLike };

/** What the worker sends back: progress, or the end of a job (its result and time, or its error). */
export type FromWorker =
	| { readonly id: number; readonly progress: import('./control').Progress }
	| { readonly id: number; readonly result: unknown; readonly ms: number }
	| { readonly id: number; readonly error: string };

/**
 * The buffers of typed arrays found at the top level of a result's `end` state (moved, not copied),
 * each once: a gossip state's view ids and ages are two views of one buffer, and a transfer list
 * that names a buffer twice makes `postMessage` throw.
 */
export function transferables(result: unknown): ArrayBuffer[] {
	const end = (result as { end?: Record<string, unknown> } | null)?.end;
	if (!end || typeof end !== 'object') return [];
	const buffers = new Set<ArrayBuffer>();
	for (const v of Object.values(end))
		if (ArrayBuffer.isView(v)) buffers.add(v.buffer as ArrayBuffer);
	return [...buffers];
}

/**
 * The worker's side of the one job protocol: runs each job it is sent, posts its progress, stops it
 * when cancelled (jobs give way between rounds or sizes) and posts the result with the worker time
 * it took. `post` is the worker's `postMessage` (or a test's stand-in).
 */
export function serve(
	post: (message: FromWorker, transfer?: Transferable[]) => void
): (message: ToWorker) => Promise<void> {
	const running = new Set<number>();
	const cancelled = new Set<number>();
	return async (message) => {
		const { id } = message;
		if ('measure' in message) return serveMetrics(message.measure);
		if ('cancel' in message) return void (running.has(id) && cancelled.add(id));
		running.add(id);
		const ctl = hostControl(
			(progress) => post({ id, progress }),
			() => cancelled.has(id)
		);
		const start = performance.now();
		try {
			const result = await runJob(message.job, ctl);
			if (cancelled.has(id)) return;
			post({ id, result, ms: performance.now() - start }, transferables(result));
		} catch (e) {
			post({ id, error: (e as Error).message });
		} finally {
			running.delete(id);
			cancelled.delete(id);
		}
	};
}
