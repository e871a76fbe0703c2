import { formatId, type Id } from '../core';
import { isMember, nodeOf, rootOf } from '../pastry';
import type { ScribeState, TreeNode } from './types';

/** True when `id` is a live node of the Pastry network. */
export function isLiveNode(s: Readonly<ScribeState>, id: Id): boolean {
	return isMember(nodeOf(s.pastry, id));
}

/** The tree record of `id`, created (no parent, no children, not a member) when absent. */
export function ensureTreeNode(s: ScribeState, id: Id): TreeNode {
	let t = s.tree.get(id);
	if (!t) {
		t = { parent: null, children: [], member: false };
		s.tree.set(id, t);
	}
	return t;
}

/** Adds `child` to `parent`'s children table (once) and points `child` at `parent`. */
export function adopt(s: ScribeState, parent: Id, child: Id): void {
	const p = ensureTreeNode(s, parent);
	if (!p.children.includes(child)) p.children.push(child);
	ensureTreeNode(s, child).parent = parent;
}

/** Removes `child` from `parent`'s children table, if it is there. */
export function unlink(s: ScribeState, parent: Id, child: Id): void {
	const p = s.tree.get(parent);
	if (p) p.children = p.children.filter((c) => c !== child);
}

/**
 * The root of the tree: the live tree node whose parent is null and that holds no JOIN in flight
 * (a failed root stays in the tree, parentless, until the next heartbeat period removes it).
 */
export function treeRoot(s: Readonly<ScribeState>): Id | null {
	const pending = new Set(s.ops.flatMap((o) => (o.kind === 'join' ? [o.message.at] : [])));
	for (const [id, t] of s.tree)
		if (t.parent === null && !pending.has(id) && isLiveNode(s, id)) return id;
	return null;
}

/** The tree's shape, measured from its root over live nodes (the depth and children tables §IV measures). */
export interface TreeShape {
	readonly root: Id | null;
	/** Nodes in the tree (members and forwarders). */
	readonly nodes: number;
	readonly members: number;
	/** Tree nodes with at least one child: the nodes that forward multicasts. */
	readonly forwarders: number;
	/** Forwarders that are not members: nodes that carry the group's traffic for others. */
	readonly forwardersNotMembers: number;
	/** Edges from the root to the deepest member. */
	readonly depth: number;
	/** The largest children table. */
	readonly maxChildren: number;
}

/** The {@link TreeShape} of the tree as it stands. */
export function treeShape(s: Readonly<ScribeState>): TreeShape {
	const root = treeRoot(s);
	let members = 0;
	let forwarders = 0;
	let pure = 0;
	let maxChildren = 0;
	for (const t of s.tree.values()) {
		if (t.member) members++;
		if (t.children.length > 0) {
			forwarders++;
			if (!t.member) pure++;
		}
		maxChildren = Math.max(maxChildren, t.children.length);
	}
	let depth = 0;
	if (root !== null) {
		const seen = new Set<Id>([root]);
		let level = [root];
		for (let d = 0; level.length > 0; d++) {
			const next: Id[] = [];
			for (const id of level) {
				const t = s.tree.get(id) as TreeNode;
				if (t.member) depth = Math.max(depth, d);
				for (const c of t.children)
					if (!seen.has(c) && s.tree.has(c)) {
						seen.add(c);
						next.push(c);
					}
			}
			level = next;
		}
	}
	return {
		root,
		nodes: s.tree.size,
		members,
		forwarders,
		forwardersNotMembers: pure,
		depth,
		maxChildren
	};
}

/**
 * The tree's invariants once nothing is in flight and repairs have run; one line per violation:
 * every tree node is a live Pastry node; parent and children tables agree; exactly one root, the
 * groupId's root (the live node numerically closest to it); following parents from any node reaches
 * the root (no cycle); a node that is neither a member nor has children is not kept.
 */
export function treeViolations(s: Readonly<ScribeState>): string[] {
	const out: string[] = [];
	const name = (id: Id) => formatId(id, s.pastry.space);
	const roots: Id[] = [];
	for (const [id, t] of s.tree) {
		if (!isLiveNode(s, id)) out.push(`${name(id)} is in the tree but has failed`);
		if (!t.member && t.children.length === 0)
			out.push(`${name(id)} is neither member nor forwarder`);
		if (new Set(t.children).size !== t.children.length) out.push(`${name(id)} lists a child twice`);
		for (const c of t.children)
			if (s.tree.get(c)?.parent !== id)
				out.push(`${name(id)} lists ${name(c)}, whose parent differs`);
		if (t.parent === null) roots.push(id);
		else if (!s.tree.get(t.parent)?.children.includes(id))
			out.push(`${name(id)}'s parent ${name(t.parent)} does not list it`);
	}
	if (s.tree.size === 0) return out;
	if (roots.length !== 1) out.push(`the tree has ${roots.length} roots`);
	const keyRoot = rootOf(s.pastry, s.group.key);
	if (roots.length === 1 && roots[0] !== keyRoot)
		out.push(`the tree's root ${name(roots[0])} is not the groupId's root ${name(keyRoot as Id)}`);
	for (const id of s.tree.keys()) {
		let at: Id | null = id;
		for (let k = 0; at !== null && k <= s.tree.size; k++) at = s.tree.get(at)?.parent ?? null;
		if (at !== null) out.push(`following parents from ${name(id)} never reaches the root`);
	}
	return out;
}
