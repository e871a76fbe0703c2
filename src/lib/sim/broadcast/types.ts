import type { Rng } from '../core';
import type { GossipState } from '../gossip';

/**
 * The overlay a message spreads on: the views of Cyclon or Newscast after `warmup` rounds of peer
 * sampling from a ring lattice, a random c-out graph, or the ring lattice itself (each node knows
 * the c nearest by index), the slow case.
 */
export type BroadcastOverlay = 'cyclon' | 'newscast' | 'random' | 'ring';

/**
 * Who sends in a contact (Demers et al. 1987, §1.2; Karp et al. 2000): the informed node pushes
 * the message to its peer, the uninformed node pulls it from its peer, or both (push-pull).
 */
export type Dissemination = 'push' | 'pull' | 'pushpull';

/**
 * When an informed node stops spreading (Demers et al. 1987, §1.3, rumour mongering; Eugster et al.
 * 2004): never (infect forever, anti-entropy), after the round following its infection (infect and
 * die), after `stopK` contacts with nodes that already had it (feedback and counter), or with
 * probability 1/`stopK` after each such contact (feedback and coin). Only a push can meet a node
 * that already had the message (a pull answer carries only what the asker lacks), so under pull the
 * counter and coin never fire.
 */
export type StopRule = 'forever' | 'die' | 'counter' | 'coin';

/** Every parameter of a broadcast run, resolved and validated (see `resolveBroadcastParams`). */
export interface BroadcastParams {
	readonly overlay: BroadcastOverlay;
	/** N: nodes of the overlay. */
	readonly nodes: number;
	/** c: the view size of the peer-sampling overlay. */
	readonly viewSize: number;
	/** Rounds of peer sampling before the broadcast (Cyclon and Newscast; 0 for random and ring). */
	readonly warmup: number;
	readonly protocol: Dissemination;
	/** f: peers each node contacts per round. */
	readonly fanout: number;
	readonly stop: StopRule;
	/** k of the counter and coin rules. */
	readonly stopK: number;
	/** Chunks of a stream, one born at the source per round (1: a single message). */
	readonly chunks: number;
	/** Share of the nodes that have failed before the broadcast (their view entries stay). */
	readonly fail: number;
	/** True: the overlay keeps gossiping, one peer-sampling round before each broadcast round. */
	readonly refresh: boolean;
	/** The run stops after this many rounds whatever happens. */
	readonly maxRounds: number;
	/**
	 * The run also stops after this many rounds in a row without a new infection: infect-forever
	 * never ends by itself, and a live node whose in-links all failed is never reached.
	 */
	readonly patience: number;
}

/** What the scenario or the user can do. */
export type BroadcastCommand =
	/** The next node of the round takes its turn (a round starts first if none is in progress). */
	| { readonly type: 'turn' }
	/** The rest of the current round (or one whole round) as one step, with compact events. */
	| { readonly type: 'finish-round' }
	| { readonly type: 'fail-nodes'; readonly nodeIds: readonly number[] };

/** Counts of a run (or of one round). */
export interface BroadcastTally {
	/** Messages sent: requests, pushes and replies, including those to failed nodes. */
	messages: number;
	/** Copies of chunks sent. */
	transmissions: number;
	/** Copies received by nodes that already had the chunk. */
	duplicates: number;
	/** Contacts whose peer had failed. */
	deadContacts: number;
	/** (node, chunk) pairs newly informed. */
	infections: number;
}

/**
 * The state of a broadcast. Per (chunk, node) flat arrays, index chunk·n + node: `has` is the round
 * the node got the chunk (−1: not yet), `active` whether it still spreads it, `misses` its contacts
 * with nodes that already had it. A chunk j is born at the source at round j and spreads from
 * round j + 1: a node spreads in round r only chunks it got before r (synchronous rounds).
 */
export interface BroadcastState {
	readonly params: BroadcastParams;
	readonly seed: string;
	/** The peer-sampling overlay whose views are the peers to contact. */
	gossip: GossipState;
	readonly source: number;
	/** Nodes of the overlay (its nodeIds are 0..n−1). */
	readonly n: number;
	has: Int32Array;
	active: Uint8Array;
	misses: Int32Array;
	/** Live nodes holding each chunk. */
	reached: Int32Array;
	/** Live nodes still spreading each chunk. */
	spreading: Int32Array;
	/** Per chunk, live nodes holding it at its birth and after each round since. */
	curves: number[][];
	/** Per chunk, rounds from its birth until every live node had it; null while not. */
	completeAfter: (number | null)[];
	/** Completed rounds. */
	round: number;
	/** Completed rounds in a row without a new infection. */
	quiet: number;
	inRound: boolean;
	/** The round's turns: live nodes with something to do, ascending. */
	turns: Int32Array;
	turnsLength: number;
	cursor: number;
	tally: BroadcastTally;
	roundTally: BroadcastTally;
	rng: { peers: Rng; stop: Rng };
}
