import type { Id } from '../core';
import { pastryModel } from '../pastry';
import { prune } from './leave';
import { isLiveNode, unlink } from './tree';
import type { ScribeEvent } from './events';
import type { ScribeState } from './types';

/**
 * Nodes fail silently (§III, reliability), each through the Pastry model's own failure: Pastry queues the repairs
 * of the leaf sets and neighbourhood sets that held it, which run before the next Scribe message.
 * The tree does not notice yet; the next heartbeat period tells.
 */
export function failNodes(s: ScribeState, nodes: readonly Id[]): ScribeEvent[] {
	const events: ScribeEvent[] = [{ type: 'node-failed', nodes: nodes.slice() }];
	for (const id of nodes)
		for (const e of pastryModel.apply(s.pastry, { type: 'kill-node', id }))
			events.push({ type: 'pastry', event: e });
	return events;
}

/** The live tree nodes that have children: the forwarders, in ascending order. */
export function liveForwarders(s: Readonly<ScribeState>): Id[] {
	return [...s.tree]
		.filter(([id, t]) => t.children.length > 0 && isLiveNode(s, id))
		.map(([id]) => id)
		.sort((a, c) => a - c);
}

/**
 * One heartbeat period (§III, reliability): each non-leaf node sends heartbeats to its children, and
 * children refresh their membership with their parent. A parent that hears nothing from a failed
 * child removes it from its children table, and a forwarder left with no children and no membership
 * is pruned. A child that misses its parent's heartbeats suspects the parent failed and routes a
 * JOIN to the groupId again: the returned re-joins, in ascending order. Failed nodes leave the tree.
 */
export function heartbeat(s: ScribeState): { events: ScribeEvent[]; orphans: Id[] } {
	const events: ScribeEvent[] = [];
	let dropped = 0;
	const ids = [...s.tree.keys()].sort((a, c) => a - c);
	for (const id of ids) {
		const t = s.tree.get(id);
		if (!t || !isLiveNode(s, id)) continue;
		for (const c of t.children.slice())
			if (!isLiveNode(s, c)) {
				unlink(s, id, c);
				dropped++;
				events.push({ type: 'child-dropped', parent: id, child: c });
			}
	}
	const failed = ids.filter((id) => !isLiveNode(s, id));
	for (const id of failed) s.tree.delete(id);
	for (const id of ids) {
		const t = s.tree.get(id);
		if (t && !t.member && t.children.length === 0) events.push(...prune(s, id));
	}
	const orphans: Id[] = [];
	for (const id of ids) {
		const parent = s.tree.get(id)?.parent;
		if (parent === undefined || parent === null || s.tree.has(parent)) continue;
		orphans.push(id);
		events.push({ type: 'heartbeat-missed', node: id, parent });
	}
	events.push({ type: 'heartbeat', orphans: orphans.slice(), dropped });
	return { events, orphans };
}
