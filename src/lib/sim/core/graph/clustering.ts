import type { Csr } from './csr';

/**
 * Local clustering coefficient of every node of an undirected simple graph (see `undirected`): the
 * number of edges among v's neighbours divided by the d(d − 1)/2 possible ones, 0 when d < 2
 * (Watts & Strogatz 1998; the definition Jelasity et al. 2007 use). Time Σ d(v)², no allocation per node.
 */
export function localClustering(g: Csr): Float64Array {
	const { n, offsets, targets } = g;
	const mark = new Int32Array(n).fill(-1);
	const result = new Float64Array(n);
	for (let v = 0; v < n; v++) {
		const from = offsets[v];
		const to = offsets[v + 1];
		const d = to - from;
		if (d < 2) continue;
		for (let i = from; i < to; i++) mark[targets[i]] = v;
		let links = 0;
		for (let i = from; i < to; i++) {
			const u = targets[i];
			for (let j = offsets[u]; j < offsets[u + 1]; j++) if (mark[targets[j]] === v) links++;
		}
		// Each edge among the neighbours was seen from both of its ends.
		result[v] = links / (d * (d - 1));
	}
	return result;
}

/** The clustering coefficient of the graph: the mean local coefficient over all n nodes (0 if n = 0). */
export function clusteringCoefficient(g: Csr): number {
	if (g.n === 0) return 0;
	const local = localClustering(g);
	let sum = 0;
	for (let v = 0; v < g.n; v++) sum += local[v];
	return sum / g.n;
}
