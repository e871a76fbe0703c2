import type { Id } from '../core';
import { idMath } from './idmath';
import { forEachKnown, NONE, type Overlay, type Side } from './overlay';
import type { RouteRule } from './events';

/** A dead routing-table entry met while routing: repaired lazily (§2.5), routed around meanwhile. */
export interface DeadEntry {
	readonly row: number;
	readonly column: number;
	readonly failed: number;
}

/** What a node does with a message for `key` (Table 1): forward it by one of the rules, or deliver. */
export type Decision =
	| {
			readonly kind: 'forward';
			readonly to: number;
			readonly rule: RouteRule;
			readonly row: number | null;
			readonly column: number | null;
			readonly shared: number;
			readonly dead: DeadEntry | null;
	  }
	| {
			readonly kind: 'deliver';
			/** 'leaf-set': the node is the closest in its leaf set's range; 'no-closer-node': the rare
			 * case found nobody closer (never happens while leaf sets are correct). */
			readonly reason: 'leaf-set' | 'no-closer-node';
			readonly shared: number;
			readonly dead: DeadEntry | null;
	  };

/**
 * The leaf-set rule of Table 1: if `key` lies within the range of `node`'s live leaf set, the
 * numerically closest of the leaf set and the node itself (ties to the smaller id); otherwise
 * {@link NONE}. The range is measured on the circle; when the two sides meet, it is the whole ring.
 */
export function leafSetTarget(o: Overlay, node: number, key: Id, m = idMath(o.space)): number {
	const self = o.idOf(node);
	// Leaf sets are kept nearest first, so the farthest live entry of a side is its last live one.
	const smaller = farthestLive(o, node, 0);
	const larger = farthestLive(o, node, 1);
	const farSmaller = smaller === NONE ? 0 : m.clockwise(o.idOf(smaller), self);
	const farLarger = larger === NONE ? 0 : m.clockwise(self, o.idOf(larger));
	const inRange =
		farSmaller + farLarger >= m.size ||
		m.clockwise(self, key) <= farLarger ||
		m.clockwise(key, self) <= farSmaller;
	if (!inRange) return NONE;
	let best = node;
	let bestId = self;
	for (let side: Side = 0; side <= 1; side++)
		for (let i = 0; i < o.leafCount(node, side as Side); i++) {
			const h = o.leafAt(node, side as Side, i);
			if (!o.isAlive(h)) continue;
			const id = o.idOf(h);
			if (m.closer(key, id, bestId)) {
				best = h;
				bestId = id;
			}
		}
	return best;
}

function farthestLive(o: Overlay, node: number, side: Side): number {
	for (let i = o.leafCount(node, side) - 1; i >= 0; i--) {
		const h = o.leafAt(node, side, i);
		if (o.isAlive(h)) return h;
	}
	return NONE;
}

/**
 * The rare case of Table 1: among the live nodes `node` knows (leaf set, routing table, neighbourhood
 * set), those sharing at least `row` digits with `key` and numerically closer to it than `node`.
 * The paper leaves the choice open; this takes the one sharing the longest prefix with the key, then
 * the numerically closest (a dead entry's detour then costs fewer hops). {@link NONE} when none.
 */
export function rareCaseTarget(
	o: Overlay,
	node: number,
	key: Id,
	row: number,
	m = idMath(o.space)
): number {
	const self = o.idOf(node);
	let best = NONE;
	let bestId = self;
	let bestShl = row;
	forEachKnown(o, node, (h) => {
		if (h === node || !o.isAlive(h)) return;
		const id = o.idOf(h);
		if (!m.closer(key, id, self)) return;
		const shl = m.shl(id, key);
		if (shl < bestShl || (shl === bestShl && best !== NONE && !m.closer(key, id, bestId))) return;
		best = h;
		bestId = id;
		bestShl = shl;
	});
	return best;
}

/**
 * Pastry's routing procedure, Table 1 of Rowstron & Druschel (§2.2), at one node: (1) if the key is
 * within the leaf set's range, deliver to the numerically closest of leaf set ∪ self; (2) else
 * forward to routingTable[row = shl(key, self)][column = key's digit at row] if present and alive;
 * (3) else the rare case: any known node sharing at least as long a prefix and numerically closer.
 * A dead table entry is reported in `dead` so the caller can repair it; this hop routes around it.
 */
export function nextHop(o: Overlay, node: number, key: Id): Decision {
	const m = idMath(o.space);
	const shared = m.shl(key, o.idOf(node));
	const leaf = leafSetTarget(o, node, key, m);
	if (leaf === node) return { kind: 'deliver', reason: 'leaf-set', shared, dead: null };
	if (leaf !== NONE)
		return {
			kind: 'forward',
			to: leaf,
			rule: 'leaf-set',
			row: null,
			column: null,
			shared,
			dead: null
		};
	const row = shared;
	const column = m.digit(key, row);
	let dead: DeadEntry | null = null;
	if (row < o.tableRows(node)) {
		const e = o.entry(node, row, column);
		if (e !== NONE && o.isAlive(e))
			return { kind: 'forward', to: e, rule: 'routing-table', row, column, shared, dead };
		if (e !== NONE) dead = { row, column, failed: e };
	}
	const rare = rareCaseTarget(o, node, key, row, m);
	if (rare !== NONE)
		return { kind: 'forward', to: rare, rule: 'rare-case', row, column, shared, dead };
	return { kind: 'deliver', reason: 'no-closer-node', shared, dead };
}

/** The outcome of a whole lookup. */
export interface LookupResult {
	/** The node where the message was delivered (or stuck). */
	readonly at: number;
	readonly hops: number;
	/** True when the hop limit was reached before delivery. */
	readonly lost: boolean;
}

/**
 * Routes a message for `key` from `from` to delivery with {@link nextHop}, as the statistics do.
 * `onDead` is called for every dead table entry met (the lazy repair of §2.5).
 */
export function lookup(
	o: Overlay,
	from: number,
	key: Id,
	maxHops: number,
	onDead?: (node: number, dead: DeadEntry) => void
): LookupResult {
	let at = from;
	for (let hops = 0; hops <= maxHops; hops++) {
		const d = nextHop(o, at, key);
		if (d.dead && onDead) onDead(at, d.dead);
		if (d.kind === 'deliver') return { at, hops, lost: false };
		at = d.to;
	}
	return { at, hops: maxHops, lost: true };
}

/** A generous hop limit that only a routing loop reaches. */
export function hopLimit(o: Overlay): number {
	return 4 * o.space.digits + o.leafSetSize + 8;
}
