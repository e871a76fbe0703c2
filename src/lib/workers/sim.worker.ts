/// <reference lib="webworker" />
import { runJob, type Job } from './jobs';

/** Runs the statistics jobs the charts ask for, so the page stays responsive. */
self.onmessage = (event: MessageEvent<{ id: number; job: Job }>) => {
	const { id, job } = event.data;
	try {
		self.postMessage({ id, result: runJob(job) });
	} catch (e) {
		self.postMessage({ id, error: (e as Error).message });
	}
};
