import type { Progress } from './control';
import { workerClient, type JobHandle } from './client';
import type { Job, ResultOf } from './jobs';

/**
 * One long job as a view shows it: how far it got, its result, its error, or that the user
 * cancelled it. Starting a new job cancels the one under way; nothing of a cancelled or replaced
 * job reaches the view.
 */
export class JobState<J extends Job> {
	/** Progress of the job under way, or null when none is. */
	progress = $state.raw<Progress | null>(null);
	result = $state.raw<NonNullable<ResultOf<J>> | null>(null);
	error = $state('');
	/** True when the user cancelled the last job (its notice stays until the next one starts). */
	cancelled = $state(false);
	#handle: JobHandle<ResultOf<J>> | null = null;

	/** Starts `job` in the page's worker (or shows `known`, a result already at hand). */
	run(job: J, known?: NonNullable<ResultOf<J>>): Promise<NonNullable<ResultOf<J>> | null> {
		this.#handle?.cancel();
		this.#handle = null;
		this.result = known ?? null;
		this.error = '';
		this.cancelled = false;
		this.progress = null;
		if (known) return Promise.resolve(known);
		this.progress = { done: 0, of: 1 };
		const handle = workerClient().start(job, (p) => {
			if (this.#handle === handle) this.progress = p;
		});
		this.#handle = handle;
		return handle.result.then(
			(r) => {
				if (this.#handle !== handle) return null;
				this.#handle = null;
				this.progress = null;
				if (r === null) return null;
				this.result = r as NonNullable<ResultOf<J>>;
				return this.result;
			},
			(e: Error) => {
				if (this.#handle === handle) {
					this.#handle = null;
					this.progress = null;
					this.error = e.message;
				}
				return null;
			}
		);
	}

	/** Cancels the job under way (the view keeps what it showed before, and says so). */
	cancel(): void {
		if (!this.#handle) return;
		this.#handle.cancel();
		this.#handle = null;
		this.progress = null;
		this.cancelled = true;
	}

	/** Drops the job under way without a notice (the view goes away). */
	dispose(): void {
		this.#handle?.cancel();
		this.#handle = null;
	}
}
