import type { Id } from '../core';
import { idMath } from './idmath';
import { hopOf } from './route';
import { hopLimit, nextHop } from './routing';
import { distance, isMember, nodeOf, requireNode, StateOverlay } from './state';
import type { Hop } from './events';
import type { PastryState } from './types';

/** One cell of a routing-table panel. */
export interface TableCellView {
	readonly row: number;
	readonly column: number;
	/** The entry, or null when the cell is empty or is the owner's own digit. */
	readonly id: Id | null;
	/** True for the owner's own digit at this row (the slide leaves it blank). */
	readonly own: boolean;
	/** The entry's digits shared with the owner: exactly `row` (the prefix to highlight). */
	readonly shared: number;
	readonly alive: boolean;
	/** The node that supplied the entry during a join or repair; null when built directly. */
	readonly supplier: Id | null;
	/** The step that filled the cell (0 for converged scenarios), or null. */
	readonly filledAt: number | null;
	/** Proximity distance from the owner to the entry. */
	readonly distance: number | null;
}

/**
 * The routing table of `id` laid out as on the lecture slide (§2.1): one row per shared-prefix
 * length, 2^b columns, the owner's own digit marked. `rows` is the number of rows up to the last that
 * holds an entry (at least one), so a panel can hide the empty tail.
 */
export function routingTableView(
	s: Readonly<PastryState>,
	id: Id
): { rows: number; cells: TableCellView[][] } {
	const owner = requireNode(s, id);
	const m = idMath(s.space);
	let rows = 1;
	const cells = Array.from({ length: s.space.digits }, (_, row) =>
		Array.from({ length: m.radix }, (_, column): TableCellView => {
			const i = row * m.radix + column;
			const entry = owner.routingTable[i];
			const node = entry === null ? undefined : nodeOf(s, entry);
			if (entry !== null) rows = Math.max(rows, row + 1);
			return {
				row,
				column,
				id: entry,
				own: m.digit(id, row) === column,
				shared: row,
				alive: node?.alive ?? false,
				supplier: owner.supplier[i],
				filledAt: owner.filledAt[i],
				distance: node ? distance(owner, node) : null
			};
		})
	);
	return { rows, cells };
}

/** An entry of a leaf-set or neighbourhood-set panel. */
export interface SetEntryView {
	readonly id: Id;
	readonly alive: boolean;
	readonly distance: number;
}

/** The leaf set of `id` (§2.1), each side nearest first, with liveness and proximity. */
export function leafSetView(
	s: Readonly<PastryState>,
	id: Id
): { smaller: SetEntryView[]; larger: SetEntryView[] } {
	const owner = requireNode(s, id);
	const view = (ids: Id[]) => ids.map((x) => entryView(s, owner.id, x));
	return { smaller: view(owner.leafSet.smaller), larger: view(owner.leafSet.larger) };
}

/** The neighbourhood set of `id`, proximity-closest first. */
export function neighborhoodSetView(s: Readonly<PastryState>, id: Id): SetEntryView[] {
	return requireNode(s, id).neighborhoodSet.map((x) => entryView(s, id, x));
}

function entryView(s: Readonly<PastryState>, owner: Id, x: Id): SetEntryView {
	const a = requireNode(s, owner);
	const node = requireNode(s, x);
	return { id: x, alive: node.alive, distance: distance(a, node) };
}

/** The fraction of the circle at which `id` sits, in [0, 1): what a ring scale maps to an angle. */
export function ringFraction(s: Readonly<PastryState>, id: Id): number {
	return id / idMath(s.space).size;
}

/**
 * The path a message for `key` would take from `from` now, by Table 1, without changing the state
 * (no lazy repair): for previews and hover. Cheap enough to run every frame on 1,000 nodes.
 */
export function tracePath(s: Readonly<PastryState>, from: Id, key: Id): Hop[] {
	const o = new StateOverlay(s);
	const hops: Hop[] = [];
	let at = from;
	for (let i = 0; i <= hopLimit(o); i++) {
		const d = nextHop(o, at, key);
		if (d.kind === 'deliver') break;
		hops.push(hopOf(s, at, d.to, key, d));
		at = d.to;
	}
	return hops;
}

/** Per row, the fraction of the members' 2^b − 1 cells holding an entry (table occupancy). */
export function tableOccupancy(s: Readonly<PastryState>): number[] {
	const m = idMath(s.space);
	const members = s.nodes.filter(isMember);
	const filled = new Array<number>(s.space.digits).fill(0);
	for (const n of members)
		n.routingTable.forEach((e, i) => {
			if (e !== null) filled[Math.floor(i / m.radix)]++;
		});
	let last = filled.length;
	while (last > 1 && filled[last - 1] === 0) last--;
	return filled.slice(0, last).map((f) => f / Math.max(1, members.length) / (m.radix - 1));
}
