/** How a long job tells its host how far it got: `done` of `of` units, with optional partial data. */
export interface Progress {
	readonly done: number;
	readonly of: number;
	/** Partial results the host may show early (points of a series, one preset's run…). */
	readonly data?: unknown;
}

/** How a job talks to its host (a worker's message loop, or the page where there is no worker). */
export interface JobControl {
	progress(update: Progress): void;
	/** True once the host has cancelled the job. */
	stopped(): boolean;
	/** True when the job has run long enough since it last gave way. */
	due(): boolean;
	/** Gives way to the host's event loop (so a cancel message can arrive). */
	breathe(): Promise<void>;
}

/** How long a job runs before it gives way (and reports progress), in ms. */
const SLICE_MS = 40;

/** A {@link JobControl} for a host that reports with `post` and cancels through `stopped`. */
export function hostControl(post: (update: Progress) => void, stopped: () => boolean): JobControl {
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

/**
 * Reports progress and gives way when due; true when the host has cancelled (the job should stop).
 * The one place a job's loop checks in, so every job reports and cancels alike.
 */
export async function checkIn(ctl: JobControl, update: () => Progress): Promise<boolean> {
	if (!ctl.due()) return false;
	ctl.progress(update());
	await ctl.breathe();
	return ctl.stopped();
}
