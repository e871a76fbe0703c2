import type { Id } from '../core';
import { idMath } from './idmath';
import { chooseLeafSet, closestByProximity } from './repair';
import { distance, nodeOf, StateOverlay } from './state';
import type { CellFill } from './events';
import type { PastryNode, PastryState } from './types';

/**
 * Offers `candidate` to `owner`'s routing table (§2.4, §2.5): it fits exactly one cell, row =
 * shl(owner, candidate), column = candidate's digit at that row. The cell takes it when empty, when
 * its entry failed, or when the candidate is proximity-closer (the locality property). Returns the
 * fill, or null when the table is unchanged.
 */
export function offerToTable(
	s: PastryState,
	owner: PastryNode,
	candidate: Id,
	supplier: Id
): CellFill | null {
	const m = idMath(s.space);
	const other = nodeOf(s, candidate);
	if (!other || !other.alive || candidate === owner.id) return null;
	const row = m.shl(owner.id, candidate);
	const column = m.digit(candidate, row);
	const cell = row * m.radix + column;
	const current = owner.routingTable[cell];
	if (current !== null) {
		const held = nodeOf(s, current);
		if (held && held.alive && distance(owner, held) <= distance(owner, other)) return null;
	}
	owner.routingTable[cell] = candidate;
	owner.supplier[cell] = supplier;
	owner.filledAt[cell] = s.step;
	return { row, column, id: candidate, supplier };
}

/** Offers several candidates to the routing table; returns the cells that changed (the last fill of
 * a cell wins). */
export function offerAllToTable(
	s: PastryState,
	owner: PastryNode,
	candidates: Iterable<Id>,
	supplier: Id
): CellFill[] {
	const fills = new Map<number, CellFill>();
	for (const c of candidates) {
		const fill = offerToTable(s, owner, c, supplier);
		if (fill) fills.set(fill.row * 2 ** s.space.b + fill.column, fill);
	}
	return [...fills.values()];
}

function sameList(a: readonly Id[], c: readonly Id[]): boolean {
	return a.length === c.length && a.every((x, i) => x === c[i]);
}

/** Offers candidates to `owner`'s leaf set: it keeps the |L|/2 nearest live nodes on each side.
 * Returns true when it changed. */
export function offerToLeafSet(
	s: PastryState,
	owner: PastryNode,
	candidates: Iterable<Id>
): boolean {
	const o = new StateOverlay(s);
	const next = chooseLeafSet(o, owner.id, [
		...owner.leafSet.smaller,
		...owner.leafSet.larger,
		...candidates
	]);
	const changed =
		!sameList(next.smaller, owner.leafSet.smaller) || !sameList(next.larger, owner.leafSet.larger);
	owner.leafSet = { smaller: next.smaller, larger: next.larger };
	return changed;
}

/** Offers candidates to `owner`'s neighbourhood set: it keeps the |M| proximity-closest live nodes.
 * Returns true when it changed. */
export function offerToNeighborhoodSet(
	s: PastryState,
	owner: PastryNode,
	candidates: Iterable<Id>
): boolean {
	const o = new StateOverlay(s);
	const next = closestByProximity(
		o,
		owner.id,
		[...owner.neighborhoodSet, ...candidates],
		s.params.neighborhoodSetSize
	);
	const changed = !sameList(next, owner.neighborhoodSet);
	owner.neighborhoodSet = next;
	return changed;
}

/** Every node in `node`'s state, each once: leaf set, then routing table row by row, then
 * neighbourhood set. */
export function knownIds(s: Readonly<PastryState>, node: PastryNode): Id[] {
	const out = new Set<Id>([...node.leafSet.smaller, ...node.leafSet.larger]);
	for (const e of node.routingTable) if (e !== null) out.add(e);
	for (const e of node.neighborhoodSet) out.add(e);
	out.delete(node.id);
	return [...out].filter((id) => nodeOf(s, id)?.alive);
}
