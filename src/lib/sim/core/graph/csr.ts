/**
 * A graph over nodes 0..n-1 in compressed sparse row form: the neighbours of node v are
 * `targets[offsets[v]]` up to (not including) `targets[offsets[v + 1]]`. Every metric in this folder
 * reads this one shape, so a model builds it once per measurement and the metrics share it.
 */
export interface Csr {
	/** Number of nodes. */
	readonly n: number;
	/** n + 1 offsets into `targets`, non-decreasing, `offsets[0] = 0`, `offsets[n] = targets.length`. */
	readonly offsets: Int32Array;
	/** Neighbour indices, each in 0..n-1. */
	readonly targets: Int32Array;
}

/** A directed graph from one neighbour list per node (`lists[v]` = the nodes v points to). */
export function csrFromLists(lists: readonly ArrayLike<number>[]): Csr {
	const n = lists.length;
	const offsets = new Int32Array(n + 1);
	for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + lists[v].length;
	const targets = new Int32Array(offsets[n]);
	for (let v = 0; v < n; v++) {
		const list = lists[v];
		for (let i = 0; i < list.length; i++) {
			const u = list[i];
			if (!Number.isInteger(u) || u < 0 || u >= n)
				throw new RangeError(`node ${v} has neighbour ${u} outside 0..${n - 1}`);
			targets[offsets[v] + i] = u;
		}
	}
	return { n, offsets, targets };
}

/** The neighbours of `v`, as a copy (for tests and small graphs; metrics read the arrays directly). */
export function neighbours(g: Csr, v: number): number[] {
	return Array.from(g.targets.subarray(g.offsets[v], g.offsets[v + 1]));
}

/** In-degree of every node of a directed graph: how many lists name it (duplicates count). */
export function inDegrees(g: Csr): Int32Array {
	const deg = new Int32Array(g.n);
	for (let i = 0; i < g.targets.length; i++) deg[g.targets[i]]++;
	return deg;
}

/**
 * The undirected simple graph underlying `g`: u—v whenever u→v or v→u, without self-loops or
 * duplicate edges. This is the graph on which clustering, path length and components are measured
 * (Jelasity et al. 2007 study the undirected version of the views' graph). Linear time: the reverse
 * edges come from one counting pass (in-lists in the order of their sources), and a stamp array
 * removes duplicates instead of sorting. Node v's neighbours are, in this order and each at its
 * first occurrence: the nodes w < v with w→v, v's own list, the nodes w > v with w→v (the search
 * overlays' random choices read this order, so it is part of the result).
 */
export function undirected(g: Csr): Csr {
	const { n, offsets, targets } = g;
	const m = offsets[n];
	const inStart = new Int32Array(n + 1);
	for (let i = 0; i < m; i++) inStart[targets[i] + 1]++;
	for (let v = 0; v < n; v++) inStart[v + 1] += inStart[v];
	const sources = reverseSources(g, inStart);
	const outOffsets = new Int32Array(n + 1);
	const out = new Int32Array(2 * m);
	const k = mergeBothWays(g, inStart, sources, outOffsets, out);
	return { n, offsets: outOffsets, targets: out.subarray(0, k) };
}

/**
 * The sources of the edges into each node, node by node (`inStart` gives each node's range), in
 * ascending order of source. (Each pass of `undirected` is a function of its own, so V8 optimises it
 * once with its whole type feedback rather than mid-loop inside one large function.)
 */
function reverseSources(g: Csr, inStart: Int32Array): Int32Array {
	const { n, offsets, targets } = g;
	const sources = new Int32Array(offsets[n]);
	const fill = inStart.slice(0, n);
	for (let v = 0; v < n; v++)
		for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) sources[fill[targets[i]]++] = v;
	return sources;
}

/** Each node's undirected list into `out` / `outOffsets`, in `undirected`'s order; returns its length. */
function mergeBothWays(
	g: Csr,
	inStart: Int32Array,
	sources: Int32Array,
	outOffsets: Int32Array,
	out: Int32Array
): number {
	const { n, offsets, targets } = g;
	const stamp = new Int32Array(n).fill(-1);
	let k = 0;
	for (let v = 0; v < n; v++) {
		stamp[v] = v;
		let i = inStart[v];
		const inEnd = inStart[v + 1];
		for (; i < inEnd && sources[i] < v; i++) {
			const u = sources[i];
			if (stamp[u] === v) continue;
			stamp[u] = v;
			out[k++] = u;
		}
		for (let j = offsets[v], end = offsets[v + 1]; j < end; j++) {
			const u = targets[j];
			if (stamp[u] === v) continue;
			stamp[u] = v;
			out[k++] = u;
		}
		for (; i < inEnd; i++) {
			const u = sources[i];
			if (stamp[u] === v) continue;
			stamp[u] = v;
			out[k++] = u;
		}
		outOffsets[v + 1] = k;
	}
	return k;
}
