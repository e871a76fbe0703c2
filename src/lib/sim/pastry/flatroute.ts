import type { Id } from '../core';
import { HEAD, HeadSlot as S, type FlatOverlay } from './flat';
import { hypot } from './hypot';
import { idMath } from './idmath';
import { NONE } from './overlay';
import { rareCaseTarget } from './routing';

/** Where a lookup routed by {@link routeFlat} ended, and the proximity distance it travelled. */
export interface FlatLookup {
	/** The node that delivered (or held the message when the hop limit was reached). */
	at: number;
	hops: number;
	lost: boolean;
	/** Sum of the proximity distances of the hops (§2.5's metric; the paper's "distance travelled"). */
	distance: number;
}

/**
 * Table 1 of Rowstron & Druschel (§2.2) as one loop over a {@link FlatOverlay}'s typed arrays, for
 * the statistics' 10^5 lookups a second: (1) key within the live leaf set's range → the numerically
 * closest of leaf set ∪ self (deliver when that is the node itself); (2) else the routing-table entry
 * at row shl(key, node), column = the key's next digit, when present and alive; (3) else the rare
 * case, by the shared {@link rareCaseTarget}. It makes the same decision as {@link nextHop} at every
 * node (a property test routes both over the same networks and compares the paths); a dead table
 * entry met on the way is reported to `onDead` after the hop is chosen, as {@link lookup} does.
 * `out` is reused so the loop allocates nothing; `path`, when given, receives every node after the
 * source.
 */
export function routeFlat(
	o: FlatOverlay,
	from: number,
	key: Id,
	maxHops: number,
	out: FlatLookup,
	onDead?: (node: number, row: number, column: number, failed: number) => void,
	path?: number[]
): FlatLookup {
	const m = idMath(o.space);
	const { ids, xs, ys, alive, leaves, leafCounts, head, headInts, table, columns, leafSetSize } = o;
	const { size } = m;
	const half = leafSetSize / 2;
	let at = from;
	let distance = 0;
	for (let hops = 0; hops <= maxHops; hops++) {
		const hb = at * HEAD;
		const hi = 2 * hb;
		const self = head[hb + S.id];
		let to = NONE;
		let delivered = false;
		// (1) The leaf set's range, from its farthest live entry on each side.
		const base = at * leafSetSize;
		let far0 = headInts[hi + S.far0];
		let far0Id = head[hb + S.far0Id];
		if (far0 !== NONE && alive[far0] !== 1) {
			far0 = farthestLive(o, at, 0);
			far0Id = far0 === NONE ? 0 : ids[far0];
		}
		let far1 = headInts[hi + S.far1];
		let far1Id = head[hb + S.far1Id];
		if (far1 !== NONE && alive[far1] !== 1) {
			far1 = farthestLive(o, at, 1);
			far1Id = far1 === NONE ? 0 : ids[far1];
		}
		const farSmaller = far0 === NONE ? 0 : m.clockwise(far0Id, self);
		const farLarger = far1 === NONE ? 0 : m.clockwise(self, far1Id);
		if (
			farSmaller + farLarger >= size ||
			m.clockwise(self, key) <= farLarger ||
			m.clockwise(key, self) <= farSmaller
		) {
			let best = at;
			let bestId = self;
			for (let side = 0; side <= 1; side++) {
				const start = base + side * half;
				for (let i = 0; i < leafCounts[2 * at + side]; i++) {
					const h = leaves[start + i];
					if (alive[h] !== 1) continue;
					if (m.closer(key, ids[h], bestId)) {
						best = h;
						bestId = ids[h];
					}
				}
			}
			if (best === at) delivered = true;
			else to = best;
		} else {
			// (2) The routing table; (3) the rare case.
			const row = m.shl(key, self);
			const column = m.digit(key, row);
			let dead = NONE;
			if (row < headInts[hi + S.rows]) {
				const e = table[headInts[hi + S.tableBase] + row * columns + column];
				if (e !== NONE && alive[e] === 1) to = e;
				else if (e !== NONE) dead = e;
			}
			if (to === NONE) {
				to = rareCaseTarget(o, at, key, row, m);
				if (to === NONE) delivered = true;
			}
			if (dead !== NONE && onDead) onDead(at, row, column, dead);
		}
		if (delivered) return done(out, at, hops, false, distance);
		const dx = xs[to] - xs[at];
		const dy = ys[to] - ys[at];
		distance += hypot(dx, dy);
		at = to;
		if (path) path.push(to);
	}
	return done(out, at, maxHops, true, distance);
}

/** The last live entry of a leaf-set side, or {@link NONE}. */
function farthestLive(o: FlatOverlay, node: number, side: number): number {
	const start = node * o.leafSetSize + (side * o.leafSetSize) / 2;
	for (let i = o.leafCounts[2 * node + side] - 1; i >= 0; i--)
		if (o.alive[o.leaves[start + i]] === 1) return o.leaves[start + i];
	return NONE;
}

function done(out: FlatLookup, at: number, hops: number, lost: boolean, distance: number) {
	out.at = at;
	out.hops = hops;
	out.lost = lost;
	out.distance = distance;
	return out;
}
