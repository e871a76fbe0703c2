import type { AllocationComparison } from '../lib/sim/search';
import type { CommandOutput } from './output';

/** Six decimals, as every search figure prints in JSON. */
export const round6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
/** A rate as a percentage with two decimals, or n/a. */
export const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(2)}%`);
/** A number with `d` decimals, or n/a. */
export const num = (x: number | null, d: number) => (x === null ? 'n/a' : x.toFixed(d));

/**
 * `sim search --allocation all`: the three allocations of the replica budget on the same overlay
 * and queries (Cohen & Shenker 2002), one row each with success, mean messages, mean hops, the
 * copies of the most and least popular object, and the expected search size N·Σ q_i/r_i that the
 * theory predicts for random probing. `setting` is what the figures were measured on.
 */
export function allocationsOutput(
	c: AllocationComparison,
	setting: Record<string, unknown>,
	header: readonly string[]
): CommandOutput {
	const json = {
		allocations: c.allocations.map((a) => ({
			allocation: a.allocation,
			successRate: round6(a.successRate),
			meanMessages: round6(a.meanMessages),
			meanHops: round6(a.meanHops),
			maxMessages: a.maxMessages,
			mostPopularCopies: a.mostPopularCopies,
			leastPopularCopies: a.leastPopularCopies,
			expectedSearchSize: round6(a.expectedSearchSize)
		})),
		...setting
	};
	const rows = c.allocations.map(
		(a) =>
			`${a.allocation.padEnd(12)} ${pct(a.successRate).padStart(8)} ${num(a.meanMessages, 1).padStart(9)} ${num(a.meanHops, 2).padStart(7)} ${`${a.mostPopularCopies} / ${a.leastPopularCopies}`.padStart(13)} ${a.expectedSearchSize.toFixed(1).padStart(9)}`
	);
	const text = [
		...header,
		`${'allocation'.padEnd(12)} ${'success'.padStart(8)} ${'messages'.padStart(9)} ${'hops'.padStart(7)} ${'copies 1st/last'.padStart(13)} ${'ESS'.padStart(9)}`,
		...rows
	].join('\n');
	return { json, text };
}
