import type { Rng } from '../core';
import type { Popularity } from './types';

/**
 * Each object's share of the queries, q_i (summing to 1). Lv et al. 2002 (§2.4, "query
 * distribution") study two: `uniform`, every object equally popular, and a Zipf-like distribution,
 * q_i ∝ 1/i^α for the object of popularity rank i (here object index i − 1, so object 0 is the
 * most asked for). α = 0 is uniform; the larger α, the more the queries crowd on the first objects.
 */
export function queryRates(objects: number, popularity: Popularity, alpha: number): Float64Array {
	const q = new Float64Array(objects);
	let sum = 0;
	for (let i = 0; i < objects; i++) sum += q[i] = popularity === 'zipf' ? (i + 1) ** -alpha : 1;
	for (let i = 0; i < objects; i++) q[i] /= sum;
	return q;
}

/** The running sums of the rates, the last one exactly 1: what {@link drawRanked} searches. */
export function cumulative(rates: Float64Array): Float64Array {
	const cdf = new Float64Array(rates.length);
	let sum = 0;
	for (let i = 0; i < rates.length; i++) cdf[i] = sum += rates[i];
	cdf[rates.length - 1] = 1;
	return cdf;
}

/** An object index drawn with probability q_i: one uniform draw, found by bisection in the sums. */
export function drawRanked(cdf: Float64Array, rng: Rng): number {
	const u = rng.next();
	let lo = 0;
	let hi = cdf.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cdf[mid] > u) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}
