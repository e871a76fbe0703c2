import type { Id, Rng } from '../core';
import type { PastryParams, PastryState, RouteOperation } from '../pastry';

/**
 * Parameters of a Scribe run (Castro, Druschel, Kermarrec & Rowstron, IEEE JSAC 2002): a Pastry
 * network of N nodes (b, digits, |L|, |M| as in Pastry), one group named `group` whose groupId is
 * the SHA-1 of its name, and the `members` that join it in the scenario.
 */
export interface ScribeParams extends PastryParams {
	/** M: the members the scenario lets join, drawn at random among the N nodes. */
	readonly members: number;
	/** The group's name; its groupId (the key the tree is rooted at) is SHA-1(name). A group typed
	 * as a key carries the key in hex here. */
	readonly group: string;
}

/**
 * A node's part in the group's multicast tree (§III, membership and multicast): its parent (null for the root, and for the
 * node holding a JOIN in flight until it forwards it), its children table, and whether it is a
 * member itself. A node in the tree that is not a member is a pure forwarder.
 */
export interface TreeNode {
	parent: Id | null;
	children: Id[];
	member: boolean;
}

/** What the simulation does next or what the user asks; absent choices come from the seeded streams. */
export type ScribeCommand =
	| { readonly type: 'join'; readonly member: Id; readonly auto?: boolean }
	| { readonly type: 'leave'; readonly member: Id; readonly auto?: boolean }
	/** A multicast to the group; `from` routes it to the root first (by default the root sends it). */
	| { readonly type: 'multicast'; readonly from?: Id; readonly auto?: boolean }
	/** These nodes fail silently, at once. */
	| { readonly type: 'fail'; readonly nodes: readonly Id[]; readonly auto?: boolean }
	/** A random `fraction` of the live forwarders (tree nodes with children) fail at once. */
	| { readonly type: 'fail-forwarders'; readonly fraction: number; readonly auto?: boolean }
	/** One heartbeat period (§III, reliability): children of failed parents notice and re-join. */
	| { readonly type: 'heartbeat'; readonly auto?: boolean }
	/** Delivers the next message in flight (a Pastry repair first, then the Scribe operation). */
	| { readonly type: 'deliver' };

/** A JOIN in flight (§III, membership and multicast): the message travels from `member` towards the groupId. */
export interface JoinOperation {
	readonly kind: 'join';
	readonly member: Id;
	/** True for a re-join after the parent failed (tree repair, §III, reliability). */
	readonly rejoin: boolean;
	started: boolean;
	done: boolean;
	/** The JOIN as a Pastry message: routed hop by hop with Pastry's own routing step. */
	message: RouteOperation;
	/** Nodes the JOIN made forwarders. */
	added: Id[];
}

/** A LEAVE (§III, membership and multicast): carried out in one step. */
export interface LeaveOperation {
	readonly kind: 'leave';
	readonly member: Id;
	done: boolean;
}

/** A heartbeat period: detection of failed parents and children, in one step. */
export interface HeartbeatOperation {
	readonly kind: 'heartbeat';
	done: boolean;
}

/** A multicast in flight (§III, membership and multicast): routed to the root, then sent down the tree one level per step. */
export interface MulticastOperation {
	readonly kind: 'multicast';
	readonly seq: number;
	readonly source: Id | null;
	phase: 'waiting' | 'route' | 'tree' | 'done';
	message: RouteOperation | null;
	/** The node the message reached at the end of its route (the key's root). */
	root: Id | null;
	/** Tree nodes holding the message that send it to their children next. */
	frontier: Id[];
	/** Depth of the frontier below the root. */
	depth: number;
	/** The deepest level a member received the message at. */
	deepestMember: number;
	/** Copies received, by node. */
	received: Map<Id, number>;
	/** Messages sent down the tree (to live and to failed children). */
	messages: number;
	/** Messages sent to failed children. */
	lost: number;
	/** Hops of the route to the root. */
	routeHops: number;
}

/** An operation in flight or waiting its turn; they run one after another. */
export type ScribeOperation =
	JoinOperation | LeaveOperation | HeartbeatOperation | MulticastOperation;

/** The outcome of a completed multicast. */
export interface MulticastOutcome {
	readonly seq: number;
	/** Live members when the multicast ended. */
	readonly members: number;
	/** Live members that received it at least once. */
	readonly reached: number;
	/** Copies received beyond the first, over all nodes. */
	readonly duplicates: number;
	/** Messages down the tree, including those sent to failed children. */
	readonly messages: number;
	readonly lost: number;
	/** Deepest level a member received it at (0 = the root). */
	readonly depth: number;
	readonly routeHops: number;
}

/** The state of a Scribe group over a Pastry network. */
export interface ScribeState {
	readonly params: ScribeParams;
	/** The Pastry network the group lives on (its routing, failures and repairs). */
	pastry: PastryState;
	/** The group: its groupId, and the name it is the SHA-1 of (null for a typed key). */
	readonly group: { readonly name: string | null; readonly key: Id };
	/** The multicast tree: every node that is a member or a forwarder. */
	tree: Map<Id, TreeNode>;
	ops: ScribeOperation[];
	script: ScribeCommand[];
	scriptAt: number;
	step: number;
	/** Operations completed: what `round` counts. */
	completed: { joins: number; leaves: number; multicasts: number; heartbeats: number };
	/** Multicasts sent so far (the next one's sequence number). */
	seq: number;
	/** The outcome of the most recent multicast. */
	lastMulticast: MulticastOutcome | null;
	/** Totals: JOIN hops (joins and re-joins), re-joins. */
	tally: { joinMessages: number; rejoins: number; rejoinMessages: number };
	rng: { fail: Rng };
}
