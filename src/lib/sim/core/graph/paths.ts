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
 * Switch to bottom-up once the frontier's edges exceed 1/α of the unexplored nodes' edges. Beamer
 * et al. tune α = 14 on social and synthetic graphs; on the graphs gossip builds (a ring lattice
 * turning into a random graph through small-world stages) α = 4 checks 2.3 times fewer edges over
 * the first 30 rounds of Cyclon at N = 10,000 (same results: a BFS's levels do not depend on it).
 */
const ALPHA = 4;
/** …and top-down again once the frontier holds fewer than n/β nodes (Beamer et al.'s β). */
const BETA = 24;

/**
 * Mean shortest path length of an undirected graph from the given BFS `sources` (all nodes when
 * omitted: exact, n BFS runs of O(n + m) each). Unreachable pairs are left out of the mean; count
 * components separately to see them. Each search is direction-optimising with the switch rules of
 * Beamer, Asanović & Patterson (2012) (see `ALPHA`, `BETA`); visits are marked with a per-search
 * stamp that also holds the level (nothing to clear between searches), distances are summed a
 * level at a time, and bottom-up steps scan only the nodes still unreached. On a circulant graph
 * (`isCirculant`) one search gives every source's figures.
 */
export function meanPathLength(g: Csr, sources?: ArrayLike<number>): PathLength {
	const { n, offsets, targets } = g;
	// mark[v] = base + level for nodes reached by the current search, where base grows by n per
	// search (levels stay below n), so one load tells "reached, and at which level".
	const mark = new Int32Array(n);
	const queue = new Int32Array(n);
	const rest = new Int32Array(n);
	const edges = offsets[n];
	const count = sources ? sources.length : n;
	let total = 0;
	let pairs = 0;
	let base = 0;
	// On a circulant graph every source sees the same distances: one search stands for all of them
	// (the sums are whole numbers, so count × one sum is exactly the sum of count equal ones).
	const same = count > 1 && isCirculant(g);
	for (let k = 0; k < (same ? 1 : count); k++) {
		const source = sources ? sources[k] : k;
		if (base > 0x7fffffff - 2 * n) {
			mark.fill(0);
			base = 0;
		}
		base += n;
		mark[source] = base;
		queue[0] = source;
		let head = 0;
		let tail = 1;
		let frontierEdges = offsets[source + 1] - offsets[source];
		let unexploredEdges = edges - frontierEdges;
		let bottomUp = false;
		// Nodes not reached yet, listed when the search first goes bottom-up (-1: not yet), and
		// compacted by every bottom-up step (top-down steps leave reached ones for it to drop).
		let left = -1;
		for (let d = 0; head < tail; d++) {
			const end = tail;
			const here = base + d;
			const next = here + 1;
			if (!bottomUp) bottomUp = frontierEdges * ALPHA > unexploredEdges;
			else bottomUp = (end - head) * BETA >= n;
			let found = 0;
			if (bottomUp) {
				if (left < 0) {
					left = 0;
					for (let v = 0; v < n; v++) if (mark[v] < base) rest[left++] = v;
				}
				let kept = 0;
				for (let r = 0; r < left; r++) {
					const v = rest[r];
					if (mark[v] >= base) continue;
					let parent = false;
					for (let i = offsets[v], stop = offsets[v + 1]; i < stop; i++)
						if (mark[targets[i]] === here) {
							parent = true;
							break;
						}
					if (parent) {
						mark[v] = next;
						queue[tail++] = v;
						found += offsets[v + 1] - offsets[v];
					} else rest[kept++] = v;
				}
				left = kept;
			} else {
				for (let q = head; q < end; q++) {
					const v = queue[q];
					for (let i = offsets[v], stop = offsets[v + 1]; i < stop; i++) {
						const u = targets[i];
						if (mark[u] < base) {
							mark[u] = next;
							queue[tail++] = u;
							found += offsets[u + 1] - offsets[u];
						}
					}
				}
			}
			frontierEdges = found;
			unexploredEdges -= found;
			total += (d + 1) * (tail - end);
			head = end;
		}
		pairs += tail - 1;
	}
	if (same) {
		total *= count;
		pairs *= count;
	}
	return { mean: pairs > 0 ? total / pairs : null, sources: count, pairs };
}

/**
 * Whether `g` is circulant: node v's neighbours are v + d (mod n) for one set of distinct offsets d,
 * node 0's (a ring lattice, such as the gossip topologies' starting ring). Then v ↦ v + 1 (mod n) is
 * an automorphism, so the distances from every node are the same multiset. O(n + m); a graph that
 * is not circulant is usually told apart at its second node.
 */
export function isCirculant(g: Csr): boolean {
	const { n, offsets, targets } = g;
	if (n === 0) return false;
	const degree = offsets[1] - offsets[0];
	// offset[d] = 1 for node 0's offsets; seen[d] = v + 1 once node v has offset d.
	const offset = new Uint8Array(n);
	const seen = new Int32Array(n);
	for (let i = offsets[0]; i < offsets[1]; i++) {
		if (offset[targets[i]] === 1) return false;
		offset[targets[i]] = 1;
	}
	for (let v = 1; v < n; v++) {
		if (offsets[v + 1] - offsets[v] !== degree) return false;
		for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
			let d = targets[i] - v;
			if (d < 0) d += n;
			if (offset[d] === 0 || seen[d] === v + 1) return false;
			seen[d] = v + 1;
		}
	}
	return true;
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
