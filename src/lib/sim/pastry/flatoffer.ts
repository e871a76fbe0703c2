import type { FlatOverlay } from './flat';
import { idMath } from './idmath';
import { NONE } from './overlay';

/**
 * The state updates of a join (§2.4) on a {@link FlatOverlay}, the same rules as the browser
 * model's update.ts (a test builds both from the same joins and compares every node's state):
 * a routing-table cell takes a candidate when empty, when its entry failed, or when the candidate is
 * strictly proximity-closer (§2.5's locality); a leaf set keeps the |L|/2 live nodes nearest on each
 * side of the circle; a neighbourhood set keeps the |M| proximity-closest live nodes (ties by
 * handle, which is id order). Distances are Math.hypot, as the model's.
 */
export class FlatOffers {
	private readonly scratch: number[] = [];
	private readonly keys: number[] = [];

	constructor(readonly o: FlatOverlay) {}

	private dist(a: number, c: number): number {
		const { xs, ys } = this.o;
		return Math.hypot(xs[a] - xs[c], ys[a] - ys[c]);
	}

	/** Offers `candidate` to `owner`'s routing table; true when a cell changed. */
	table(owner: number, candidate: number): boolean {
		const o = this.o;
		if (candidate === owner || o.alive[candidate] !== 1) return false;
		const m = idMath(o.space);
		const row = m.shl(o.ids[owner], o.ids[candidate]);
		const column = m.digit(o.ids[candidate], row);
		const current = o.entry(owner, row, column);
		if (
			current !== NONE &&
			o.alive[current] === 1 &&
			this.dist(owner, current) <= this.dist(owner, candidate)
		)
			return false;
		o.setEntry(owner, row, column, candidate);
		return true;
	}

	/** Offers each of `candidates` in turn to `owner`'s routing table. */
	tableAll(owner: number, candidates: readonly number[]): void {
		for (const c of candidates) this.table(owner, c);
	}

	/** Offers `candidates` to `owner`'s leaf set: each side keeps its |L|/2 nearest live nodes. */
	leafSet(owner: number, candidates: readonly number[]): void {
		const o = this.o;
		const m = idMath(o.space);
		const self = o.ids[owner];
		const half = o.leafSetSize / 2;
		if (candidates.length === 1 && this.insertLeaf(owner, candidates[0], half)) return;
		const sides: number[][] = [];
		for (let side = 0; side <= 1; side++) {
			const pool = this.scratch;
			pool.length = 0;
			for (let s = 0; s <= 1; s++)
				for (let i = 0; i < o.leafCount(owner, s as 0 | 1); i++)
					pool.push(o.leafAt(owner, s as 0 | 1, i));
			for (const c of candidates) pool.push(c);
			const dist = (h: number) =>
				side === 1 ? m.clockwise(self, o.ids[h]) : m.clockwise(o.ids[h], self);
			sides.push(nearest(pool, owner, o.alive, dist, half, this.keys));
		}
		o.setLeafSet(owner, sides[0], sides[1]);
	}

	/**
	 * One candidate offered to a leaf set whose entries are all alive (an announcement while the
	 * network grows): inserted in place on each side where it is nearer than the last entry or the
	 * side is short, which is what choosing afresh from the entries and the candidate gives. False
	 * when an entry has failed and the general rule must run.
	 */
	private insertLeaf(owner: number, candidate: number, half: number): boolean {
		const o = this.o;
		const { ids, alive, leaves, leafCounts, leafSetSize } = o;
		if (candidate === owner || alive[candidate] !== 1) return true;
		const m = idMath(o.space);
		const self = ids[owner];
		const base = owner * leafSetSize;
		for (let side = 0; side <= 1; side++) {
			const count = leafCounts[2 * owner + side];
			const start = base + side * half;
			for (let i = 0; i < count; i++) {
				const h = leaves[start + i];
				if (alive[h] !== 1) return false;
				if (h === candidate) return false;
			}
		}
		for (let side = 0; side <= 1; side++) {
			const count = leafCounts[2 * owner + side];
			const start = base + side * half;
			const dist = (h: number) =>
				side === 1 ? m.clockwise(self, ids[h]) : m.clockwise(ids[h], self);
			const d = dist(candidate);
			let at = count;
			while (at > 0 && dist(leaves[start + at - 1]) > d) at--;
			if (at >= half) continue;
			const last = Math.min(count, half - 1);
			for (let i = last; i > at; i--) leaves[start + i] = leaves[start + i - 1];
			leaves[start + at] = candidate;
			leafCounts[2 * owner + side] = Math.min(count + 1, half);
		}
		o.refreshHead(owner);
		return true;
	}

