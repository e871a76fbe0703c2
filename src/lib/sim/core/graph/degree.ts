/** Summary of a degree sequence: the figures Jelasity et al. (2007, "Degree distribution") report. */
export interface DegreeStats {
	readonly mean: number;
	/** Population standard deviation (divides by the number of nodes, not n − 1). */
	readonly sd: number;
	readonly min: number;
	readonly max: number;
	/** `histogram[d]` = number of nodes of degree d, for d = 0..max. */
	readonly histogram: number[];
}

/** Mean, standard deviation, extremes and histogram of non-negative integer degrees (all 0 if empty). */
export function degreeStats(degrees: ArrayLike<number>): DegreeStats {
	const n = degrees.length;
	if (n === 0) return { mean: 0, sd: 0, min: 0, max: 0, histogram: [] };
	let sum = 0;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		const d = degrees[i];
		sum += d;
		if (d < min) min = d;
		if (d > max) max = d;
	}
	const mean = sum / n;
	let squares = 0;
	const histogram = new Array<number>(max + 1).fill(0);
	for (let i = 0; i < n; i++) {
		const d = degrees[i];
		squares += (d - mean) * (d - mean);
		histogram[d]++;
	}
	return { mean, sd: Math.sqrt(squares / n), min, max, histogram };
}
