import type { SearchNetwork } from '$lib/sim/search';
import type { Layout } from './layout';

/** A fixed pseudo-random number in [0, 1) for an undirected link, so a sample keeps its links. */
function linkHash(a: number, b: number): number {
	let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
	h ^= h >>> 15;
	h = Math.imul(h, 0x2c1b3c6d);
	h ^= h >>> 12;
	return (h >>> 0) / 2 ** 32;
}

/**
 * The overlay's links worth drawing in a square of `side` px: all of them when their total length,
 * one pixel wide, inks at most `ink` of the square. Else half that ink goes to the shortest links
 * (the local structure: an interest grid, a ring's neighbours) and half to a fixed sample of the
 * others (the long links: Pastry's routing-table chords, a random overlay's shortcuts), the same
 * links whatever the query, so a dense overlay (Pastry's 70 links per node at 10,000 nodes) shows
 * its nodes and the texture of its links instead of a solid disc. Pairs (u, v) with u < v, flattened.
 */
export function sampledLinks(
	network: SearchNetwork,
	layout: Layout,
	side: number,
	ink = 0.12
): Int32Array {
	const { offsets, targets } = network.graph;
	const pairs: number[] = [];
	const lengths: number[] = [];
	let total = 0;
	for (let v = 0; v < network.n; v++)
		for (let i = offsets[v]; i < offsets[v + 1]; i++) {
			const w = targets[i];
			if (w <= v) continue;
			const len = Math.hypot(layout[2 * w] - layout[2 * v], layout[2 * w + 1] - layout[2 * v + 1]);
			pairs.push(v, w);
			lengths.push(len);
			total += len;
		}
	// Lengths are in the unit square: a link of length l inks l·side px of a side² px square.
	const budget = ink * side;
	if (total <= budget) return Int32Array.from(pairs);
	const byLength = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b] || a - b);
	const taken = new Uint8Array(lengths.length);
	let used = 0;
	for (const i of byLength) {
		if (used + lengths[i] > budget / 2) break;
		used += lengths[i];
		taken[i] = 1;
	}
	const key = lengths.map((_, i) => linkHash(pairs[2 * i], pairs[2 * i + 1]));
	const byHash = lengths.map((_, i) => i).sort((a, b) => key[a] - key[b] || a - b);
	for (const i of byHash) {
		if (taken[i]) continue;
		if (used + lengths[i] > budget) break;
		used += lengths[i];
		taken[i] = 1;
	}
	const out: number[] = [];
	for (let i = 0; i < lengths.length; i++) if (taken[i]) out.push(pairs[2 * i], pairs[2 * i + 1]);
	return Int32Array.from(out);
}
