import type { Id, IdSpace, Rng } from '../core';

/** Parameters of the identifier-space playground. */
export interface RingParams {
	/** Digits of an id (hexadecimal, b = 4). */
	readonly digits: number;
	/** Nodes the scenario adds, one per step. */
	readonly nodes: number;
	/** Keys the scenario adds after the nodes, one per step. */
	readonly keys: number;
}

/** A key stored in the DHT; `name` is set when the key is the SHA-1 of a name. */
export interface RingKey {
	readonly id: Id;
	readonly name?: string;
}

/** The state of a DHT identifier space: live nodeIds, stored keys, and the seeded stream. */
export interface RingState {
	readonly space: IdSpace;
	readonly params: RingParams;
	/** Live nodeIds, ascending. */
	nodes: Id[];
	/** Keys in the order they were inserted. */
	keys: RingKey[];
	/** How many nodes and keys the scenario itself has added (user commands do not count). */
	added: { nodes: number; keys: number };
	/** Steps taken so far; the ring has no rounds, so each step is one. */
	steps: number;
	rng: Rng;
}

/** What the user or the scenario can do to the ring. Ids absent are drawn from the seeded stream. */
export type RingCommand =
	| { readonly type: 'add-node'; readonly id?: Id; readonly auto?: boolean }
	| { readonly type: 'add-key'; readonly id?: Id; readonly name?: string; readonly auto?: boolean }
	| { readonly type: 'remove-node'; readonly id: Id }
	| { readonly type: 'remove-key'; readonly id: Id };

/** A key whose root changed, from one node to another. */
export interface KeyMove {
	readonly key: Id;
	readonly from: Id | null;
	readonly to: Id | null;
}

/** What happened in a step, for the views to animate and the live region to tell. */
export type RingEvent =
	| { readonly type: 'node-added'; readonly id: Id; readonly moved: readonly KeyMove[] }
	| { readonly type: 'node-removed'; readonly id: Id; readonly moved: readonly KeyMove[] }
	| {
			readonly type: 'key-added';
			readonly key: Id;
			readonly name?: string;
			readonly root: Id | null;
	  }
	| { readonly type: 'key-removed'; readonly key: Id };
