import { idMath } from './idmath';
import { FlatOverlay, idOrder, type FlatOptions, type NodeArrays } from './flat';
import { FlatOffers } from './flatoffer';
import { NONE } from './overlay';
import { nextHop } from './routing';

/** What building a network by joins cost. */
export interface JoinCost {
	/** Messages of all joins: join-message hops, rows, neighbourhood and leaf sets sent to the new
	 * node, and its announcements to the nodes in its state. */
	readonly messages: number;
	/** Mean hops of the join messages from A to Z. */
	readonly meanJoinHops: number;
}

/**
 * A network built by the join protocol of §2.4, node after node in the order given (the order the
 * growing scenario draws them), in a {@link FlatOverlay}: new node X contacts the proximity-closest
 * member A, which routes a join message to X's id by Table 1 ({@link nextHop}); the i-th node B_i on
 * that route gives X its row i, A its neighbourhood set, the last node Z (numerically closest to X)
 * its leaf set, and X offers every node it receives to its own state ({@link FlatOffers}); then X
 * informs every node in its state, which offer X to theirs. These are the browser model's messages
 * (join.ts), without the events: a test checks that both give every node the same state. No oracle:
 * every node knows only what the messages told it.
 */
export function joinedOverlay(
	nodes: NodeArrays,
	options: FlatOptions
): { overlay: FlatOverlay; cost: JoinCost } {
	const n = nodes.ids.length;
	const order = idOrder(nodes.ids);
	const sorted = {
		ids: Float64Array.from(order, (i) => nodes.ids[i]),
		xs: Float64Array.from(order, (i) => nodes.xs[i]),
		ys: Float64Array.from(order, (i) => nodes.ys[i])
	};
	const m = idMath(options.space);
	const { ids } = sorted;
	const o = new FlatOverlay(sorted, options, (h) => {
		let deepest = -1;
		if (h > 0) deepest = m.shl(ids[h], ids[h - 1]);
		if (h < n - 1) deepest = Math.max(deepest, m.shl(ids[h], ids[h + 1]));
		return deepest + 1;
	});
	o.alive.fill(0);
	const handleOfJoin = new Int32Array(n);
	order.forEach((i, h) => (handleOfJoin[i] = h));
	const offers = new FlatOffers(o);
	const members = new MemberGrid(o, n);
	let messages = 0;
	let joinHops = 0;
	for (let j = 0; j < n; j++) {
		const x = handleOfJoin[j];
		o.alive[x] = 1;
		const a = members.nearest(x);
		if (a !== NONE) {
			const route = joinRoute(o, offers, x, a);
			joinHops += route.length - 1;
			const inform = offers.known(x);
			for (const y of inform) {
				offers.table(y, x);
				offers.leafSet(y, [x]);
				offers.neighborhoodSet(y, [x]);
			}
			// The route's hops, a row from each node on it, A's neighbourhood set, Z's leaf set.
			messages += 2 * route.length + 1 + inform.length;
		}
		members.add(x, j);
	}
	return { overlay: o, cost: { messages, meanJoinHops: n > 1 ? joinHops / (n - 1) : 0 } };
}

/** The route phase of X's join from A; X's state is filled on the way. Returns B_0 = A … Z. */
function joinRoute(o: FlatOverlay, offers: FlatOffers, x: number, a: number): number[] {
	const route = [a];
	for (let i = 0; ; i++) {
		const b = route[i];
		const row: number[] = [];
		if (i < o.tableRows(b))
			for (let c = 0; c < o.columns; c++) {
				const e = o.entry(b, i, c);
				if (e !== NONE) row.push(e);
			}
		row.push(b);
		offers.tableAll(x, row);
		if (i === 0) {
			const near = Array.from({ length: o.neighborCount(a) }, (_, k) => o.neighborAt(a, k));
			offers.neighborhoodSet(x, [...near, a]);
			offers.tableAll(
				x,
				Array.from({ length: o.neighborCount(x) }, (_, k) => o.neighborAt(x, k))
			);
		}
		const d = nextHop(o, b, o.ids[x]);
		if (d.kind === 'forward') {
			route.push(d.to);
			continue;
		}
		const leaves = (h: number) => [
			...Array.from({ length: o.leafCount(h, 0) }, (_, k) => o.leafAt(h, 0, k)),
			...Array.from({ length: o.leafCount(h, 1) }, (_, k) => o.leafAt(h, 1, k))
		];
		offers.leafSet(x, [...leaves(b), b]);
		offers.tableAll(x, leaves(x));
		return route;
	}
}

/**
 * The joined members on a uniform grid, to find the proximity-closest one (the nearby node A a new
 * node contacts, ties to the earliest joined, as the browser model's `nearbyNode`).
 */
class MemberGrid {
	private readonly g: number;
	private readonly first: Int32Array;
	private readonly next: Int32Array;
	private readonly rank: Int32Array;

	constructor(
		private readonly o: FlatOverlay,
		n: number
	) {
		this.g = Math.max(1, Math.floor(Math.sqrt(n / 2)));
		this.first = new Int32Array(this.g * this.g).fill(NONE);
		this.next = new Int32Array(n).fill(NONE);
		this.rank = new Int32Array(n);
	}

	private coord(v: number): number {
		return Math.min(this.g - 1, Math.max(0, Math.floor(v * this.g)));
	}

	add(h: number, rank: number): void {
		const c = this.coord(this.o.ys[h]) * this.g + this.coord(this.o.xs[h]);
		this.next[h] = this.first[c];
		this.first[c] = h;
		this.rank[h] = rank;
	}

	/** The member closest to node `x` (Math.hypot, ties to the earliest joined), or NONE. */
	nearest(x: number): number {
		const { g, first, next, rank, o } = this;
		const px = o.xs[x];
		const py = o.ys[x];
		const cx = this.coord(px);
		const cy = this.coord(py);
		let best = NONE;
		let bestD = Infinity;
		for (let k = 0; k < g; k++) {
			for (let yy = Math.max(0, cy - k); yy <= Math.min(g - 1, cy + k); yy++) {
				const step = yy === cy - k || yy === cy + k ? 1 : 2 * k;
				for (let xx = cx - k; xx <= cx + k; xx += step) {
					if (xx < 0 || xx >= g) continue;
					for (let h = first[yy * g + xx]; h !== NONE; h = next[h]) {
						const d = Math.hypot(o.xs[h] - px, o.ys[h] - py);
						if (d < bestD || (d === bestD && rank[h] < rank[best])) {
							best = h;
							bestD = d;
						}
					}
				}
			}
			if (best !== NONE && bestD * (1 + 1e-9) < k / g) break;
		}
		return best;
	}
}
