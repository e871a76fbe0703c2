import type { Rng } from '../rng';
import type { Csr } from './csr';

/** Mean shortest path length, and what it was measured on. */
export interface PathLength {
	/** Mean hop distance over the (source, target ≠ source) pairs that are connected; null if none. */
	readonly mean: number | null;
	/** How many BFS sources were used (n when exact). */
	readonly sources: number;
	/** How many connected ordered pairs the mean is over. */
	readonly pairs: number;
}

/**
 * Breadth-first search from `source` over an undirected graph: fills `dist` (length n) with hop
 * counts, -1 where unreachable, and `queue` (length n) with the nodes reached in BFS order.
 * Returns the number of nodes reached, the source included. Direction-optimising (Beamer,
 * Asanović & Patterson 2012): once the frontier holds more than n/16 nodes, each unvisited node
 * looks for a parent in the frontier instead, which on small-world graphs skips most edges.
 */
export function bfs(g: Csr, source: number, dist: Int32Array, queue: Int32Array): number {
	const { n, offsets, targets } = g;
	dist.fill(-1);
	dist[source] = 0;
	queue[0] = source;
	let head = 0;
	let tail = 1;
	for (let level = 0; head < tail; level++) {
		const end = tail;
		const next = level + 1;
		if ((end - head) * 16 > n) {
			for (let v = 0; v < n; v++) {
				if (dist[v] >= 0) continue;
				for (let i = offsets[v]; i < offsets[v + 1]; i++)
					if (dist[targets[i]] === level) {
						dist[v] = next;
						queue[tail++] = v;
						break;
					}
			}
		} else {
			for (let q = head; q < end; q++) {
				const v = queue[q];
				for (let i = offsets[v]; i < offsets[v + 1]; i++) {
					const u = targets[i];
					if (dist[u] < 0) {
						dist[u] = next;
						queue[tail++] = u;
					}
				}
			}
		}
		head = end;
	}
	return tail;
}

/**
 * Mean shortest path length of an undirected graph from the given BFS `sources` (all nodes when
 * omitted: exact, n BFS runs of O(n + m) each). Unreachable pairs are left out of the mean; count
 * components separately to see them.
 */
export function meanPathLength(g: Csr, sources?: ArrayLike<number>): PathLength {
	const n = g.n;
	const dist = new Int32Array(n);
	const queue = new Int32Array(n);
	const count = sources ? sources.length : n;
	let total = 0;
	let pairs = 0;
	for (let k = 0; k < count; k++) {
		const s = sources ? sources[k] : k;
		const reached = bfs(g, s, dist, queue);
		for (let i = 1; i < reached; i++) total += dist[queue[i]];
		pairs += reached - 1;
	}
	return { mean: pairs > 0 ? total / pairs : null, sources: count, pairs };
}

/**
 * BFS sources for {@link meanPathLength}: every node when n ≤ `count` (exact), otherwise `count`
 * distinct nodes drawn uniformly from `rng`, in ascending order.
 */
export function pathSources(n: number, count: number, rng: Rng): Int32Array {
	if (n <= count) return Int32Array.from({ length: n }, (_, i) => i);
	const pool = Int32Array.from({ length: n }, (_, i) => i);
	for (let i = 0; i < count; i++) {
		const j = i + rng.int(n - i);
		const tmp = pool[i];
		pool[i] = pool[j];
		pool[j] = tmp;
	}
	return pool.slice(0, count).sort();
}
