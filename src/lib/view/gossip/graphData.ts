import { DEAD, LIVE, viewStride, type GossipState } from '$lib/sim/gossip';

/**
 * The who-knows-who graph as the drawing needs it: live nodes, directed view edges among them, and
 * the dead links (view entries of live nodes that name failed nodes) with the failed nodes they
 * point to ("ghosts"). Above `maxNodes` live nodes only a fixed sample is drawn.
 */
export interface GraphData {
	/** nodeIds drawn, ascending. */
	readonly nodes: Int32Array;
	/** Directed edges as (from, to) pairs of drawn live nodes. */
	readonly edges: Int32Array;
	/** Dead links as (from, to) pairs: a drawn live node's entry for a failed node. */
	readonly dead: Int32Array;
	/** Failed nodes that some drawn view still names. */
	readonly ghosts: Int32Array;
	/** Live nodes in the overlay (all of them, drawn or not). */
	readonly live: number;
	/** True when `nodes` is a sample of the live nodes. */
	readonly sampled: boolean;
}

/** Above this many live nodes the graph is drawn from a sample. */
export const DRAW_ALL_UP_TO = 2000;
/** About how many nodes a sample holds. */
export const SAMPLE_SIZE = 400;

/** A fixed pseudo-random number in [0, 1) for a nodeId, so a sample keeps the same nodes each round. */
export function nodeHash(v: number): number {
	let h = Math.imul(v ^ 0x9e3779b9, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return (h >>> 0) / 2 ** 32;
}

/** The drawable graph of `s`. */
export function graphData(
	s: Readonly<GossipState>,
	maxNodes = DRAW_ALL_UP_TO,
	sampleSize = SAMPLE_SIZE
): GraphData {
	const sampled = s.live > maxNodes;
	const keep = sampleSize / s.live;
	const drawn = new Uint8Array(s.size);
	const nodes: number[] = [];
	for (let v = 0; v < s.size; v++)
		if (s.status[v] === LIVE && (!sampled || nodeHash(v) < keep)) {
			drawn[v] = 1;
			nodes.push(v);
		}
	const c = s.params.viewSize;
	const edges: number[] = [];
	const dead: number[] = [];
	const ghost = new Uint8Array(s.size);
	for (const v of nodes)
		for (let i = v * viewStride(c), end = i + s.viewLength[v]; i < end; i++) {
			const u = s.viewIds[i];
			if (drawn[u]) edges.push(v, u);
			else if (s.status[u] === DEAD) {
				dead.push(v, u);
				ghost[u] = 1;
			}
		}
	const ghosts: number[] = [];
	for (let v = 0; v < s.size; v++) if (ghost[v]) ghosts.push(v);
	return {
		nodes: Int32Array.from(nodes),
		edges: Int32Array.from(edges),
		dead: Int32Array.from(dead),
		ghosts: Int32Array.from(ghosts),
		live: s.live,
		sampled
	};
}

/** Each pair of nodes linked in either direction, once, as (u, v) with u < v. */
export function undirectedPairs(edges: Int32Array): Int32Array {
	const seen = new Set<number>();
	const out: number[] = [];
	for (let i = 0; i < edges.length; i += 2) {
		const a = Math.min(edges[i], edges[i + 1]);
		const b = Math.max(edges[i], edges[i + 1]);
		const key = a * 2 ** 26 + b;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(a, b);
	}
	return Int32Array.from(out);
}
