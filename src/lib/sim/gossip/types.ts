import type { Rng } from '../core';

/**
 * How the active thread picks the peer it gossips with (Jelasity et al. 2007, "peer selection";
 * the lecture's design-space table): a uniformly random view entry, the oldest entry (Cyclon's
 * rule; "tail" in the paper), or one of the ψ entries closest to itself under the target's distance
 * (T-Man, Jelasity, Montresor & Babaoglu 2009).
 */
export type PeerSelection = 'random' | 'oldest' | 'closest';

/**
 * How many descriptors a buffer holds, the node's fresh descriptor included: the whole view plus
 * the fresh one (`full`, Newscast's original exchange), half of the view (`half` = ⌊c/2⌋, the
 * generic protocol's c/2), or `l` (Cyclon's shuffleLength).
 */
export type ExchangeSize = 'full' | 'half' | number;

/** Who sends a buffer (Jelasity et al. 2007, "view propagation"). */
export type Propagation = 'push' | 'pull' | 'pushpull';

/**
 * How a node merges a received buffer into its view ("view selection" / data processing):
 * - `random`: blind, keep c at random (the generic protocol with H = S = 0);
 * - `age`: the generic protocol's select(c, H, S): drop duplicates keeping the freshest, then the H
 *   oldest (healer), then the S first sent (swapper), then at random down to c;
 * - `proximity`: keep the c entries closest to the owner (T-Man, Vicinity);
 * - `swap`: Cyclon's enhanced shuffle: received entries fill empty slots, then replace the entries
 *   that were sent; duplicates of entries already held are discarded.
 */
export type Merge = 'random' | 'age' | 'proximity' | 'swap';

/** The structure closest-peer gossip builds, by nodeId: a sorted ring, a line, or a 2-D grid. */
export type Target = 'ring' | 'line' | 'grid';

/** The overlay the simulation starts from. */
export type InitTopology = 'ring' | 'star' | 'random' | 'growing';

/** Named points of the design space (see `presetProtocol`). */
export type Preset = 'newscast' | 'cyclon' | 'tman' | 'healer' | 'blind';

/** A view entry: a node's address (its nodeId) and how many rounds ago the node issued it. */
export interface Descriptor {
	readonly nodeId: number;
	readonly age: number;
}

/** A scheduled catastrophic failure: `fraction` of the live nodes fail at the end of `round`. */
export interface Failure {
	readonly fraction: number;
	readonly round: number;
}

/** Every parameter of a gossip run, resolved and validated (see `resolveGossipParams`). */
export interface GossipParams {
	/** Initial number of nodes N (nodeIds 0..N-1). */
	readonly nodes: number;
	/** View size c. */
	readonly viewSize: number;
	readonly peerSelection: PeerSelection;
	/** ψ: closest-peer selection picks at random among the ψ closest entries. */
	readonly psi: number;
	readonly exchange: ExchangeSize;
	readonly propagation: Propagation;
	readonly merge: Merge;
	/** H: the healer parameter of the age merge. */
	readonly healer: number;
	/** S: the swapper parameter of the age merge. */
	readonly swapper: number;
	/**
	 * T-Man's random sample: the proximity buffer also ranks this many uniformly random live nodes,
	 * what the peer sampling service under T-Man (or Cyclon under Vicinity) contributes.
	 */
	readonly randomSamples: number;
	/** The ranking target of closest selection and proximity merge, and of `targetEdgesFound`. */
	readonly target: Target | null;
	/** Whether an active node removes the entry of a peer it found dead. */
	readonly dropDeadPeer: boolean;
	readonly init: InitTopology;
	readonly failure: Failure | null;
	/** Fraction of the live nodes that leave (and are replaced by joiners) at each round's start. */
	readonly churn: number;
	/** Rounds the scenario runs by itself; null for no end. */
	readonly rounds: number | null;
}

/** Exchange and failure counts of one round. */
export interface RoundTally {
	exchanges: number;
	/** Active threads that contacted a dead peer. */
	deadContacts: number;
	/** Active threads with an empty view (nobody to contact). */
	idle: number;
}

/** Node status codes in `GossipState.status`. */
export const ABSENT = 0;
export const LIVE = 1;
export const DEAD = 2;

/**
 * Slots from one node's view to the next in the view store: its c nodeIds, then its c ages (see
 * {@link GossipState}).
 */
export function viewStride(c: number): number {
	return 2 * c;
}

/**
 * A view store for `n` nodes of c slots (all zero): one buffer holding each node's c nodeIds
 * followed by its c ages, seen as `ids` from slot 0 and as `ages` from slot c, so node v's entry i
 * is `ids[v·2c + i]`, `ages[v·2c + i]` in both. An exchange then reads and writes one contiguous
 * block per node instead of one in each of two arrays, touching fewer cache lines and pages
 * (Newscast at N = 100,000, rounds only, alternating runs: 9% less time).
 */
export function viewStore(n: number, c: number): { ids: Int32Array; ages: Int32Array } {
	return shareViews(new Int32Array(n * viewStride(c)), c);
}

/** The store of {@link viewStore} over `buffer` (its `ids`): `ages` is the same memory from slot c. */
export function shareViews(buffer: Int32Array, c: number): { ids: Int32Array; ages: Int32Array } {
	return { ids: buffer, ages: buffer.subarray(c) };
}

/**
 * The state of a gossip overlay. Views live in flat typed arrays (see {@link viewStore}): node v's
 * view is `viewIds[v·2c .. v·2c + viewLength[v])` with the matching `viewAges` at the same indices.
 * `last*` keep each node's view, in the same layout, as it was just before its most recent
 * exchange, for the node inspector.
 */
export interface GossipState {
	readonly params: GossipParams;
	readonly seed: string;
	/** nodeIds allocated so far (0..size-1); joiners get the next ones. */
	size: number;
	/** Slots allocated per array (≥ size); grows by doubling. */
	capacity: number;
	status: Uint8Array;
	live: number;
	viewIds: Int32Array;
	viewAges: Int32Array;
	viewLength: Int32Array;
	lastIds: Int32Array;
	lastAges: Int32Array;
	lastLength: Int32Array;
	/** The partner of each node's most recent exchange, -1 if none. */
	lastPartner: Int32Array;
	/** The round of each node's most recent exchange, 0 if none. */
	lastRound: Int32Array;
	/** Completed rounds. */
	round: number;
	/** True between the start of a round and its last exchange. */
	inRound: boolean;
	/** The round's active threads, a seeded shuffle of the nodes live at its start. */
	order: Int32Array;
	orderLength: number;
	/** Index in `order` of the next active thread. */
	cursor: number;
	/** Next nodeId of the growing topology to join (N when done). */
	growth: number;
	tally: RoundTally;
	totals: RoundTally;
	rng: {
		/** The order of active threads. */
		order: Rng;
		/** Peer selection, buffers and merges. */
		exchange: Rng;
		/** Churn, scheduled failures and joins. */
		churn: Rng;
		/** Failures and joins the user asks for. */
		user: Rng;
	};
}
