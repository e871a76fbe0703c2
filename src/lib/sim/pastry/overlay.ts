import type { Id, IdSpace } from '../core';

/** "No node" in an {@link Overlay}'s cells. */
export const NONE = -1;

/** A side of the leaf set: 0 = numerically smaller (counter-clockwise), 1 = larger (clockwise). */
export type Side = 0 | 1;

/**
 * Read access to the state of every node of a Pastry network, as the routing procedure of Table 1
 * (§2.2) and the repairs of §2.5 need it. Nodes are named by handles: the nodeId itself in the
 * browser model, an index into typed arrays in the statistics builder. One implementation of the
 * protocol's rules runs over both.
 */
export interface Overlay {
	readonly space: IdSpace;
	/** |L|. */
	readonly leafSetSize: number;
	/** |M|. */
	readonly neighborhoodSetSize: number;
	idOf(node: number): Id;
	isAlive(node: number): boolean;
	/** Distance of two nodes in the proximity space (§2.5's scalar proximity metric). */
	proximity(a: number, c: number): number;
	/** Entries of a leaf set side (nearest first). */
	leafCount(node: number, side: Side): number;
	leafAt(node: number, side: Side, i: number): number;
	/** Rows of the routing table that may hold entries. */
	tableRows(node: number): number;
	/** The routing-table entry at (row, column), or {@link NONE}. */
	entry(node: number, row: number, column: number): number;
	neighborCount(node: number): number;
	neighborAt(node: number, i: number): number;
}

/** Calls `visit` for every node in `node`'s state: leaf set, routing table, neighbourhood set. */
export function forEachKnown(o: Overlay, node: number, visit: (h: number) => void): void {
	for (const side of [0, 1] as const)
		for (let i = 0; i < o.leafCount(node, side); i++) visit(o.leafAt(node, side, i));
	const columns = 2 ** o.space.b;
	const rows = o.tableRows(node);
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < columns; c++) {
			const e = o.entry(node, r, c);
			if (e !== NONE) visit(e);
		}
	for (let i = 0; i < o.neighborCount(node); i++) visit(o.neighborAt(node, i));
}
