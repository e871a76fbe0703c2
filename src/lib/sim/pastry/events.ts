import type { Id } from '../core';

/** How a message moved one hop (Table 1 of the paper). */
export type RouteRule = 'leaf-set' | 'routing-table' | 'rare-case';

/** One hop of a message: which rule chose `to`, and (for table rules) the row and column consulted. */
export interface Hop {
	readonly from: Id;
	readonly to: Id;
	readonly key: Id;
	readonly rule: RouteRule;
	/** Row of the routing table consulted (= digits `from` shares with the key); null for leaf-set hops. */
	readonly row: number | null;
	/** Column consulted (the key's digit at `row`); null for leaf-set hops. */
	readonly column: number | null;
	/** Digits `from` shares with the key. */
	readonly shared: number;
	/** Digits `to` shares with the key. */
	readonly sharedAfter: number;
	/** Distance travelled in the proximity plane. */
	readonly distance: number;
}

/** A routing-table cell that changed: its new entry and the node that supplied it. */
export interface CellFill {
	readonly row: number;
	readonly column: number;
	readonly id: Id;
	readonly supplier: Id;
}

/** How `node` repaired its leaf set or neighbourhood set after `failed` failed (§2.5). */
export interface SetRepair {
	readonly node: Id;
	readonly failed: Id;
	/** The nodes whose sets it asked. */
	readonly asked: readonly Id[];
	readonly removed: readonly Id[];
	readonly added: readonly Id[];
}

/** What happened in a step, for views to animate and the live region to tell. */
export type PastryEvent =
	| { readonly type: 'operation-queued'; readonly operation: 'join' | 'route'; readonly node: Id }
	| {
			readonly type: 'join-started';
			readonly node: Id;
			readonly via: Id | null;
			readonly distance: number;
	  }
	| { readonly type: 'join-hop'; readonly node: Id; readonly hop: Hop }
	| {
			readonly type: 'join-row-copied';
			readonly from: Id;
			readonly to: Id;
			/** i: the position of `from` on the join route (0 for A). */
			readonly index: number;
			readonly row: number;
			readonly cells: readonly CellFill[];
	  }
	| {
			readonly type: 'join-neighborhood-copied';
			readonly from: Id;
			readonly to: Id;
			readonly neighborhoodSet: readonly Id[];
			readonly cells: readonly CellFill[];
	  }
	| {
			readonly type: 'join-leaf-set-copied';
			readonly from: Id;
			readonly to: Id;
			readonly smaller: readonly Id[];
			readonly larger: readonly Id[];
			readonly cells: readonly CellFill[];
	  }
	| {
			readonly type: 'join-announced';
			readonly from: Id;
			readonly to: Id;
			readonly cells: readonly CellFill[];
			readonly leafSet: boolean;
			readonly neighborhoodSet: boolean;
	  }
	| { readonly type: 'node-joined'; readonly node: Id; readonly informed: number }
	| {
			readonly type: 'route-started';
			readonly from: Id;
			readonly key: Id;
			readonly name?: string;
			/** The live node numerically closest to the key: where the message must end. */
			readonly root: Id;
	  }
	| { readonly type: 'route-hop'; readonly hop: Hop }
	| {
			readonly type: 'route-delivered';
			readonly key: Id;
			readonly at: Id;
			readonly root: Id;
			readonly path: readonly Id[];
			readonly correct: boolean;
	  }
	| {
			readonly type: 'route-lost';
			readonly key: Id;
			readonly at: Id;
			readonly reason: 'node-failed' | 'too-many-hops';
	  }
	| { readonly type: 'node-failed'; readonly node: Id; readonly affected: readonly Id[] }
	| ({ readonly type: 'leaf-set-repaired' } & SetRepair)
	| ({ readonly type: 'neighborhood-set-repaired' } & SetRepair)
	| {
			readonly type: 'table-entry-repaired';
			readonly node: Id;
			readonly row: number;
			readonly column: number;
			readonly failed: Id;
			readonly replacement: Id | null;
			readonly supplier: Id | null;
			readonly asked: readonly Id[];
	  };
