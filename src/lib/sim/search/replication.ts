import { closerToKey, keyFromName, type Rng } from '../core';
import type { Csr } from '../core/graph';
import { liveRoot, type ConvergedOverlay } from '../pastry';
import type { SearchObject } from './types';

/** Copies of each object for replication ratio R on N nodes: R·N rounded, at least one. */
export function replicaCount(replication: number, nodes: number): number {
	return Math.min(nodes, Math.max(1, Math.round(replication * nodes)));
}

/** Where each object's copies start in the flat replica list: the running sums of `counts`. */
export function replicaOffsets(counts: Int32Array): Int32Array {
	const offsets = new Int32Array(counts.length + 1);
	for (let o = 0; o < counts.length; o++) offsets[o + 1] = offsets[o] + counts[o];
	return offsets;
}

/**
 * Random placement (Lv et al. 2002, §5): object o on `counts[o]` distinct nodes drawn uniformly. A
 * partial Fisher–Yates shuffle of one pool serves all objects (each draw is uniform whatever order
 * the pool was left in). The result lists object 0's holders, then object 1's, and so on.
 */
export function uniformReplicas(n: number, counts: Int32Array, rng: Rng): Int32Array {
	const pool = Int32Array.from({ length: n }, (_, i) => i);
	const offsets = replicaOffsets(counts);
	const out = new Int32Array(offsets[counts.length]);
	for (let o = 0; o < counts.length; o++)
		for (let i = 0; i < counts[o]; i++) {
			const j = i + rng.int(n - i);
			const t = pool[i];
			pool[i] = pool[j];
			pool[j] = t;
			out[offsets[o] + i] = pool[i];
		}
	return out;
}

/**
 * Interest-based replication: object o on the `counts[o]` nodes whose interest cell is closest to
 * the object's (Manhattan distance; ties in the farthest ring needed are broken at random). Nodes
 * hold what they like, the premise of semantic overlays (Voulgaris et al. 2004).
 */
export function interestReplicas(
	n: number,
	width: number,
	objects: readonly SearchObject[],
	counts: Int32Array,
	rng: Rng
): Int32Array {
	const height = Math.ceil(n / width);
	const offsets = replicaOffsets(counts);
	const out = new Int32Array(offsets[objects.length]);
	for (const o of objects) {
		const r = counts[o.index];
		let k = 0;
		for (let d = 0; k < r; d++) {
			const ring: number[] = [];
			for (let dx = -d; dx <= d; dx++) {
				const rest = d - Math.abs(dx);
				for (const dy of rest === 0 ? [0] : [-rest, rest]) {
					const x = o.cell.x + dx;
					const y = o.cell.y + dy;
					const v = y * width + x;
					if (x >= 0 && x < width && y >= 0 && y < height && v < n) ring.push(v);
				}
			}
			const take = Math.min(r - k, ring.length);
			for (const v of take < ring.length ? rng.sample(ring, take) : ring)
				out[offsets[o.index] + k++] = v;
		}
	}
	return out;
}

/**
 * DHT placement: every object at the root of its key, SHA-1 of its name (the live node numerically
 * closest, §2 of Rowstron & Druschel), and its other `counts[o] − 1` replicas on the next closest
 * nodeIds, as PAST keeps k copies on the k numerically closest nodes.
 */
export function keyReplicas(
	overlay: ConvergedOverlay,
	objects: readonly SearchObject[],
	counts: Int32Array
): Int32Array {
	const n = overlay.n;
	const offsets = replicaOffsets(counts);
	const out = new Int32Array(offsets[objects.length]);
	for (const o of objects) {
		const key = keyFromName(o.name, overlay.space);
		const root = liveRoot(overlay, key);
		const at = offsets[o.index];
		const r = counts[o.index];
		out[at] = root;
		let left = (root - 1 + n) % n;
		let right = (root + 1) % n;
		for (let i = 1; i < r; i++) {
			if (closerToKey(key, overlay.ids[right], overlay.ids[left], overlay.space)) {
				out[at + i] = right;
				right = (right + 1) % n;
			} else {
				out[at + i] = left;
				left = (left - 1 + n) % n;
			}
		}
	}
	return out;
}

/** The object → holders and node → holdings tables from `counts[o]` replicas of each object o. */
export function holdingTables(
	n: number,
	counts: Int32Array,
	replicas: Int32Array
): { holders: Csr; holdings: Csr } {
	const holders: Csr = { n: counts.length, offsets: replicaOffsets(counts), targets: replicas };
	const offsets = new Int32Array(n + 1);
	for (let i = 0; i < replicas.length; i++) offsets[replicas[i] + 1]++;
	for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
	const fill = offsets.slice(0, n);
	const targets = new Int32Array(replicas.length);
	for (let o = 0; o < counts.length; o++)
		for (let i = holders.offsets[o]; i < holders.offsets[o + 1]; i++)
			targets[fill[replicas[i]]++] = o;
	return { holders, holdings: { n, offsets, targets } };
}

/** The two tables from each object's list of holders (lists may differ in length). */
export function holdingLists(
	n: number,
	lists: readonly (readonly number[])[]
): { holders: Csr; holdings: Csr } {
	const offsets = new Int32Array(lists.length + 1);
	lists.forEach((l, o) => (offsets[o + 1] = offsets[o] + l.length));
	const holders: Csr = { n: lists.length, offsets, targets: Int32Array.from(lists.flat()) };
	const byNode: number[][] = Array.from({ length: n }, () => []);
	lists.forEach((l, o) => l.forEach((v) => byNode[v].push(o)));
	const nodeOffsets = new Int32Array(n + 1);
	for (let v = 0; v < n; v++) nodeOffsets[v + 1] = nodeOffsets[v] + byNode[v].length;
	return {
		holders,
		holdings: { n, offsets: nodeOffsets, targets: Int32Array.from(byNode.flat()) }
	};
}
