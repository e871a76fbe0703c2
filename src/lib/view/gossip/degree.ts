/**
 * In-degree distribution of a random c-out graph among n live nodes: each other node points to a
 * given node with probability c/(n − 1), so in-degrees are Binomial(n − 1, c/(n − 1)) (Jelasity et
 * al. 2007, "Degree distribution", compare their random-graph baseline).
 */
export function binomialCounts(n: number, c: number, upTo: number): number[] {
	const trials = n - 1;
	const p = Math.min(1, c / Math.max(1, trials));
	const out: number[] = [];
	if (p >= 1) {
		for (let d = 0; d <= upTo; d++) out.push(d === trials ? n : 0);
		return out;
	}
	let pmf = Math.exp(trials * Math.log1p(-p));
	for (let d = 0; d <= upTo; d++) {
		out.push(n * pmf);
		pmf *= d < trials ? ((trials - d) / (d + 1)) * (p / (1 - p)) : 0;
	}
	return out;
}

/** A histogram folded into at most `maxBins` bins of equal width, each labelled by its lowest value. */
export function binned(
	counts: readonly number[][],
	maxBins: number
): { label: string; values: number[] }[] {
	const length = Math.max(...counts.map((c) => c.length));
	const width = Math.max(1, Math.ceil(length / maxBins));
	const out: { label: string; values: number[] }[] = [];
	for (let lo = 0; lo < length; lo += width) {
		const hi = Math.min(length - 1, lo + width - 1);
		const values = counts.map((c) => {
			let sum = 0;
			for (let d = lo; d <= hi; d++) sum += c[d] ?? 0;
			return sum;
		});
		out.push({ label: String(lo), values });
	}
	return out;
}
