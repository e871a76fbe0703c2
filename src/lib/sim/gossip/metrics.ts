import {
	clusteringCoefficient,
	componentCount,
	degreeStats,
	meanPathLength,
	pathSources,
	undirected,
	type DegreeStats
} from '../core/graph';
import { Rng } from '../core';
import { countedGraph, type MetricsInput } from './liveGraph';
import { targetEdgesFound } from './target';

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

/** Default BFS sources: exact up to 100 live nodes, else 100 sampled sources (error ≪ 1%). */
export const DEFAULT_PATH_SOURCES = 100;

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
