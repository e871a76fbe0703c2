import type { Dissemination, StopRule } from './types';

/** What the theory says about the rounds an epidemic takes to reach N nodes with fanout f. */
export interface TheoryRounds {
	/** The formula, as the papers state it. */
	readonly formula: string;
	/** Its explicit terms at this N and f (the O(·) term left out). */
	readonly rounds: number;
}

/**
 * The rounds to inform all N nodes by infect-forever with fanout f:
 * - push: log_{1+f} N + (1/f) ln N (Pittel 1987: log2 N + ln N for f = 1): the informed grow by a
 *   factor 1 + f per round, then the uninformed shrink by e^{−f} per round;
 * - pull: log_{1+f} N + O(log log N): the same start, then the uninformed share squares (f = 1);
 * - push-pull: log_{1+2f} N + O(log log N) (Karp et al. 2000: log3 N + O(log log N) for f = 1).
 */
export function theoryRounds(protocol: Dissemination, n: number, fanout: number): TheoryRounds {
	const log = (base: number) => Math.log(n) / Math.log(base);
	switch (protocol) {
		case 'push':
			return {
				formula: fanout === 1 ? 'log2 N + ln N' : `log${1 + fanout} N + ln N / ${fanout}`,
				rounds: log(1 + fanout) + Math.log(n) / fanout
			};
		case 'pull':
			return { formula: `log${1 + fanout} N + O(log log N)`, rounds: log(1 + fanout) };
		case 'pushpull':
			return { formula: `log${1 + 2 * fanout} N + O(log log N)`, rounds: log(1 + 2 * fanout) };
	}
}

/**
 * The expected epidemic in the mean-field limit, as informed node counts after each round (round 0:
 * the source alone), for `n` live nodes of which a share `dead` of every view points to failed nodes:
 * an uninformed node escapes a round's pushes with probability e^{−f(1−dead)·a} and its f pulls with
 * probability (1 − (1−dead)·a)^f, a being the share of nodes spreading. Infect-forever spreads from
 * every informed node; infect-and-die only from those informed in the round before. The curve ends
 * when fewer than half a node is expected uninformed, when nothing spreads any more, or at `limit`.
 * The counter and coin rules have no such closed recurrence: null.
 */
export function meanFieldCurve(
	protocol: Dissemination,
	stop: StopRule,
	n: number,
	fanout: number,
	dead = 0,
	limit = 1000
): number[] | null {
	if (stop === 'counter' || stop === 'coin') return null;
	const hit = 1 - dead;
	let uninformed = 1 - 1 / n;
	let spreading = 1 / n;
	const curve = [1];
	for (let t = 1; t <= limit && uninformed * n >= 0.5 && spreading * n >= 1e-3; t++) {
		const a = stop === 'forever' ? 1 - uninformed : spreading;
		let escape = 1;
		if (protocol !== 'pull') escape *= Math.exp(-fanout * hit * a);
		if (protocol !== 'push') escape *= (1 - hit * a) ** fanout;
		const next = uninformed * escape;
		spreading = uninformed - next;
		uninformed = next;
		curve.push(n * (1 - uninformed));
	}
	return curve;
}

/**
 * The largest gap between a measured curve and the theory's, as a share of `n`, over the rounds of
 * the longer one (a finished curve stays at its last value).
 */
export function curveGap(
	measured: readonly number[],
	theory: readonly number[],
	n: number
): number {
	const len = Math.max(measured.length, theory.length);
	let gap = 0;
	for (let t = 0; t < len; t++) {
		const m = measured[Math.min(t, measured.length - 1)];
		const e = theory[Math.min(t, theory.length - 1)];
		gap = Math.max(gap, Math.abs(m - e) / n);
	}
	return gap;
}

/** The first round at which `curve` reaches half of `n`, or null when it never does. */
export function halfRound(curve: readonly number[], n: number): number | null {
	const t = curve.findIndex((x) => x >= n / 2);
	return t < 0 ? null : t;
}

/** The (fractional) time at which `curve` reaches half of `n`, by linear interpolation. */
function halfTime(curve: readonly number[], n: number): number | null {
	const t = halfRound(curve, n);
	if (t === null) return null;
	if (t === 0) return 0;
	const a = curve[t - 1];
	return t - 1 + (n / 2 - a) / (curve[t] - a);
}

/** `curve` at the fractional round `t` (linear between rounds, held at both ends). */
function at(curve: readonly number[], t: number): number {
	if (t <= 0) return curve[0];
	if (t >= curve.length - 1) return curve[curve.length - 1];
	const i = Math.floor(t);
	return curve[i] + (t - i) * (curve[i + 1] - curve[i]);
}

/**
 * {@link curveGap} after shifting the theory's curve in time so that both reach half of `n` at the
 * same moment: the gap in shape, once the random delay of the first rounds (a single source's first
 * contacts) is taken out. Null when either curve never reaches half.
 */
export function alignedCurveGap(
	measured: readonly number[],
	theory: readonly number[],
	n: number
): number | null {
	const a = halfTime(measured, n);
	const b = halfTime(theory, n);
	if (a === null || b === null) return null;
	const shift = a - b;
	const len = Math.max(measured.length, Math.ceil(theory.length + shift));
	let gap = 0;
	for (let t = 0; t < len; t++) {
		const m = measured[Math.min(t, measured.length - 1)];
		gap = Math.max(gap, Math.abs(m - at(theory, t - shift)) / n);
	}
	return gap;
}
