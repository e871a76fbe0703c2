import { idMath } from './idmath';
import { NONE, type Overlay, type Side } from './overlay';

/** A leaf set as handles, each side nearest first. */
export interface LeafSides {
	readonly smaller: number[];
	readonly larger: number[];
}

/**
 * The `half` live nodes of `candidates` nearest to `node` on one side of the circle (side 1 going
 * clockwise, towards larger ids), nearest first.
 */
export function nearestOnSide(
	o: Overlay,
	node: number,
	candidates: Iterable<number>,
	side: Side,
	half = o.leafSetSize / 2
): number[] {
	const self = o.idOf(node);
	const m = idMath(o.space);
	const seen = new Set<number>();
	for (const h of candidates) if (h !== node && h !== NONE && o.isAlive(h)) seen.add(h);
	const dist = (h: number) =>
		side === 1 ? m.clockwise(self, o.idOf(h)) : m.clockwise(o.idOf(h), self);
	return [...seen]
		.map((h) => [dist(h), h] as const)
		.sort((a, c) => a[0] - c[0] || a[1] - c[1])
		.slice(0, half)
		.map(([, h]) => h);
}

/**
 * The leaf set `node` keeps among `candidates` (§2.1): the |L|/2 live nodes nearest on each side.
 * In a network of fewer than |L| + 1 nodes the node knows them all and the sides overlap.
 */
export function chooseLeafSet(o: Overlay, node: number, candidates: Iterable<number>): LeafSides {
	const all = [...candidates];
	return { smaller: nearestOnSide(o, node, all, 0), larger: nearestOnSide(o, node, all, 1) };
}

/** The entries of one leaf-set side. */
export function leafSide(o: Overlay, node: number, side: Side): number[] {
	return Array.from({ length: o.leafCount(node, side) }, (_, i) => o.leafAt(node, side, i));
}

/** All handles of a leaf set, both sides. */
export function leafSetOf(o: Overlay, node: number): number[] {
	return [...leafSide(o, node, 0), ...leafSide(o, node, 1)];
}

/**
 * Leaf-set repair (§2.5): on each side holding a failed node, the node asks the live node with the
 * largest index on that side (the farthest) for its leaf set, and takes the nearest live nodes beyond
 * it on that side; while the side is still short it asks its new farthest node. A side whose |L|/2
 * nodes all failed cannot be repaired (the paper's limit). Returns the new sides and the nodes asked.
 */
export function repairedLeafSet(o: Overlay, node: number): LeafSides & { asked: number[] } {
	const half = o.leafSetSize / 2;
	const asked: number[] = [];
	const sides = ([0, 1] as Side[]).map((side) => {
		const entries = leafSide(o, node, side);
		let known = entries.filter((h) => o.isAlive(h));
		if (known.length === entries.length) return entries;
		let far = known[known.length - 1];
		const askedHere = new Set<number>();
		while (known.length < half && far !== undefined && !askedHere.has(far)) {
			askedHere.add(far);
			if (!asked.includes(far)) asked.push(far);
			known = nearestOnSide(o, node, [...known, ...leafSide(o, far, side)], side);
			far = known[known.length - 1];
		}
		return known;
	});
	return { smaller: sides[0], larger: sides[1], asked };
}

/**
 * The replacement for a failed routing-table entry (§2.5): ask the live entries of the same row for
 * their entry at (row, column); if none has a live one, ask the entries of the next row, and so on.
 * The proximity-closest live candidate of the first row that yields any is taken.
 */
export function tableReplacement(
	o: Overlay,
	node: number,
	row: number,
	column: number
): { replacement: number; supplier: number; asked: number[] } {
	const self = o.idOf(node);
	const m = idMath(o.space);
	const columns = m.radix;
	const asked: number[] = [];
	for (let r = row; r < o.tableRows(node); r++) {
		let best = NONE;
		let supplier = NONE;
		for (let c = 0; c < columns; c++) {
			if (r === row && c === column) continue;
			const peer = o.entry(node, r, c);
			if (peer === NONE || !o.isAlive(peer) || row >= o.tableRows(peer)) continue;
			asked.push(peer);
			const e = o.entry(peer, row, column);
			if (e === NONE || e === node || !o.isAlive(e)) continue;
			const id = o.idOf(e);
			if (m.shl(id, self) !== row || m.digit(id, row) !== column) continue;
			if (best === NONE || o.proximity(node, e) < o.proximity(node, best)) {
				best = e;
				supplier = peer;
			}
		}
		if (best !== NONE) return { replacement: best, supplier, asked };
	}
	return { replacement: NONE, supplier: NONE, asked };
}

/**
 * Neighbourhood-set repair (§2.5): ask the live members for their neighbourhood sets and keep the
 * |M| proximity-closest live nodes found.
 */
export function repairedNeighborhoodSet(
	o: Overlay,
	node: number
): { set: number[]; asked: number[] } {
	const known = new Set<number>();
	const asked: number[] = [];
	for (let i = 0; i < o.neighborCount(node); i++) {
		const h = o.neighborAt(node, i);
		if (!o.isAlive(h)) continue;
		known.add(h);
		asked.push(h);
		for (let j = 0; j < o.neighborCount(h); j++) known.add(o.neighborAt(h, j));
	}
	return { set: closestByProximity(o, node, known, o.neighborhoodSetSize), asked };
}

/** The `size` live nodes of `candidates` closest to `node` in the proximity space (ties by handle). */
export function closestByProximity(
	o: Overlay,
	node: number,
	candidates: Iterable<number>,
	size: number
): number[] {
	const seen = new Set<number>();
	for (const h of candidates) if (h !== node && h !== NONE && o.isAlive(h)) seen.add(h);
	return [...seen]
		.map((h) => [o.proximity(node, h), h] as const)
		.sort((a, c) => a[0] - c[0] || a[1] - c[1])
		.slice(0, size)
		.map(([, h]) => h);
}
