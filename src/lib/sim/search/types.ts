import type { Csr } from '../core/graph';
import type { ConvergedOverlay } from '../pastry';

/**
 * The overlays a query can run on: an Erdős–Rényi `random` graph, the who-knows-who graph of
 * `gossip` peer sampling (Cyclon), a converged `pastry` DHT, and the weakly structured `tman`
 * overlay (closest-peer gossip on the nodes' interests, T-Man / Vicinity).
 */
export type OverlayKind = 'random' | 'gossip' | 'pastry' | 'tman';

/**
 * Search methods: TTL-bounded `flood`ing, expanding `ring`, k random walkers (`walk`), exact-match
 * `dht` lookup by Pastry routing, and `greedy` routing on the weakly structured overlay.
 */
export type SearchMethod = 'flood' | 'ring' | 'walk' | 'dht' | 'greedy';

/** What a query asks for: an exact name, a keyword the object carries, or a range of years. */
export type QueryKind = 'exact' | 'keyword' | 'range';

/**
 * Where the replicas of an object go (Lv et al. 2002, §5 "replication"): on uniformly random nodes,
 * on the nodes whose interest is closest to the object (nodes hold what they like, the premise of
 * semantic overlays), or, in a DHT, at the root of the object's key and its numerical neighbours.
 */
export type Placement = 'uniform' | 'interest' | 'key';

/**
 * How many copies each object gets out of the replica budget (Cohen & Shenker 2002; Lv et al. 2002,
 * §5): the same number for all (`uniform`), in proportion to how often it is asked for
 * (`proportional`), or in proportion to the square root of that (`square-root`), which minimises
 * the expected search size of a blind search.
 */
export type Allocation = 'uniform' | 'proportional' | 'square-root';

/** How often each object is asked for (Lv et al. 2002, §2.4): all alike, or Zipf-like. */
export type Popularity = 'uniform' | 'zipf';

/** A cell of the two-dimensional interest space: x = genre axis, y = year axis. */
export interface Cell {
	readonly x: number;
	readonly y: number;
}

/** A shared object: a name (its DHT key is SHA-1 of the name), keywords and a year. */
export interface SearchObject {
	readonly index: number;
	readonly name: string;
	/** The genre first, then possibly a mood word. */
	readonly keywords: readonly string[];
	readonly year: number;
	/** Where the object sits in the interest space. */
	readonly cell: Cell;
}

/** A query as a user would type it. */
export type SearchQuery =
	| { readonly kind: 'exact'; readonly name: string }
	| { readonly kind: 'keyword'; readonly keyword: string }
	| { readonly kind: 'range'; readonly low: number; readonly high: number };

/** The rectangle of interest cells a query is about (for greedy routing); inclusive bounds. */
export interface Region {
	readonly x0: number;
	readonly x1: number;
	readonly y0: number;
	readonly y1: number;
}

/** Everything that defines a network to search, validated by `resolveNetworkSpec`. */
export interface NetworkSpec {
	readonly overlay: OverlayKind;
	readonly nodes: number;
	/**
	 * random: target mean degree D; gossip: D = 2c (Cyclon view size c = D/2); tman: the T-Man
	 * view size c. Ignored (null) for pastry, whose links are its leaf sets and routing tables.
	 */
	readonly degree: number | null;
	/**
	 * Fraction R of the nodes holding each object, in (0, 1]; with a non-uniform allocation, the mean
	 * fraction: the replica budget is objects × ⌈R·N⌉ copies whatever the allocation.
	 */
	readonly replication: number;
	readonly objects: number;
	readonly placement: Placement;
	readonly allocation: Allocation;
	readonly popularity: Popularity;
	/** The Zipf exponent α of `zipf` popularity (null for uniform popularity). */
	readonly zipfAlpha: number | null;
	/** Gossip rounds run to build a gossip or tman overlay (null for random and pastry). */
	readonly rounds: number | null;
	/** tman only: size of the random (Cyclon) view kept beside the semantic one, as in Vicinity. */
	readonly randomLinks: number;
	readonly seed: string;
}

/**
 * A network ready to search: the undirected overlay graph, each node's interest cell, the objects
 * and who holds them. Read-only once built: states share it, models never change it.
 */
export interface SearchNetwork {
	readonly spec: NetworkSpec;
	readonly n: number;
	/** The undirected, simple overlay graph that flooding and walkers travel. */
	readonly graph: Csr;
	/** Width of the interest grid: node v's cell is (v mod width, ⌊v / width⌋). */
	readonly width: number;
	/** Rows of the interest grid. */
	readonly height: number;
	readonly objects: readonly SearchObject[];
	/** Copies per object in the budget: R·N rounded, at least 1 (each object's count if uniform). */
	readonly replicas: number;
	/** The replica budget: copies of all objects together (objects × replicas for generated ones). */
	readonly totalReplicas: number;
	/** Each object's share q_i of the queries (summing to 1). */
	readonly queryRates: Float64Array;
	/** The running sums of `queryRates` when popularity is not uniform (queries draw from it). */
	readonly queryCdf: Float64Array | null;
	/** holders: object index → the nodes holding it (a Csr over objects). */
	readonly holders: Csr;
	/** holdings: node → the objects it holds. */
	readonly holdings: Csr;
	/** The converged Pastry network when the overlay is pastry (node v = handle v). */
	readonly pastry: ConvergedOverlay | null;
	/** Mean degree of `graph`. */
	readonly meanDegree: number;
}
