/// <reference lib="webworker" />
import { hostControl } from './gossipControl';
import { runGossipJob, type GossipJob } from './gossipJobs';

/**
 * The gossip worker: runs replays, long runs and comparisons off the main thread, reporting
 * progress, and stops a job when the page cancels it (jobs give way between rounds).
 */
const cancelled = new Set<number>();

self.onmessage = async (event: MessageEvent<{ id: number; job?: GossipJob; cancel?: true }>) => {
	const { id, job, cancel } = event.data;
	if (cancel) return void cancelled.add(id);
	if (!job) return;
	const ctl = hostControl(
		(progress) => self.postMessage({ id, progress }),
		() => cancelled.has(id)
	);
	try {
		const result = await runGossipJob(job, ctl);
		if (cancelled.has(id)) return;
		const end = (result as { end?: Record<string, unknown> } | null)?.end;
		const transfer = end
			? Object.values(end).flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer as ArrayBuffer] : []))
			: [];
		self.postMessage({ id, result }, { transfer });
	} catch (e) {
		self.postMessage({ id, error: (e as Error).message });
	} finally {
		cancelled.delete(id);
	}
};
