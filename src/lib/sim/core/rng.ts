import seedrandom from 'seedrandom';

/** The saved state of an Alea stream: four numbers, cheap to store in every snapshot. */
export type RngState = seedrandom.State.Alea;

/**
 * A seeded random stream (seedrandom's Alea). Every random choice of the simulation comes from one
 * of these, carried in the model state, so the same seed reproduces a run to the bit in the browser,
 * in a worker and on the command line.
 */
export class Rng {
	private readonly prng: seedrandom.StatefulPRNG<RngState>;

	private constructor(prng: seedrandom.StatefulPRNG<RngState>) {
		this.prng = prng;
	}

	/** A stream named `name` derived from the run's `seed`; different names give independent streams. */
	static stream(seed: string, name = ''): Rng {
		return new Rng(seedrandom.alea(name ? `${seed}/${name}` : seed, { state: true }));
	}

	/** A stream that continues exactly where `state` left off. */
	static fromState(state: RngState): Rng {
		return new Rng(seedrandom.alea('', { state: { ...state } }));
	}

	/** A uniform number in [0, 1). */
	next(): number {
		return this.prng();
	}

	/** A uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.prng() * n);
	}

	/** A uniform integer in [0, 2^bits) for bits up to 52, built from two draws so every bit is random. */
	bits(bits: number): number {
		if (bits <= 32) return Math.floor(this.prng() * 2 ** bits);
		const high = Math.floor(this.prng() * 2 ** (bits - 32));
		return high * 2 ** 32 + (this.prng.int32() >>> 0);
	}

	/** One element of a non-empty array, uniformly. */
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new RangeError('pick from an empty array');
		return items[this.int(items.length)];
	}

	/** Shuffles `items` in place (Fisher–Yates) and returns it. */
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			const tmp = items[i];
			items[i] = items[j];
			items[j] = tmp;
		}
		return items;
	}

	/** `k` distinct elements of `items`, in random order (partial Fisher–Yates on a copy). */
	sample<T>(items: readonly T[], k: number): T[] {
		const copy = items.slice();
		const n = Math.min(k, copy.length);
		for (let i = 0; i < n; i++) {
			const j = i + this.int(copy.length - i);
			const tmp = copy[i];
			copy[i] = copy[j];
			copy[j] = tmp;
		}
		copy.length = n;
		return copy;
	}

	/** The stream's state, to save with a snapshot. */
	state(): RngState {
		return this.prng.state();
	}

	/** An independent copy that will draw the same numbers as this stream from now on. */
	clone(): Rng {
		return Rng.fromState(this.state());
	}
}
