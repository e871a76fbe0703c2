/**
 * What a uniformly random c-out graph on N nodes looks like: each node points to c distinct others
 * chosen uniformly, the graph peer sampling tries to approximate (Jelasity et al. 2007, "Local
 * randomness" vs. the random-graph baseline). Undirected figures are for the graph with u—v when
 * u→v or v→u.
 */
export interface RandomGraphReference {
	/** Expected undirected degree k = 2c − c²/(N − 1) (an edge can be chosen from both ends). */
	readonly meanDegree: number;
	/** Expected clustering coefficient ≈ k / N. */
	readonly clustering: number;
	/**
	 * Mean shortest path length ≈ (ln N − γ)/ln k + 1/2 with γ = 0.5772 (Fronczak, Fronczak &
	 * Hołyst 2004); null when k ≤ 1, where the formula has no meaning.
	 */
	readonly pathLength: number | null;
	/** In-degree mean c and standard deviation √(c(1 − c/(N − 1))): Binomial(N − 1, c/(N − 1)). */
	readonly inDegreeMean: number;
	readonly inDegreeSd: number;
}

/** The Euler–Mascheroni constant γ of the path-length formula. */
export const EULER_GAMMA = 0.5772156649015329;

/** Reference figures of a random c-out graph on `n` nodes (n ≥ 2, 1 ≤ c ≤ n − 1). */
export function randomGraphReference(n: number, c: number): RandomGraphReference {
	if (!(n >= 2) || !(c >= 1) || c > n - 1)
		throw new RangeError(`a random c-out graph needs n ≥ 2 and 1 ≤ c ≤ n − 1, got n=${n}, c=${c}`);
	const k = 2 * c - (c * c) / (n - 1);
	const p = c / (n - 1);
	return {
		meanDegree: k,
		clustering: k / n,
		pathLength: k > 1 ? (Math.log(n) - EULER_GAMMA) / Math.log(k) + 0.5 : null,
		inDegreeMean: c,
		inDegreeSd: Math.sqrt(c * (1 - p))
	};
}
