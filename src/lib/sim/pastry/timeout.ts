import type { Id } from '../core';
import type { FlatOverlay } from './flat';
import { idMath } from './idmath';
import type { Overlay, Side } from './overlay';
import { closestByProximity, repairedLeafSet, tableReplacement } from './repair';
import { nextHop } from './routing';

/** A lookup routed without an oracle of failures: hops, and sends that timed out. */
export interface TimeoutLookup {
	at: number;
	hops: number;
	/** Messages sent to a dead node: each costs the sender a timeout before it tries again. */
	timeouts: number;
	lost: boolean;
	distance: number;
}

/**
 * A node's belief about its own state: every entry is taken for alive until a message to it has
 * timed out. Table 1 ({@link nextHop}) run over this view chooses as a real node would.
 */
class Believed implements Overlay {
	constructor(readonly o: FlatOverlay) {}
	get space() {
		return this.o.space;
	}
	get leafSetSize() {
		return this.o.leafSetSize;
	}
	get neighborhoodSetSize() {
		return this.o.neighborhoodSetSize;
	}
	idOf = (h: number) => this.o.ids[h];
	isAlive = () => true;
	proximity = (a: number, c: number) => this.o.proximity(a, c);
	leafCount = (h: number, side: Side) => this.o.leafCount(h, side);
	leafAt = (h: number, side: Side, i: number) => this.o.leafAt(h, side, i);
	tableRows = (h: number) => this.o.tableRows(h);
	entry = (h: number, r: number, c: number) => this.o.entry(h, r, c);
	neighborCount = (h: number) => this.o.neighborCount(h);
	neighborAt = (h: number, i: number) => this.o.neighborAt(h, i);
}

const views = new WeakMap<FlatOverlay, Believed>();

/**
 * Failure detection by timeout (§2.5: "a failed node in the routing table is detected when its
 * immediate neighbor attempts to contact it"): the node holding the message chooses the next hop by
 * Table 1 from its own state, believing every entry alive; when the chosen node is dead the send
 * times out, the node drops it (a table entry is replaced by asking the other entries of its row,
 * §2.5; a leaf-set or neighbourhood-set member is repaired as §2.5 says) and chooses again. Every
 * timeout is counted. Leaf sets and neighbourhood sets are probed by keep-alive messages outside the
 * lookups, so {@link failNodes} repairs them before; routing tables only learn through timeouts.
 * `onRepair` counts the table entries replaced.
 */
export function routeWithTimeouts(
	o: FlatOverlay,
	from: number,
	key: Id,
	maxHops: number,
	out: TimeoutLookup,
	onRepair?: () => void
): TimeoutLookup {
	let view = views.get(o);
	if (!view) views.set(o, (view = new Believed(o)));
	let at = from;
	let hops = 0;
	let timeouts = 0;
	let distance = 0;
	while (hops <= maxHops && timeouts <= maxHops) {
		const d = nextHop(view, at, key);
		if (d.kind === 'deliver') return finish(out, at, hops, timeouts, false, distance);
		if (o.alive[d.to] !== 1) {
			timeouts++;
			forget(o, at, d.to, onRepair);
			continue;
		}
		distance += o.proximity(at, d.to);
		at = d.to;
		hops++;
	}
	return finish(out, at, hops, timeouts, true, distance);
}

/** `node` learns by a timeout that `dead` failed and removes it from its state. */
function forget(o: FlatOverlay, node: number, dead: number, onRepair?: () => void): void {
	const m = idMath(o.space);
	const row = m.shl(o.ids[node], o.ids[dead]);
	const column = m.digit(o.ids[dead], row);
	if (row < o.tableRows(node) && o.entry(node, row, column) === dead) {
		o.setEntry(node, row, column, tableReplacement(o, node, row, column).replacement);
		onRepair?.();
	}
	const leaves = [0, 1].flatMap((side) =>
		Array.from({ length: o.leafCount(node, side as Side) }, (_, i) =>
			o.leafAt(node, side as Side, i)
		)
	);
	if (leaves.includes(dead)) {
		const { smaller, larger } = repairedLeafSet(o, node);
		o.setLeafSet(node, smaller, larger);
	}
	const near = Array.from({ length: o.neighborCount(node) }, (_, i) => o.neighborAt(node, i));
	if (near.includes(dead))
		o.setNeighborhoodSet(node, closestByProximity(o, node, near, o.neighborhoodSetSize));
}

function finish(
	out: TimeoutLookup,
	at: number,
	hops: number,
	timeouts: number,
	lost: boolean,
	distance: number
): TimeoutLookup {
	out.at = at;
	out.hops = hops;
	out.timeouts = timeouts;
	out.lost = lost;
	out.distance = distance;
	return out;
}
