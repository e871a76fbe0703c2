import type { Id } from '../core';
import { nextHop, rootOf, routeStep, StateOverlay, type RouteOperation } from '../pastry';
import { adopt, ensureTreeNode, isLiveNode } from './tree';
import type { ScribeEvent } from './events';
import type { JoinOperation, ScribeState, TreeNode } from './types';

/** A Pastry message for the groupId, starting at `from`. */
export function groupMessage(s: Readonly<ScribeState>, from: Id): RouteOperation {
	return { kind: 'route', from, key: s.group.key, status: 'travelling', at: from, path: [from] };
}

/** A JOIN of `member` (a re-join when its parent failed), not started yet. */
export function newJoin(s: Readonly<ScribeState>, member: Id, rejoin: boolean): JoinOperation {
	return {
		kind: 'join',
		member,
		rejoin,
		started: false,
		done: false,
		message: groupMessage(s, member),
		added: []
	};
}

function complete(op: JoinOperation, attachedTo: Id | null): ScribeEvent {
	op.done = true;
	return {
		type: 'join-completed',
		member: op.member,
		attachedTo,
		hops: op.message.path.length - 1,
		newForwarders: op.added.slice(),
		rejoin: op.rejoin
	};
}

/** True when Pastry's routing (Table 1) delivers a message for the groupId at `node`. */
function deliversAt(s: Readonly<ScribeState>, node: Id): boolean {
	return nextHop(new StateOverlay(s.pastry), node, s.group.key).kind === 'deliver';
}

/**
 * A member asks to join (§III, membership and multicast). A node already in the tree (a forwarder) just becomes a member. Any
 * other node enters the tree and sends a JOIN towards the groupId; the node where Pastry delivers
 * the groupId is the tree's root, so a member that is that node roots the tree at once. A re-join
 * (§III, reliability) keeps the node's children and sends a JOIN again.
 */
export function startJoin(s: ScribeState, op: JoinOperation): ScribeEvent[] {
	op.started = true;
	const root = rootOf(s.pastry, s.group.key) as Id;
	const events: ScribeEvent[] = [
		{ type: 'join-started', member: op.member, key: s.group.key, root, rejoin: op.rejoin }
	];
	if (!isLiveNode(s, op.member)) {
		op.done = true;
		return [...events, { type: 'join-lost', member: op.member, at: op.member }];
	}
	const known = s.tree.get(op.member);
	if (known && !op.rejoin) {
		known.member = true;
		op.done = true;
		return [...events, { type: 'member-added', member: op.member }];
	}
	const t = ensureTreeNode(s, op.member);
	if (!op.rejoin) t.member = true;
	t.parent = null;
	if (deliversAt(s, op.member))
		events.push({ type: 'tree-rooted', root: op.member }, complete(op, null));
	return events;
}

/**
 * One hop of a JOIN, routed by Pastry's own routing step (Table 1, with the lazy repair of dead
 * entries). The node it reaches adds the previous node as a child (reverse-path forwarding). If that
 * node was already in the tree the JOIN stops there; otherwise it becomes a forwarder and sends the
 * JOIN on, unless Pastry delivers the groupId at it: then it is the tree's root.
 */
export function joinStep(s: ScribeState, op: JoinOperation): ScribeEvent[] {
	const prev = op.message.at;
	const events: ScribeEvent[] = [];
	let delivered = false;
	let to: Id | null = null;
	for (const e of routeStep(s.pastry, op.message)) {
		if (e.type === 'table-entry-repaired') events.push({ type: 'pastry', event: e });
		else if (e.type === 'route-hop') {
			to = e.hop.to;
			s.tally.joinMessages++;
			if (op.rejoin) s.tally.rejoinMessages++;
			events.push({ type: 'join-hop', member: op.member, hop: e.hop });
		} else if (e.type === 'route-delivered') delivered = true;
		else if (e.type === 'route-lost') {
			op.done = true;
			return [...events, { type: 'join-lost', member: op.member, at: e.at }];
		}
	}
	if (to === null) {
		// The holder now delivers the groupId itself (the network changed under the JOIN).
		(s.tree.get(prev) as TreeNode).parent = null;
		return [...events, { type: 'tree-rooted', root: prev }, complete(op, null)];
	}
	if (s.tree.has(to)) {
		adopt(s, to, prev);
		return [...events, { type: 'child-added', node: to, child: prev }, complete(op, to)];
	}
	adopt(s, to, prev);
	op.added.push(to);
	events.push({ type: 'forwarder-added', node: to, child: prev });
	if (delivered) events.push({ type: 'tree-rooted', root: to }, complete(op, to));
	return events;
}
