import type { SearchNetwork } from '$lib/sim/search';
import { inkSample, pairHash } from '../ink';
import type { Layout } from './layout';

/**
 * The overlay's links worth drawing in a square of `side` px: all of them when their total length,
 * one pixel wide, inks at most `ink` of the square; else the sample `inkSample` chooses (the short
 * links of an interest grid or a ring's neighbours, then a fixed sample of the long ones: Pastry's
 * routing-table chords, a random overlay's shortcuts), the same links whatever the query. So a
 * dense overlay (Pastry's 70 links per node at 10,000 nodes) shows its nodes and the texture of its
 * links instead of a solid disc. Pairs (u, v) with u < v, flattened.
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
	for (let v = 0; v < network.n; v++)
		for (let i = offsets[v]; i < offsets[v + 1]; i++) {
			const w = targets[i];
			if (w <= v) continue;
			const len = Math.hypot(layout[2 * w] - layout[2 * v], layout[2 * w + 1] - layout[2 * v + 1]);
			pairs.push(v, w);
			lengths.push(len);
		}
	// Lengths are in the unit square: a link of length l inks l·side px of a side² px square.
	const hashes = lengths.map((_, i) => pairHash(pairs[2 * i], pairs[2 * i + 1]));
	const taken = inkSample(lengths, hashes, ink * side);
	const out: number[] = [];
	for (let i = 0; i < lengths.length; i++) if (taken[i]) out.push(pairs[2 * i], pairs[2 * i + 1]);
	return Int32Array.from(out);
}
