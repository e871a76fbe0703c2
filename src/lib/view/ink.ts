/**
 * How many of a graph's links a picture can draw and stay legible: links are chosen until their
 * total length, one pixel wide, reaches an ink budget (a share of the picture's area). Half the
 * budget goes to the shortest links (the local structure: a ring lattice, an interest grid, a ring's
 * neighbours), half to a fixed sample of the others (the long links) in the order of a hash of the
 * pair, so the same links are kept from one frame, query or round to the next.
 */

/** A fixed pseudo-random number in [0, 1) for an unordered pair of nodes. */
export function pairHash(a: number, b: number): number {
	const [u, v] = a < b ? [a, b] : [b, a];
	let h = Math.imul(u ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(v + 0x632be5ab, 0xc2b2ae35);
	h ^= h >>> 15;
	h = Math.imul(h, 0x2c1b3c6d);
	h ^= h >>> 12;
	return (h >>> 0) / 2 ** 32;
}

/**
 * Which links to draw (1 = drawn), given each link's length and hash: all of them when their total
 * length is within `budget`, else the shortest up to half the budget, then by hash up to the budget.
 */
export function inkSample(
	lengths: ArrayLike<number>,
	hashes: ArrayLike<number>,
	budget: number
): Uint8Array {
	const n = lengths.length;
	const taken = new Uint8Array(n);
	let total = 0;
	for (let i = 0; i < n; i++) total += lengths[i];
	if (total <= budget) return taken.fill(1);
	const byLength = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => lengths[a] - lengths[b] || a - b
	);
	let used = 0;
	for (const i of byLength) {
		if (used + lengths[i] > budget / 2) break;
		used += lengths[i];
		taken[i] = 1;
	}
	const byHash = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => hashes[a] - hashes[b] || a - b
	);
	for (const i of byHash) {
		if (taken[i]) continue;
		if (used + lengths[i] > budget) break;
		used += lengths[i];
		taken[i] = 1;
	}
	return taken;
}
