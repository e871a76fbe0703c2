import type { Id } from '$lib/sim/core';
import type { ScribeState } from '$lib/sim/scribe';

/** A tree node's place in the layered drawing: its column (in leaf slots) and its level. */
export interface TreeSlot {
	readonly x: number;
	readonly depth: number;
	/** True for a subtree cut off from the root (its parent failed; it is re-joining). */
	readonly detached: boolean;
}

/** The layered tree: a slot per tree node, and the extent in leaf slots and levels. */
export interface TreeLayout {
	readonly slots: ReadonlyMap<Id, TreeSlot>;
	readonly width: number;
	readonly depth: number;
}

/**
 * A layered ("tidy") drawing of the multicast tree: the root on top, each level one row down,
 * leaves side by side in depth-first order (children by nodeId, so a node keeps its place as the
 * tree grows elsewhere), a parent centred over its children. Subtrees whose parent is gone (they
 * re-join after a failure) are drawn to the right, one level down, marked detached.
 */
export function treeLayout(s: Readonly<ScribeState>, root: Id | null): TreeLayout {
	const slots = new Map<Id, TreeSlot>();
	let leaves = 0;
	let deepest = 0;
	const place = (id: Id, depth: number, detached: boolean): number => {
		slots.set(id, { x: 0, depth, detached });
		deepest = Math.max(deepest, depth);
		const kids = (s.tree.get(id)?.children ?? [])
			.filter((c) => s.tree.has(c) && !slots.has(c))
			.sort((a, b) => a - b);
		let x: number;
		if (kids.length === 0) x = leaves++;
		else {
			const xs = kids.map((c) => place(c, depth + 1, detached));
			x = (xs[0] + xs[xs.length - 1]) / 2;
		}
		slots.set(id, { x, depth, detached });
		return x;
	};
	if (root !== null && s.tree.has(root)) place(root, 0, false);
	const floating = [...s.tree]
		.filter(([id, t]) => !slots.has(id) && (t.parent === null || !s.tree.has(t.parent)))
		.map(([id]) => id)
		.sort((a, b) => a - b);
	for (const id of floating) if (!slots.has(id)) place(id, 1, true);
	// Whatever is left hangs from a cycle (never in a consistent tree): show it rather than hide it.
	for (const id of [...s.tree.keys()].sort((a, b) => a - b)) if (!slots.has(id)) place(id, 1, true);
	return { slots, width: Math.max(1, leaves), depth: deepest };
}
