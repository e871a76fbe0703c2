import type { Csr } from './csr';

/** The connected components of an undirected graph. */
export interface Components {
	/** Number of components (isolated nodes count as one each). */
	readonly count: number;
	/** Size of the largest component (0 for the empty graph). */
	readonly largest: number;
	/** `labels[v]` = the component of v, numbered 0..count-1 in order of their smallest node. */
	readonly labels: Int32Array;
}

/** Connected components by iterative graph search (read `g` as undirected; see `undirected`). */
export function connectedComponents(g: Csr): Components {
	const { n, offsets, targets } = g;
	const labels = new Int32Array(n).fill(-1);
	const stack = new Int32Array(n);
	let count = 0;
	let largest = 0;
	for (let root = 0; root < n; root++) {
		if (labels[root] >= 0) continue;
		let top = 0;
		let size = 0;
		stack[top++] = root;
		labels[root] = count;
		while (top > 0) {
			const v = stack[--top];
			size++;
			for (let i = offsets[v]; i < offsets[v + 1]; i++) {
				const u = targets[i];
				if (labels[u] < 0) {
					labels[u] = count;
					stack[top++] = u;
				}
			}
		}
		if (size > largest) largest = size;
		count++;
	}
	return { count, largest, labels };
}
