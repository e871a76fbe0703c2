import type { Id, IdSpace, Rng } from '../core';

/**
 * Parameters of a Pastry network (Rowstron & Druschel 2001, §2): ids of `digits` digits in base 2^b,
 * a leaf set of |L| = `leafSetSize` nodes and a neighbourhood set of |M| = `neighborhoodSetSize`.
 */
export interface PastryParams {
	/** Bits per digit, 1..4 (the paper's b; 4 gives hexadecimal ids). */
	readonly b: number;
	/** Digits of a nodeId or key. */
	readonly digits: number;
	/** |L|: even, at least 2; half of it numerically smaller, half larger. */
	readonly leafSetSize: number;
	/** |M|: the proximity-closest nodes a node knows. */
	readonly neighborhoodSetSize: number;
	/** N: the nodes a scenario builds or lets join. */
	readonly nodes: number;
}

/** A node's place in the proximity space: a point of the unit square; proximity is distance. */
export interface Point {
	readonly x: number;
	readonly y: number;
}

/** A node with its id and its point in the proximity plane. */
export interface PlacedNode extends Point {
	readonly id: Id;
}

/**
 * The state of one Pastry node (§2.1). The routing table is stored row-major, `digits` rows of 2^b
 * columns; a cell holds a nodeId or null. The cells of the owner's own digits stay null (the slide
 * leaves them blank). `supplier` and `filledAt` record, per cell, which node supplied the entry and
 * at which step; both are null for cells built directly (converged scenarios).
 */
export interface PastryNode extends PlacedNode {
	alive: boolean;
	/** True once the node's join has completed (every node in its state has been informed). */
	joined: boolean;
	routingTable: (Id | null)[];
	supplier: (Id | null)[];
	filledAt: (number | null)[];
	/** The leaf set: `smaller` counter-clockwise and `larger` clockwise, nearest first. */
	leafSet: { smaller: Id[]; larger: Id[] };
	/** The neighbourhood set, proximity-closest first. */
	neighborhoodSet: Id[];
}

/** What the simulation does next or what the user asks. Absent ids are drawn from the seeded streams. */
export type PastryCommand =
	| {
			readonly type: 'add-node';
			readonly id?: Id;
			readonly x?: number;
			readonly y?: number;
			/** The nearby node A the new node contacts; by default the proximity-closest joined node. */
			readonly via?: Id;
			readonly auto?: boolean;
	  }
	| {
			readonly type: 'route';
			readonly from: Id;
			readonly key: Id;
			/** Set when the key is the SHA-1 of a name. */
			readonly name?: string;
			readonly auto?: boolean;
	  }
	| { readonly type: 'kill-node'; readonly id: Id; readonly auto?: boolean }
	/** Delivers the next message of the operation in flight. */
	| { readonly type: 'deliver' };

/** A join in flight (§2.4): the join message travels from A towards the new node's id. */
export interface JoinOperation {
	readonly kind: 'join';
	readonly node: Id;
	/** A, the nearby node contacted first; null when the network was empty. */
	via: Id | null;
	/** Nodes the join message has visited so far: B0 = A, B1, ... (the last is Z). */
	route: Id[];
	/** 'route' while the join message travels, 'inform' while X tells the nodes in its state. */
	phase: 'waiting' | 'route' | 'inform';
	/** The next message of the route phase: B_i's row, A's neighbourhood set, the join message
	 * forwarded, or Z's leaf set. */
	next: 'row' | 'neighborhood' | 'forward' | 'leaf-set';
	/** Nodes still to inform, in order. */
	inform: Id[];
	informed: number;
}

/** A lookup in flight: the message sits at `at`. */
export interface RouteOperation {
	readonly kind: 'route';
	readonly from: Id;
	readonly key: Id;
	readonly name?: string;
	status: 'waiting' | 'travelling' | 'done';
	/** The node holding the message. */
	at: Id;
	/** Nodes visited, from the source. */
	path: Id[];
}

/** The repairs a failure triggers (§2.5): each live node that had the failed node in its leaf set or
 * neighbourhood set repairs them, one exchange per step. */
export interface RepairOperation {
	readonly kind: 'repair';
	readonly failed: Id;
	queue: Id[];
}

/** An operation in flight or waiting its turn; operations run one after another. */
export type Operation = JoinOperation | RouteOperation | RepairOperation;

/** The simulation state of a Pastry network in the browser. */
export interface PastryState {
	readonly space: IdSpace;
	readonly params: PastryParams;
	/** Every node ever added (failed ones stay, marked not alive), in the order they were added. */
	nodes: PastryNode[];
	/** nodeId → position in `nodes`. */
	index: Map<Id, number>;
	/** Operations in flight (the first) and waiting. */
	ops: Operation[];
	/** The scenario's own commands, taken one by one when nothing is in flight. */
	script: PastryCommand[];
	scriptAt: number;
	/** Transitions applied so far (cells remember the step that filled them). */
	step: number;
	/** Operations completed: what `round` counts. */
	completed: { joins: number; lookups: number; repairs: number };
	/** The most recently completed lookup and join, so views can still draw their routes. */
	finished: { route: RouteOperation | null; join: JoinOperation | null };
	/** Seeded streams: new nodeIds and new points of the proximity plane. */
	rng: { ids: Rng; place: Rng };
}
