import type { Descriptor } from './types';

/**
 * Commands the timeline applies and the events they produce (plain, serialisable, copied data).
 */

/** What the scenario or the user can do. */
export type GossipCommand =
	/** The next active thread of the round runs (starting a round first if none is in progress). */
	| { readonly type: 'exchange' }
	/** The rest of the current round (or one whole round), as one step with a compact summary. */
	| { readonly type: 'finish-round' }
	/** `count` whole rounds as one step (the current one is finished first). */
	| { readonly type: 'run-rounds'; readonly count: number }
	| { readonly type: 'fail-nodes'; readonly nodeIds: readonly number[] }
	| { readonly type: 'fail-fraction'; readonly fraction: number }
	| { readonly type: 'join-nodes'; readonly count: number; readonly bootstrap?: number };

/** One side of an exchange, as copied data: what the node held, sent, received and kept. */
export interface ExchangeSide {
	readonly nodeId: number;
	readonly before: readonly Descriptor[];
	/** The buffer this side sent (empty when it did not send). */
	readonly sent: readonly Descriptor[];
	/** The buffer it received (empty when it received none). */
	readonly received: readonly Descriptor[];
	readonly after: readonly Descriptor[];
	/** nodeIds of received descriptors that the view now holds (new, or fresher than its own copy). */
	readonly kept: readonly number[];
	/** Entries of `before` whose nodeId the view no longer holds. */
	readonly dropped: readonly Descriptor[];
}

/** What happened, for the views to animate and `describeGossipEvent` to tell. */
export type GossipEvent =
	| { readonly type: 'round-started'; readonly round: number; readonly live: number }
	| {
			readonly type: 'exchange';
			readonly round: number;
			readonly active: ExchangeSide;
			readonly passive: ExchangeSide;
	  }
	| {
			readonly type: 'peer-dead';
			readonly round: number;
			readonly nodeId: number;
			readonly peer: number;
			readonly dropped: boolean;
	  }
	| { readonly type: 'no-peer'; readonly round: number; readonly nodeId: number }
	| {
			readonly type: 'node-failed';
			readonly round: number;
			readonly nodeIds: readonly number[];
			readonly cause: 'catastrophe' | 'churn' | 'user';
	  }
	| {
			readonly type: 'node-joined';
			readonly round: number;
			readonly nodeIds: readonly number[];
			readonly bootstraps: readonly number[];
			readonly cause: 'growth' | 'churn' | 'user';
	  }
	| {
			readonly type: 'round-ended';
			readonly round: number;
			readonly live: number;
			readonly exchanges: number;
			readonly deadContacts: number;
			readonly idle: number;
	  };
