import type { Csr } from './csr';

/** How many connected components a graph has and how large the largest is. */
export interface ComponentCount {
	readonly count: number;
	readonly largest: number;
}

/**
 * Connected components of `g` read as undirected, by union-find (Tarjan 1975: union by size,
 * path halving): every edge counts whichever way it points, so a directed graph needs no
 * undirected copy first. Isolated nodes are components of their own; 0 and 0 for the empty graph.
 */
export function componentCount(g: Csr): ComponentCount {
	const { n, offsets, targets } = g;
	const parent = new Int32Array(n);
	const size = new Int32Array(n).fill(1);
	for (let v = 0; v < n; v++) parent[v] = v;
	const find = (x: number): number => {
		while (parent[x] !== x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	};
	let count = n;
	for (let v = 0; v < n; v++) {
		// v's root, kept as the root of the merged set after each union (no find per edge).
		let a = find(v);
		for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
			const b = find(targets[i]);
			if (a === b) continue;
			if (size[a] < size[b]) {
				parent[a] = b;
				size[b] += size[a];
				a = b;
			} else {
				parent[b] = a;
				size[a] += size[b];
			}
			count--;
		}
	}
	let largest = 0;
	for (let v = 0; v < n; v++) if (parent[v] === v && size[v] > largest) largest = size[v];
	return { count, largest };
}
