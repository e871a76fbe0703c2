import { formatId, SimError, type Id } from '../core';
import { idMath } from './idmath';
import { NONE, type Overlay, type Side } from './overlay';
import type { PastryNode, PastryState, PlacedNode } from './types';

/** The node with `id`, or undefined. */
export function nodeOf(s: Readonly<PastryState>, id: Id): PastryNode | undefined {
	const i = s.index.get(id);
	return i === undefined ? undefined : s.nodes[i];
}

/** The node with `id`; throws a {@link SimError} naming it when there is none. */
export function requireNode(s: Readonly<PastryState>, id: Id): PastryNode {
	const node = nodeOf(s, id);
	if (!node) throw new SimError(`there is no node ${formatId(id, s.space)} in this network`);
	return node;
}

/** True for a node that is alive and has completed its join: a member of the overlay. */
export function isMember(node: PastryNode | undefined): node is PastryNode {
	return node !== undefined && node.alive && node.joined;
}

/** The ids of the live members, ascending: the ring a view draws. */
export function memberIds(s: Readonly<PastryState>): Id[] {
	return s.nodes
		.filter(isMember)
		.map((n) => n.id)
		.sort((a, c) => a - c);
}

/** The root of `key`: the live member numerically closest to it (ties to the smaller id), or null. */
export function rootOf(s: Readonly<PastryState>, key: Id): Id | null {
	const m = idMath(s.space);
	let best: Id | null = null;
	for (const n of s.nodes)
		if (isMember(n) && (best === null || m.closer(key, n.id, best))) best = n.id;
	return best;
}

/** Distance between two points of the proximity plane. */
export function distance(a: PlacedNode, c: PlacedNode): number {
	return Math.hypot(a.x - c.x, a.y - c.y);
}

/** A node with empty state at a point of the plane, registered in `s` (not yet joined). */
export function addNodeRecord(s: PastryState, placed: PlacedNode): PastryNode {
	const cells = s.space.digits * 2 ** s.space.b;
	const node: PastryNode = {
		id: placed.id,
		x: placed.x,
		y: placed.y,
		alive: true,
		joined: false,
		routingTable: new Array<Id | null>(cells).fill(null),
		supplier: new Array<Id | null>(cells).fill(null),
		filledAt: new Array<number | null>(cells).fill(null),
		leafSet: { smaller: [], larger: [] },
		neighborhoodSet: []
	};
	s.index.set(node.id, s.nodes.length);
	s.nodes.push(node);
	return node;
}

/**
 * The browser state seen through the {@link Overlay} interface (handles are nodeIds), so Table 1 and
 * the repairs of §2.5 run on it exactly as they run on the statistics builder's typed arrays.
 */
export class StateOverlay implements Overlay {
	readonly columns: number;

	constructor(readonly s: Readonly<PastryState>) {
		this.columns = 2 ** s.space.b;
	}

	get space() {
		return this.s.space;
	}
	get leafSetSize() {
		return this.s.params.leafSetSize;
	}
	get neighborhoodSetSize() {
		return this.s.params.neighborhoodSetSize;
	}
	private node(h: number): PastryNode {
		return this.s.nodes[this.s.index.get(h) as number];
	}
	idOf(node: number): Id {
		return node;
	}
	isAlive(node: number): boolean {
		return nodeOf(this.s, node)?.alive ?? false;
	}
	proximity(a: number, c: number): number {
		return distance(this.node(a), this.node(c));
	}
	leafCount(node: number, side: Side): number {
		const l = this.node(node).leafSet;
		return (side === 0 ? l.smaller : l.larger).length;
	}
	leafAt(node: number, side: Side, i: number): number {
		const l = this.node(node).leafSet;
		return (side === 0 ? l.smaller : l.larger)[i];
	}
	tableRows(): number {
		return this.s.space.digits;
	}
	entry(node: number, row: number, column: number): number {
		return this.node(node).routingTable[row * this.columns + column] ?? NONE;
	}
	neighborCount(node: number): number {
		return this.node(node).neighborhoodSet.length;
	}
	neighborAt(node: number, i: number): number {
		return this.node(node).neighborhoodSet[i];
	}
}
