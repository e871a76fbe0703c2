import type { Id } from '../core';
import type { Hop, PastryEvent } from '../pastry';
import type { MulticastOutcome } from './types';

/**
 * What happened in a Scribe step, one thing a view can animate each. Pastry's own events (a dead
 * routing-table entry repaired on the way, leaf sets repaired after a failure) come wrapped as
 * `pastry`, so the Pastry views and `describePastryEvent` tell them as they tell them elsewhere.
 */
export type ScribeEvent =
	| { readonly type: 'pastry'; readonly event: PastryEvent }
	| { readonly type: 'operation-queued'; readonly operation: string; readonly node: Id | null }
	/** `member` starts a JOIN towards the groupId, whose root (numerically closest node) is `root`. */
	| {
			readonly type: 'join-started';
			readonly member: Id;
			readonly key: Id;
			readonly root: Id;
			readonly rejoin: boolean;
	  }
	/** `member` was already a forwarder: it becomes a member without a message. */
	| { readonly type: 'member-added'; readonly member: Id }
	| { readonly type: 'join-hop'; readonly member: Id; readonly hop: Hop }
	/** The JOIN reached `node`, not yet in the tree: it becomes a forwarder with `child`. */
	| { readonly type: 'forwarder-added'; readonly node: Id; readonly child: Id }
	/** The JOIN reached `node`, already in the tree: it adds `child` and the JOIN stops. */
	| { readonly type: 'child-added'; readonly node: Id; readonly child: Id }
	/** The JOIN reached the groupId's root, which was not in the tree: it roots the tree. */
	| { readonly type: 'tree-rooted'; readonly root: Id }
	| {
			readonly type: 'join-completed';
			readonly member: Id;
			/** The tree node the JOIN stopped at; null when the member itself roots the tree. */
			readonly attachedTo: Id | null;
			readonly hops: number;
			readonly newForwarders: readonly Id[];
			readonly rejoin: boolean;
	  }
	| { readonly type: 'join-lost'; readonly member: Id; readonly at: Id }
	/** `member` stops being a member; it stays in the tree while it has children. */
	| { readonly type: 'member-left'; readonly member: Id; readonly forwarder: boolean }
	/** `node`, with no children and no membership, leaves its parent's children table. */
	| { readonly type: 'forwarder-pruned'; readonly node: Id; readonly parent: Id | null }
	| { readonly type: 'node-failed'; readonly nodes: readonly Id[] }
	/** `parent` hears nothing from `child` (failed) and removes it from its children table. */
	| { readonly type: 'child-dropped'; readonly parent: Id; readonly child: Id }
	/** `node` misses its parent's heartbeats: the parent failed, it will re-join. */
	| { readonly type: 'heartbeat-missed'; readonly node: Id; readonly parent: Id }
	| {
			readonly type: 'heartbeat';
			readonly orphans: readonly Id[];
			readonly dropped: number;
	  }
	| {
			readonly type: 'multicast-started';
			readonly seq: number;
			readonly source: Id | null;
			readonly key: Id;
			readonly root: Id;
	  }
	| { readonly type: 'multicast-hop'; readonly seq: number; readonly hop: Hop }
	/** The multicast reached `at`, where its route ends; `inTree` false means nobody gets it. */
	| {
			readonly type: 'multicast-rooted';
			readonly seq: number;
			readonly at: Id;
			readonly inTree: boolean;
			readonly member: boolean;
	  }
	/** One copy down one tree edge, arriving at depth `depth`. */
	| {
			readonly type: 'multicast-sent';
			readonly seq: number;
			readonly from: Id;
			readonly to: Id;
			readonly depth: number;
			readonly member: boolean;
			readonly duplicate: boolean;
	  }
	/** A copy sent to a child that has failed. */
	| { readonly type: 'multicast-lost'; readonly seq: number; readonly from: Id; readonly to: Id }
	| ({ readonly type: 'multicast-done' } & MulticastOutcome);
