import type { Id } from '../core';
import { isLiveNode, unlink } from './tree';
import type { ScribeEvent } from './events';
import type { ScribeState } from './types';

/**
 * Prunes the tree upwards from `id` (§III, membership and multicast): a node that is not a member and has no children left
 * leaves the tree, sending a LEAVE to its parent, which removes it from its children table and may
 * in turn have nothing left to forward. A LEAVE to a failed parent goes nowhere.
 */
export function prune(s: ScribeState, id: Id): ScribeEvent[] {
	const events: ScribeEvent[] = [];
	let at: Id | null = id;
	while (at !== null) {
		const t = s.tree.get(at);
		if (!t || t.member || t.children.length > 0) break;
		s.tree.delete(at);
		const parent: Id | null = t.parent;
		if (parent !== null) unlink(s, parent, at);
		events.push({ type: 'forwarder-pruned', node: at, parent });
		at = parent !== null && isLiveNode(s, parent) ? parent : null;
	}
	return events;
}

/**
 * A member leaves the group (§III, membership and multicast): it stops being a member; if it has children it stays in the tree
 * as a forwarder, otherwise it is pruned (and so, perhaps, are forwarders above it).
 */
export function leaveGroup(s: ScribeState, member: Id): ScribeEvent[] {
	const t = s.tree.get(member);
	if (!t || !t.member || !isLiveNode(s, member)) return [];
	t.member = false;
	return [{ type: 'member-left', member, forwarder: t.children.length > 0 }, ...prune(s, member)];
}
