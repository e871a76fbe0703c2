import type { JobControl } from './gossipJobs';

/** How long a job runs before it gives way (and reports progress), in ms. */
const SLICE_MS = 40;

/** A {@link JobControl} for a host that reports with `post` and cancels through `stopped`. */
export function hostControl(post: (update: unknown) => void, stopped: () => boolean): JobControl {
	let since = performance.now();
	return {
		progress: post,
		stopped,
		due: () => performance.now() - since > SLICE_MS,
		breathe: () =>
			new Promise<void>((resolve) =>
				setTimeout(() => {
					since = performance.now();
					resolve();
				}, 0)
			)
	};
}
