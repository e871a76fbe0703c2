import type { GossipEvent } from '../gossip';

/**
 * What happened in a broadcast step, one thing a view can animate each. With `refresh`, the
 * peer-sampling round before each broadcast round comes wrapped as `gossip` (compact events).
 */
export type BroadcastEvent =
	| { readonly type: 'gossip'; readonly event: GossipEvent }
	| {
			readonly type: 'round-started';
			readonly round: number;
			/** Nodes that take a turn this round. */
			readonly turns: number;
			/** The chunk born at the source this round, or null. */
			readonly born: number | null;
	  }
	/** One contact of `from` with a peer of its view: what went each way. */
	| {
			readonly type: 'contact';
			readonly round: number;
			readonly from: number;
			readonly to: number;
			/** True when the peer had failed: the message is lost. */
			readonly dead: boolean;
			/** Chunks pushed from `from` to `to`. */
			readonly pushed: readonly number[];
			/** Chunks `to` sent back (pull). */
			readonly pulled: readonly number[];
			/** Pushed chunks `to` already had. */
			readonly redundant: number;
	  }
	/** `node` gets `chunk` for the first time, from `from`. */
	| {
			readonly type: 'infected';
			readonly round: number;
			readonly node: number;
			readonly chunk: number;
			readonly from: number;
	  }
	/** `node` stops spreading `chunk` (the counter or the coin of rumour mongering). */
	| {
			readonly type: 'stopped';
			readonly round: number;
			readonly node: number;
			readonly chunk: number;
			readonly rule: 'counter' | 'coin';
	  }
	| {
			readonly type: 'round-ended';
			readonly round: number;
			/** Live nodes holding each chunk. */
			readonly reached: readonly number[];
			readonly live: number;
			/** (node, chunk) pairs informed this round. */
			readonly infections: number;
			readonly messages: number;
			/** Nodes that stopped spreading at the round's end (infect and die). */
			readonly died: number;
	  }
	/** Every live node has `chunk`, `rounds` rounds after its birth. */
	| { readonly type: 'chunk-complete'; readonly chunk: number; readonly rounds: number }
	| { readonly type: 'node-failed'; readonly round: number; readonly nodeIds: readonly number[] };