	/** Offers `candidates` to `owner`'s neighbourhood set: it keeps the |M| proximity-closest. */
	neighborhoodSet(owner: number, candidates: readonly number[]): void {
		const o = this.o;
		if (candidates.length === 1 && this.insertNeighbor(owner, candidates[0])) return;
		const pool = this.scratch;
		pool.length = 0;
		for (let i = 0; i < o.neighborCount(owner); i++) pool.push(o.neighborAt(owner, i));
		for (const c of candidates) pool.push(c);
		const set = nearest(
			pool,
			owner,
			o.alive,
			(h) => this.dist(owner, h),
			o.neighborhoodSetSize,
			this.keys
		);
		o.setNeighborhoodSet(owner, set);
	}

	/** One candidate offered to a neighbourhood set of live entries: inserted in place (see
	 * {@link insertLeaf}); false when an entry has failed. */
	private insertNeighbor(owner: number, candidate: number): boolean {
		const o = this.o;
		const { neighbors, alive } = o;
		const size = o.neighborhoodSetSize;
		if (candidate === owner || alive[candidate] !== 1) return true;
		const count = o.neighborCounts[owner];
		const base = owner * size;
		for (let i = 0; i < count; i++) {
			const h = neighbors[base + i];
			if (alive[h] !== 1 || h === candidate) return false;
		}
		const d = this.dist(owner, candidate);
		let at = count;
		while (at > 0) {
			const h = neighbors[base + at - 1];
			const dh = this.dist(owner, h);
			if (dh > d || (dh === d && h > candidate)) at--;
			else break;
		}
		if (at >= size) return true;
		for (let i = Math.min(count, size - 1); i > at; i--)
			neighbors[base + i] = neighbors[base + i - 1];
		neighbors[base + at] = candidate;
		o.neighborCounts[owner] = Math.min(count + 1, size);
		return true;
	}

	/** Every live node in `node`'s state, each once: leaf set, table row by row, neighbourhood set. */
	known(node: number): number[] {
		const o = this.o;
		const out = new Set<number>();
		for (let s = 0; s <= 1; s++)
			for (let i = 0; i < o.leafCount(node, s as 0 | 1); i++)
				out.add(o.leafAt(node, s as 0 | 1, i));
		const start = o.rowStart[node] * o.columns;
		const end = o.rowStart[node + 1] * o.columns;
		for (let c = start; c < end; c++) if (o.table[c] !== NONE) out.add(o.table[c]);
		for (let i = 0; i < o.neighborCount(node); i++) out.add(o.neighborAt(node, i));
		out.delete(node);
		return [...out].filter((h) => o.alive[h] === 1);
	}
}

/** The `size` live members of `pool` (other than `owner`, each once) with the smallest `dist`,
 * ties by handle, nearest first. */
function nearest(
	pool: number[],
	owner: number,
	alive: Uint8Array,
	dist: (h: number) => number,
	size: number,
	keys: number[]
): number[] {
	const out: number[] = [];
	keys.length = 0;
	for (const h of pool) {
		if (h === owner || h === NONE || alive[h] !== 1 || out.includes(h)) continue;
		const d = dist(h);
		let at = out.length;
		while (at > 0 && (keys[at - 1] > d || (keys[at - 1] === d && out[at - 1] > h))) at--;
		if (at >= size) continue;
		out.splice(at, 0, h);
		keys.splice(at, 0, d);
		if (out.length > size) {
			out.length = size;
			keys.length = size;
		}
	}
	return out;
}
