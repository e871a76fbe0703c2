import type { Allocation } from './types';

/** The weight each allocation gives an object of query rate q: r_i ∝ 1, q_i or √q_i. */
function weight(allocation: Allocation, q: number): number {
	return allocation === 'uniform' ? 1 : allocation === 'proportional' ? q : Math.sqrt(q);
}

/**
 * How many copies each object gets out of a budget of `total` replicas (Cohen & Shenker 2002, §3;
 * Lv et al. 2002, §5): `uniform` gives every object the same number, `proportional` a number
 * proportional to its query rate q_i, `square-root` one proportional to √q_i, the allocation that
 * minimises the expected search size. Every object keeps at least one copy and at most one per node
 * (Cohen & Shenker's bounds 1 ≤ r_i ≤ N): the shares are clamp(λ·w_i, 1, N) for the one λ that
 * spends the whole budget (found by bisection), so what the bounds free is shared among the others
 * in the same proportions. The real shares are then rounded by largest remainder (ties to the more
 * popular object), so the counts sum to `total` exactly. Needs objects ≤ total ≤ objects · nodes.
 */
export function replicaCounts(
	rates: Float64Array,
	allocation: Allocation,
	total: number,
	nodes: number
): Int32Array {
	const m = rates.length;
	const w = Float64Array.from(rates, (q) => weight(allocation, q));
	const spent = (lambda: number) => {
		let sum = 0;
		for (let i = 0; i < m; i++) sum += Math.min(nodes, Math.max(1, lambda * w[i]));
		return sum;
	};
	let lo = 0;
	let hi = nodes / Math.min(...w);
	for (let k = 0; k < 200 && lo < hi; k++) {
		const mid = (lo + hi) / 2;
		if (mid === lo || mid === hi) break;
		if (spent(mid) < total) lo = mid;
		else hi = mid;
	}
	const share = Float64Array.from(w, (x) => Math.min(nodes, Math.max(1, hi * x)));
	const counts = new Int32Array(m);
	let left = total;
	for (let i = 0; i < m; i++) left -= counts[i] = Math.floor(share[i] + 1e-9);
	const order = Array.from({ length: m }, (_, i) => i).sort(
		(a, b) => share[b] - counts[b] - (share[a] - counts[a]) || a - b
	);
	for (let k = 0; left > 0 && k < 2 * m; k++) {
		const i = order[k % m];
		if (counts[i] < nodes) {
			counts[i]++;
			left--;
		}
	}
	// Rounding noise could leave one unit too many: take it back from the smallest remainder.
	for (let k = m - 1; left < 0 && k >= 0; k--)
		if (counts[order[k]] > 1) {
			counts[order[k]]--;
			left++;
		}
	return counts;
}

/**
 * The expected search size of an allocation (Cohen & Shenker 2002, §2): a search that probes
 * uniformly random nodes finds object i after N / r_i probes on average, so over the queries
 * ESS = N · Σ q_i / r_i. Uniform and proportional allocations both give N·m / total; square-root
 * gives N·(Σ √q_i)² / total, the least possible.
 */
export function expectedSearchSize(rates: Float64Array, counts: Int32Array, nodes: number): number {
	let s = 0;
	for (let i = 0; i < rates.length; i++) s += rates[i] / counts[i];
	return nodes * s;
}
