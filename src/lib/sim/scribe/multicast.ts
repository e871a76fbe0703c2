import type { Id } from '../core';
import { nextHop, rootOf, routeStep, StateOverlay } from '../pastry';
import { groupMessage } from './join';
import { isLiveNode } from './tree';
import type { ScribeEvent } from './events';
import type { MulticastOperation, MulticastOutcome, ScribeState } from './types';

/** A multicast from `source` (null: the root sends it), not started yet. */
export function newMulticast(s: Readonly<ScribeState>, source: Id | null): MulticastOperation {
	return {
		kind: 'multicast',
		seq: s.seq,
		source,
		phase: 'waiting',
		message: null,
		root: null,
		frontier: [],
		depth: 0,
		deepestMember: 0,
		received: new Map(),
		messages: 0,
		lost: 0,
		routeHops: 0
	};
}

/** The outcome of `op` over the live members as they are now. */
export function outcome(s: Readonly<ScribeState>, op: MulticastOperation): MulticastOutcome {
	let members = 0;
	let reached = 0;
	let duplicates = 0;
	for (const [id, t] of s.tree)
		if (t.member && isLiveNode(s, id)) {
			members++;
			if ((op.received.get(id) ?? 0) > 0) reached++;
		}
	for (const n of op.received.values()) duplicates += Math.max(0, n - 1);
	return {
		seq: op.seq,
		members,
		reached,
		duplicates,
		messages: op.messages,
		lost: op.lost,
		depth: op.deepestMember,
		routeHops: op.routeHops
	};
}

function finish(s: ScribeState, op: MulticastOperation): ScribeEvent {
	op.phase = 'done';
	op.frontier = [];
	return { type: 'multicast-done', ...outcome(s, op) };
}

/** The message reaches `at`, the end of its route: the tree's dissemination starts there. */
function arrive(s: ScribeState, op: MulticastOperation, at: Id): ScribeEvent[] {
	const t = s.tree.get(at);
	op.root = at;
	op.phase = 'tree';
	const events: ScribeEvent[] = [
		{
			type: 'multicast-rooted',
			seq: op.seq,
			at,
			inTree: t !== undefined,
			member: t?.member ?? false
		}
	];
	if (!t) return [...events, finish(s, op)];
	op.received.set(at, 1);
	op.frontier = t.children.length > 0 ? [at] : [];
	if (op.frontier.length === 0) events.push(finish(s, op));
	return events;
}

/**
 * A multicast starts (§III, membership and multicast): the source routes it to the groupId's root with Pastry, or the root
 * itself sends it. Wherever the route ends, that node sends it down its part of the tree.
 */
export function startMulticast(s: ScribeState, op: MulticastOperation): ScribeEvent[] {
	const root = rootOf(s.pastry, s.group.key) as Id;
	const source = op.source;
	const events: ScribeEvent[] = [
		{ type: 'multicast-started', seq: op.seq, source, key: s.group.key, root }
	];
	if (source === null) return [...events, ...arrive(s, op, root)];
	op.message = groupMessage(s, source);
	op.phase = 'route';
	if (nextHop(new StateOverlay(s.pastry), source, s.group.key).kind === 'deliver')
		events.push(...arrive(s, op, source));
	return events;
}

/** One hop of the multicast's route to the root (Pastry's routing step). */
export function multicastRouteStep(s: ScribeState, op: MulticastOperation): ScribeEvent[] {
	const message = op.message as NonNullable<MulticastOperation['message']>;
	const events: ScribeEvent[] = [];
	for (const e of routeStep(s.pastry, message)) {
		if (e.type === 'table-entry-repaired') events.push({ type: 'pastry', event: e });
		else if (e.type === 'route-hop') {
			op.routeHops++;
			events.push({ type: 'multicast-hop', seq: op.seq, hop: e.hop });
		} else if (e.type === 'route-delivered') events.push(...arrive(s, op, e.at));
		else if (e.type === 'route-lost') events.push(finish(s, op));
	}
	return events;
}

/**
 * One level of the tree (§III, membership and multicast): every node holding the message sends a copy to each child in its
 * children table. A copy to a failed child is lost; a node forwards only the first copy it gets.
 */
export function multicastTreeStep(s: ScribeState, op: MulticastOperation): ScribeEvent[] {
	const events: ScribeEvent[] = [];
	const next: Id[] = [];
	const depth = op.depth + 1;
	for (const from of op.frontier)
		for (const to of s.tree.get(from)?.children ?? []) {
			op.messages++;
			if (!isLiveNode(s, to)) {
				op.lost++;
				events.push({ type: 'multicast-lost', seq: op.seq, from, to });
				continue;
			}
			const copies = (op.received.get(to) ?? 0) + 1;
			op.received.set(to, copies);
			const t = s.tree.get(to);
			const member = t?.member ?? false;
			if (member) op.deepestMember = Math.max(op.deepestMember, depth);
			events.push({
				type: 'multicast-sent',
				seq: op.seq,
				from,
				to,
				depth,
				member,
				duplicate: copies > 1
			});
			if (copies === 1 && t && t.children.length > 0) next.push(to);
		}
	op.depth = depth;
	op.frontier = next;
	if (next.length === 0) events.push(finish(s, op));
	return events;
}
