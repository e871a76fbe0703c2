import {
	clusteringCoefficient,
	componentCount,
	degreeStats,
	meanPathLength,
	pathSources,
	undirected,
	type Csr,
	type DegreeStats
} from '../core/graph';
import { Rng } from '../core';
import { gridWidth } from './distance';
import type { GossipState } from './types';
import { DEAD, LIVE } from './types';

/** The figures of one round, over the live nodes (Jelasity et al. 2007, "Global randomness"). */
export interface GossipMetrics {
	/** Completed rounds when measured. */
	readonly round: number;
	readonly live: number;
	/** In-degree in the directed who-knows-who graph among live nodes. */
	readonly inDegree: DegreeStats;
	/** Clustering coefficient of the undirected graph (null when skipped). */
	readonly clustering: number | null;
	/** Mean shortest path length over connected pairs, from `pathLengthSources` BFS sources. */
	readonly pathLength: number | null;
	readonly pathLengthSources: number;
	/** Connected components of the undirected graph, and the largest one's size. */
	readonly components: number;
	readonly largestComponent: number;
	/** Fraction of the live nodes' view entries that point to dead nodes. */
	readonly deadLinks: number;
	/** Fraction of the target's (node, neighbour) pairs present in the node's view; null without target. */
	readonly targetEdgesFound: number | null;
}

/** What to measure; the expensive parts can be switched off for cheap per-round charts. */
export interface MetricsOptions {
	/** BFS sources for the path length: exact when live ≤ this (default 100); 0 skips it. */
	readonly pathSources?: number;
	/** Measure the clustering coefficient (default true); it costs Σ degree² per round. */
	readonly clustering?: boolean;
}

/**
 * What the metrics read of a state: a `GossipState` is one, and so is a lighter copy of these
 * fields (what the command line sends to a worker thread).
 */
export type MetricsInput = Pick<
	GossipState,
	'params' | 'seed' | 'size' | 'live' | 'round' | 'status' | 'viewIds' | 'viewLength'
>;

/** The fields of `s` the metrics read, copied (the arrays trimmed to the allocated nodes). */
export function metricsInput(s: Readonly<GossipState>): MetricsInput {
	const { params, seed, size, live, round } = s;
	return {
		params,
		seed,
		size,
		live,
		round,
		status: s.status.slice(0, size),
		viewIds: s.viewIds.slice(0, size * params.viewSize),
		viewLength: s.viewLength.slice(0, size)
	};
}

/** Default BFS sources: exact up to 100 live nodes, else 100 sampled sources (error ≪ 1%). */
export const DEFAULT_PATH_SOURCES = 100;

/** The live graph of {@link liveGraph}, with the in-degree of every live node counted as it is built. */
interface CountedGraph {
	graph: Csr;
	nodeIds: Int32Array;
	inDegree: Int32Array;
	entries: number;
	dead: number;
}

/**
 * One pass over the views: the who-knows-who graph among live nodes as compressed rows (re-indexed
 * 0..live-1 in nodeId order), each live node's in-degree counted on the way, and the count of view
 * entries of live nodes (`entries`) and of those pointing to dead nodes (`dead`).
 */
function countedGraph(s: Readonly<MetricsInput>): CountedGraph {
	const c = s.params.viewSize;
	const { status, viewIds, viewLength } = s;
	const index = new Int32Array(s.size).fill(-1);
	const nodeIds = new Int32Array(s.live);
	let n = 0;
	for (let v = 0; v < s.size; v++) {
		if (status[v] !== LIVE) continue;
		index[v] = n;
		nodeIds[n++] = v;
	}
	const offsets = new Int32Array(n + 1);
	const targets = new Int32Array(n * c);
	const inDegree = new Int32Array(n);
	let k = 0;
	let entries = 0;
	let dead = 0;
	for (let i = 0; i < n; i++) {
		const v = nodeIds[i];
		const len = viewLength[v];
		entries += len;
		for (let j = v * c, end = j + len; j < end; j++) {
			const u = viewIds[j];
			const w = index[u];
			if (w >= 0) {
				targets[k++] = w;
				inDegree[w]++;
			} else if (status[u] === DEAD) dead++;
		}
		offsets[i + 1] = k;
	}
	return {
		graph: { n, offsets, targets: targets.subarray(0, k) },
		nodeIds,
		inDegree,
		entries,
		dead
	};
}

