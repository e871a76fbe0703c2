import seedrandom from 'seedrandom';

/** The saved state of an Alea stream: four numbers, cheap to store in every snapshot. */
export type RngState = seedrandom.State.Alea;

/**
 * A seeded random stream (seedrandom's Alea). Every random choice of the simulation comes from one
 * of these, carried in the model state, so the same seed reproduces a run to the bit in the browser,
 * in a worker and on the command line.
 */
export class Rng {
	// Alea's state (c, s0, s1, s2), stepped here with seedrandom's own arithmetic (lib/alea.js,
	// `next`): the same numbers without a closure call into another object per draw. A typed array,
	// not four fields: a class field starts out undefined, and a field that has held undefined
	// stores each new double in a fresh heap box (a garbage-collected allocation per draw).
	private readonly a: Float64Array;

	private constructor(state: RngState) {
		this.a = Float64Array.of(state.c, state.s0, state.s1, state.s2);
	}

	/** A stream named `name` derived from the run's `seed`; different names give independent streams. */
	static stream(seed: string, name = ''): Rng {
		return new Rng(seedrandom.alea(name ? `${seed}/${name}` : seed, { state: true }).state());
	}

	/** A stream that continues exactly where `state` left off. */
	static fromState(state: RngState): Rng {
		return new Rng(state);
	}

	/** A uniform number in [0, 1). */
	next(): number {
		const a = this.a;
		const t = 2091639 * a[1] + a[0] * 2.3283064365386963e-10; // 2^-32
		a[1] = a[2];
		a[2] = a[3];
		const c = t | 0;
		a[0] = c;
		return (a[3] = t - c);
	}

	/** A uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** A uniform integer in [0, 2^bits) for bits up to 52, built from two draws so every bit is random. */
	bits(bits: number): number {
		if (bits <= 32) return Math.floor(this.next() * 2 ** bits);
		const high = Math.floor(this.next() * 2 ** (bits - 32));
		// seedrandom's int32: (next() * 2^32) | 0.
		return high * 2 ** 32 + (((this.next() * 0x100000000) | 0) >>> 0);
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

	/**
	 * Fisher–Yates over positions [from, to) of the parallel arrays `ids`/`ages`, stopped after the
	 * first `count` positions, which then hold a uniform sample in random order; the sample is also
	 * copied to `outIds`/`outAges` from position `at`. The draws are `int(to − a)` for a = from,
	 * from + 1, …, with the state stepped in local variables (as `next` steps it: the same numbers)
	 * and stored once at the end. A Cyclon round, which samples twice an exchange, takes about a
	 * tenth less time than with a call of `int` per draw.
	 */
	samplePrefix(
		ids: Int32Array,
		ages: Int32Array,
		from: number,
		to: number,
		count: number,
		outIds: Int32Array,
		outAges: Int32Array,
		at: number
	): void {
		const st = this.a;
		let c = st[0];
		let s0 = st[1];
		let s1 = st[2];
		let s2 = st[3];
		for (let a = from, end = from + count, o = at - from; a < end; a++) {
			const t = 2091639 * s0 + c * 2.3283064365386963e-10; // 2^-32
			s0 = s1;
			s1 = s2;
			c = t | 0;
			s2 = t - c;
			const b = a + Math.floor(s2 * (to - a));
			const id = ids[b];
			const age = ages[b];
			ids[b] = ids[a];
			ages[b] = ages[a];
			ids[a] = id;
			ages[a] = age;
			outIds[a + o] = id;
			outAges[a + o] = age;
		}
		st[0] = c;
		st[1] = s0;
		st[2] = s1;
		st[3] = s2;
	}

	/** The stream's state, to save with a snapshot. */
	state(): RngState {
		const a = this.a;
		return { c: a[0], s0: a[1], s1: a[2], s2: a[3] };
	}

	/** An independent copy that will draw the same numbers as this stream from now on. */
	clone(): Rng {
		return Rng.fromState(this.state());
	}
}
