import { Tween } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';
import { blendLens, IDENTITY, sameLens, type CircleLens } from './circleLens';

/**
 * A lens that glides to each new target (the ring zooms in as a message nears its key) and jumps
 * when the duration is 0 (a seek, reduced motion), so the settled picture depends only on the
 * target, never on the lenses shown before it.
 */
export class LensMotion {
	#from = $state.raw<CircleLens>(IDENTITY);
	#to = $state.raw<CircleLens>(IDENTITY);
	#t = new Tween(1, { easing: cubicInOut });

	/** The lens being glided to. */
	get target(): CircleLens {
		return this.#to;
	}

	/** The lens of the frame on screen. */
	readonly current = $derived(blendLens(this.#from, this.#to, this.#t.current));

	/** Glides to `lens` over `ms` milliseconds (at once when ms is 0). */
	set(lens: CircleLens, ms: number): void {
		if (sameLens(lens, this.#to)) {
			if (ms <= 0 && this.#t.current < 1) void this.#t.set(1, { duration: 0 });
			return;
		}
		this.#from = ms > 0 ? blendLens(this.#from, this.#to, this.#t.current) : lens;
		this.#to = lens;
		void this.#t.set(0, { duration: 0 });
		void this.#t.set(1, { duration: Math.max(0, ms) });
	}
}