/**
 * The who-knows-who graph among live nodes, re-indexed 0..live-1 in nodeId order, and the count of
 * view entries of live nodes (`entries`) and of those pointing to dead nodes (`dead`).
 */
export function liveGraph(s: Readonly<MetricsInput>): {
	graph: Csr;
	nodeIds: Int32Array;
	entries: number;
	dead: number;
} {
	const { graph, nodeIds, entries, dead } = countedGraph(s);
	return { graph, nodeIds, entries, dead };
}

/**
 * Fraction of the target topology's directed (node, neighbour) pairs found in the views, the
 * neighbours as `targetNeighbours` defines them (each node's view marked once, no lists built).
 */
export function targetEdgesFound(s: Readonly<MetricsInput>): number | null {
	const target = s.params.target;
	if (!target) return null;
	const c = s.params.viewSize;
	const { status, viewIds, viewLength, size } = s;
	const mark = new Int32Array(size).fill(-1);
	const alive = new Int32Array(s.live);
	let m = 0;
	for (let v = 0; v < size; v++) if (status[v] === LIVE) alive[m++] = v;
	let total = 0;
	let found = 0;
	const markView = (v: number) => {
		for (let j = v * c, end = j + viewLength[v]; j < end; j++) mark[viewIds[j]] = v;
	};
	if (target === 'grid') {
		const w = gridWidth(s.params.nodes);
		const ok = (u: number) => u >= 0 && u < size && status[u] === LIVE;
		for (let i = 0; i < m; i++) {
			const v = alive[i];
			const x = v % w;
			markView(v);
			for (const u of [x > 0 ? v - 1 : -1, x < w - 1 ? v + 1 : -1, v - w, v + w])
				if (u >= 0 && ok(u)) {
					total++;
					if (mark[u] === v) found++;
				}
		}
	} else {
		const wrap = target === 'ring';
		for (let i = 0; i < m; i++) {
			const v = alive[i];
			const prev = i > 0 ? alive[i - 1] : wrap ? alive[m - 1] : -1;
			const next = i < m - 1 ? alive[i + 1] : wrap ? alive[0] : -1;
			const hasPrev = prev >= 0 && prev !== v;
			const hasNext = next >= 0 && next !== v && next !== prev;
			if (!hasPrev && !hasNext) continue;
			markView(v);
			if (hasPrev) {
				total++;
				if (mark[prev] === v) found++;
			}
			if (hasNext) {
				total++;
				if (mark[next] === v) found++;
			}
		}
	}
	return total === 0 ? 1 : found / total;
}

/**
 * Per-round metrics over live nodes. Path-length sources are drawn from a stream named after the
 * round, so measuring never changes the simulation's draws and the same state gives the same figures.
 */
export function gossipMetrics(
	s: Readonly<MetricsInput>,
	options: MetricsOptions = {}
): GossipMetrics {
	const { graph, inDegree, entries, dead } = countedGraph(s);
	const comps = componentCount(graph);
	const want = options.pathSources ?? DEFAULT_PATH_SOURCES;
	const clustering = options.clustering !== false;
	// The undirected graph (built once) only for the two figures that need it.
	const und = want > 0 || clustering ? undirected(graph) : null;
	const path =
		und && want > 0
			? meanPathLength(
					und,
					pathSources(und.n, want, Rng.stream(s.seed, `gossip/metrics/${s.round}`))
				)
			: { mean: null, sources: 0 };
	return {
		round: s.round,
		live: s.live,
		inDegree: degreeStats(inDegree),
		clustering: und && clustering ? clusteringCoefficient(und) : null,
		pathLength: path.mean,
		pathLengthSources: path.sources,
		components: comps.count,
		largestComponent: comps.largest,
		deadLinks: entries === 0 ? 0 : dead / entries,
		targetEdgesFound: targetEdgesFound(s)
	};
}
