import { pastryStatistics, type PastryStats, type PastryStatsOptions } from './stats';

/** A point of the "mean hops against N" chart. */
export interface HopsPoint {
	readonly nodes: number;
	readonly meanHops: number;
	/** log_{2^b} N, the paper's reference curve (§2.2: ⌈log_{2^b} N⌉ hops). */
	readonly logN: number;
	readonly hopHistogram: number[];
	readonly meanTableEntries: number;
}

/**
 * Mean hops and hop histograms for several network sizes (Fig. 4 and 5 of the paper), each built
 * converged with {@link pastryStatistics}. In a browser, N up to a few thousand and 10^4 lookups take
 * tens of milliseconds per point.
 */
export function hopsAgainstN(
	sizes: readonly number[],
	options: Omit<PastryStatsOptions, 'nodes'>
): HopsPoint[] {
	const b = options.b ?? 4;
	return sizes.map((nodes) => {
		const r: PastryStats = pastryStatistics({ ...options, nodes });
		return {
			nodes,
			meanHops: r.meanHops,
			logN: Math.log(nodes) / Math.log(2 ** b),
			hopHistogram: r.hopHistogram,
			meanTableEntries: r.meanTableEntries
		};
	});
}
