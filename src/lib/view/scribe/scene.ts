import type { Id } from '$lib/sim/core';
import { rootOf } from '$lib/sim/pastry';
import {
	isLiveNode,
	treeRoot,
	treeShape,
	type ScribeEvent,
	type ScribeState,
	type TreeShape
} from '$lib/sim/scribe';
import type { RouteDrawing } from '../pastry/flight';

/** A tree edge, child first (the JOIN went from the child to its parent). */
export type TreeEdge = readonly [child: Id, parent: Id];

/** What a multicast looks like at this step. */
export interface MulticastDrawing {
	readonly seq: number;
	/** Nodes holding the message. */
	readonly received: ReadonlySet<Id>;
	/** Copies sent down the tree in this step, as (from, to). */
	readonly sent: readonly (readonly [Id, Id])[];
	/** Copies sent to failed children in this step. */
	readonly lost: readonly (readonly [Id, Id])[];
	/** The deepest level reached so far (0: the root). */
	readonly depth: number;
	readonly done: boolean;
}

/** Everything a Scribe view draws, derived from the state and the step's events alone. */
export interface ScribeScene {
	readonly key: Id;
	/** The groupId's root: the live node numerically closest to it. */
	readonly keyRoot: Id | null;
	readonly root: Id | null;
	/** Every tree node, ascending. */
	readonly nodes: readonly Id[];
	readonly edges: readonly TreeEdge[];
	readonly members: ReadonlySet<Id>;
	/** Tree nodes with children that are not members. */
	readonly forwarders: ReadonlySet<Id>;
	/** Tree nodes that have failed (the tree learns at the next heartbeat). */
	readonly failed: ReadonlySet<Id>;
	/** Nodes added to the tree in this step. */
	readonly fresh: ReadonlySet<Id>;
	/**
	 * The JOIN in flight, or the one this step completed, as a route towards the groupId; or a
	 * member's multicast on its way to the root.
	 */
	readonly join: RouteDrawing | null;
	/** The member whose JOIN (or multicast) is drawn. */
	readonly joining: Id | null;
	readonly multicast: MulticastDrawing | null;
	readonly shape: TreeShape;
}

/** The parents from `member` up, `hops` edges: the route its completed JOIN took. */
function pathUp(s: Readonly<ScribeState>, member: Id, hops: number): Id[] {
	const path = [member];
	let at: Id | null = member;
	for (let i = 0; i < hops && at !== null; i++) {
		at = s.tree.get(at)?.parent ?? null;
		if (at !== null) path.push(at);
	}
	return path;
}

/** The live tree nodes a copy from the root reaches along the children tables. */
function reachable(s: Readonly<ScribeState>, root: Id | null): Set<Id> {
	const seen = new Set<Id>();
	const queue = root === null ? [] : [root];
	while (queue.length > 0) {
		const id = queue.shift() as Id;
		if (seen.has(id) || !isLiveNode(s, id)) continue;
		seen.add(id);
		queue.push(...(s.tree.get(id)?.children ?? []));
	}
	return seen;
}

function joinDrawing(s: Readonly<ScribeState>, events: readonly ScribeEvent[]) {
	const route = (path: readonly Id[], done: boolean): RouteDrawing => ({
		key: s.group.key,
		name: s.group.name ?? undefined,
		path,
		at: path[path.length - 1],
		done,
		root: rootOf(s.pastry, s.group.key)
	});
	const op = s.ops[0];
	if (op?.kind === 'join' && op.started && !op.done)
		return { join: route(op.message.path, false), joining: op.member };
	if (op?.kind === 'multicast' && op.message)
		return { join: route(op.message.path, op.phase !== 'route'), joining: op.source };
	const completed = events.find((e) => e.type === 'join-completed');
	if (completed?.type === 'join-completed' && completed.hops > 0)
		return {
			join: route(pathUp(s, completed.member, completed.hops), true),
			joining: completed.member
		};
	return { join: null, joining: null };
}

function multicastDrawing(
	s: Readonly<ScribeState>,
	events: readonly ScribeEvent[]
): MulticastDrawing | null {
	const sent: [Id, Id][] = [];
	const lost: [Id, Id][] = [];
	let done: Extract<ScribeEvent, { type: 'multicast-done' }> | null = null;
	for (const e of events)
		if (e.type === 'multicast-sent') sent.push([e.from, e.to]);
		else if (e.type === 'multicast-lost') lost.push([e.from, e.to]);
		else if (e.type === 'multicast-done') done = e;
	const op = s.ops[0];
	if (op?.kind === 'multicast' && op.phase === 'tree')
		return {
			seq: op.seq,
			received: new Set([...op.received.keys()]),
			sent,
			lost,
			depth: op.depth,
			done: false
		};
	if (!done) return null;
	return {
		seq: done.seq,
		received: done.reached > 0 ? reachable(s, treeRoot(s)) : new Set(),
		sent,
		lost,
		depth: done.depth,
		done: true
	};
}

/** The Scribe scene of a state and the events of the step that led to it. */
export function scribeScene(s: Readonly<ScribeState>, events: readonly ScribeEvent[]): ScribeScene {
	const nodes: Id[] = [];
	const edges: TreeEdge[] = [];
	const members = new Set<Id>();
	const forwarders = new Set<Id>();
	const failed = new Set<Id>();
	for (const [id, t] of [...s.tree].sort(([a], [b]) => a - b)) {
		nodes.push(id);
		if (t.parent !== null && s.tree.has(t.parent)) edges.push([id, t.parent]);
		if (t.member) members.add(id);
		else if (t.children.length > 0) forwarders.add(id);
		if (!isLiveNode(s, id)) failed.add(id);
	}
	const fresh = new Set<Id>();
	for (const e of events)
		if (e.type === 'forwarder-added') fresh.add(e.node);
		else if (e.type === 'member-added' || e.type === 'tree-rooted')
			fresh.add(e.type === 'tree-rooted' ? e.root : e.member);
		else if (e.type === 'join-started' && !e.rejoin) fresh.add(e.member);
	return {
		key: s.group.key,
		keyRoot: rootOf(s.pastry, s.group.key),
		root: treeRoot(s),
		nodes,
		edges,
		members,
		forwarders,
		failed,
		fresh,
		...joinDrawing(s, events),
		multicast: multicastDrawing(s, events),
		shape: treeShape(s)
	};
}
