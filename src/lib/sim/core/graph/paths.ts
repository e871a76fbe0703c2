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

/** Sources searched together, one bit lane each of an Int32 mask (Then et al. 2014's batch). */
const LANES = 32;
/**
 * A level is searched top-down (frontier nodes push their lanes to their neighbours) while the
 * frontier's edges are fewer than 1/PUSH of all edges, bottom-up (each node not yet reached in every
 * lane pulls from its neighbours, stopping once it has every lane it lacks) after that.
 */
const PUSH = 4;

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Mean shortest path length of an undirected graph from the given BFS `sources` (all nodes when
 * omitted: exact, n searches). Unreachable pairs are left out of the mean; count components
 * separately to see them. The searches run 32 at a time as one multi-source BFS ("MS-BFS", Then,
 * Kaufmann, Chirigati et al. 2014): each node holds a bit per search for "reached" and for "in the
 * frontier", so one pass over an edge serves all 32 searches, and each level goes top-down or
 * bottom-up by the size of its frontier (Beamer, Asanović & Patterson 2012). Distances are exact
 * integers summed per level, so the mean is the same number a BFS per source gives. On a circulant
 * graph (`isCirculant`) one search gives every source's figures.
 */
export function meanPathLength(g: Csr, sources?: ArrayLike<number>): PathLength {
	const { n, offsets } = g;
	const edges = offsets[n];
	const count = sources ? sources.length : n;
	const b: Batch = {
		seen: new Int32Array(n),
		frontier: new Int32Array(n),
		next: new Int32Array(n),
		active: new Int32Array(n),
		reached: new Int32Array(n),
		total: 0,
		pairs: 0,
		edgesFound: 0
	};
	// On a circulant graph every source sees the same distances: one search stands for all of them
	// (the sums are whole numbers, so count × one sum is exactly the sum of count equal ones).
	const same = count > 1 && isCirculant(g);
	const searched = same ? 1 : count;
	for (let first = 0; first < searched; first += LANES) {
		const lanes = Math.min(LANES, searched - first);
		const all = lanes === LANES ? -1 : (1 << lanes) - 1;
		b.seen.fill(0);
		let act = 0;
		let frontierEdges = 0;
		for (let lane = 0; lane < lanes; lane++) {
			const s = sources ? sources[first + lane] : first + lane;
			if (b.frontier[s] === 0) {
				b.active[act++] = s;
				frontierEdges += offsets[s + 1] - offsets[s];
			}
			b.seen[s] |= 1 << lane;
			b.frontier[s] |= 1 << lane;
		}
		for (let d = 1; act > 0; d++) {
			b.edgesFound = 0;
			const found =
				frontierEdges * PUSH < edges ? pushLevel(g, b, act, d) : pullLevel(g, b, all, d);
			const { frontier, active } = b;
			for (let k = 0; k < act; k++) frontier[active[k]] = 0;
			b.frontier = b.next;
			b.next = frontier;
			b.active = b.reached;
			b.reached = active;
			act = found;
			frontierEdges = b.edgesFound;
		}
	}
	let { total, pairs } = b;
	if (same) {
		total *= count;
		pairs *= count;
	}
	return { mean: pairs > 0 ? total / pairs : null, sources: count, pairs };
}

/**
 * One batch of the multi-source BFS: the lanes each node has been reached in (`seen`) and is in the
 * frontier of (`frontier`, its nodes listed in `active`), the next frontier being built (`next`,
 * its nodes into `reached`), and the sums so far. Each level is a function of its own, so V8
 * optimises it once with its whole type feedback, rather than compiling it mid-loop inside one
 * large function and discarding that code at the loop's end (which made a process's first two
 * measurements several times slower than the third).
 */
interface Batch {
	seen: Int32Array;
	frontier: Int32Array;
	next: Int32Array;
	active: Int32Array;
	reached: Int32Array;
	/** Sum of the distances found, over all lanes. */
	total: number;
	/** Number of (source, node) pairs found. */
	pairs: number;
	/** Edges of the nodes found in the last level (the next frontier's). */
	edgesFound: number;
}

/** A top-down level: the frontier's nodes push their lanes to their neighbours; returns the new frontier's size. */
function pushLevel(g: Csr, b: Batch, act: number, d: number): number {
	const { offsets, targets } = g;
	const { seen, frontier, next, active, reached } = b;
	let touched = 0;
	for (let k = 0; k < act; k++) {
		const v = active[k];
		const f = frontier[v];
		for (let i = offsets[v], stop = offsets[v + 1]; i < stop; i++) {
			const u = targets[i];
			if ((f & ~seen[u]) === 0) continue;
			if (next[u] === 0) reached[touched++] = u;
			next[u] |= f;
		}
	}
	for (let k = 0; k < touched; k++) {
		const u = reached[k];
		arrive(g, b, u, next[u] & ~seen[u], d);
	}
	return touched;
}

/**
 * A bottom-up level: each node not yet reached in every lane pulls from its neighbours, stopping
 * once it has every lane it lacks; returns the new frontier's size.
 */
function pullLevel(g: Csr, b: Batch, all: number, d: number): number {
	const { n, offsets, targets } = g;
	const { seen, frontier, reached } = b;
	let found = 0;
	for (let u = 0; u < n; u++) {
		const want = all & ~seen[u];
		if (want === 0) continue;
		let got = 0;
		for (let i = offsets[u], stop = offsets[u + 1]; i < stop; i++) {
			got |= frontier[targets[i]];
			if ((got & want) === want) break;
		}
		const fresh = got & want;
		if (fresh === 0) continue;
		reached[found++] = u;
		arrive(g, b, u, fresh, d);
	}
	return found;
}

/** Node `u` is reached at distance `d` in the lanes `fresh`: it joins their next frontier, counted. */
function arrive(g: Csr, b: Batch, u: number, fresh: number, d: number): void {
	b.next[u] = fresh;
	b.seen[u] |= fresh;
	const c = popcount(fresh);
	b.total += d * c;
	b.pairs += c;
	b.edgesFound += g.offsets[u + 1] - g.offsets[u];
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
