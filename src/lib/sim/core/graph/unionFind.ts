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
	const { n } = g;
	const parent = new Int32Array(n);
	const size = new Int32Array(n).fill(1);
	for (let v = 0; v < n; v++) parent[v] = v;
	const count = n - unions(g, parent, size);
	let largest = 0;
	for (let v = 0; v < n; v++) if (parent[v] === v && size[v] > largest) largest = size[v];
	return { count, largest };
}

/**
 * Unites the ends of every edge (union by size); returns how many unions merged two sets. A function
 * of its own, with `find` outside it, so V8 optimises the loop once rather than mid-loop.
 */
function unions(g: Csr, parent: Int32Array, size: Int32Array): number {
	const { n, offsets, targets } = g;
	let merged = 0;
	for (let v = 0; v < n; v++) {
		// v's root, kept as the root of the merged set after each union (no find per edge).
		let a = find(parent, v);
		for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
			const b = find(parent, targets[i]);
			if (a === b) continue;
			if (size[a] < size[b]) {
				parent[a] = b;
				size[b] += size[a];
				a = b;
			} else {
				parent[b] = a;
				size[a] += size[b];
			}
			merged++;
		}
	}
	return merged;
}

/** The root of x's set, halving the path on the way. */
function find(parent: Int32Array, x: number): number {
	while (parent[x] !== x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}
