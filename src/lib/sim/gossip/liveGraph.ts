import type { Csr } from '../core/graph';
import type { GossipState } from './types';
import { DEAD, LIVE, viewStride } from './types';

/**
 * What the metrics read of a state: a `GossipState` is one, and so is a lighter copy of these
 * fields (what the command line sends to a worker thread). Node v's entries are
 * `viewIds[v·stride .. v·stride + viewLength[v])`, `stride` being the state's {@link viewStride}
 * unless the copy says otherwise.
 */
export type MetricsInput = Pick<
	GossipState,
	'params' | 'seed' | 'size' | 'live' | 'round' | 'status' | 'viewIds' | 'viewLength'
> & {
	/** Slots from one node's entries to the next in `viewIds`; absent: the state's. */
	readonly stride?: number;
};

/** Where node v's entries start in `s.viewIds` is v times this. */
export function inputStride(s: Readonly<MetricsInput>): number {
	return s.stride ?? viewStride(s.params.viewSize);
}

/**
 * The fields of `s` the metrics read, copied (the arrays trimmed to the allocated nodes), the views
 * as their nodeIds only, c slots a node (`stride` c): half the state's store, which also holds the
 * ages (at N = 10^6, c = 20, 80 MB less a row in flight to a worker).
 */
export function metricsInput(s: Readonly<GossipState>): MetricsInput {
	const { params, seed, size, live, round, viewIds, viewLength } = s;
	const c = params.viewSize;
	const from = viewStride(c);
	const ids = new Int32Array(size * c);
	for (let v = 0; v < size; v++)
		for (let i = v * from, o = v * c, end = i + viewLength[v]; i < end;) ids[o++] = viewIds[i++];
	return {
		params,
		seed,
		size,
		live,
		round,
		status: s.status.slice(0, size),
		viewIds: ids,
		viewLength: viewLength.slice(0, size),
		stride: c
	};
}

/** The live graph of {@link liveGraph}, with the in-degree of every live node counted as it is built. */
export interface CountedGraph {
	graph: Csr;
	nodeIds: Int32Array;
	inDegree: Int32Array;
	entries: number;
	dead: number;
}

/**
 * One pass over the views: the who-knows-who graph among live nodes as compressed rows (re-indexed
 * 0..live-1 in nodeId order), each live node's in-degree counted on the way, and the count of view
 * entries of live nodes (`entries`) and of those pointing to dead nodes (`dead`).
 */
export function countedGraph(s: Readonly<MetricsInput>): CountedGraph {
	const c = s.params.viewSize;
	const stride = inputStride(s);
	const { status, viewIds, viewLength } = s;
	const index = new Int32Array(s.size).fill(-1);
	const nodeIds = new Int32Array(s.live);
	let n = 0;
	for (let v = 0; v < s.size; v++) {
		if (status[v] !== LIVE) continue;
		index[v] = n;
		nodeIds[n++] = v;
	}
	const offsets = new Int32Array(n + 1);
	const targets = new Int32Array(n * c);
	const inDegree = new Int32Array(n);
	let k = 0;
	let entries = 0;
	let dead = 0;
	for (let i = 0; i < n; i++) {
		const v = nodeIds[i];
		const len = viewLength[v];
		entries += len;
		for (let j = v * stride, end = j + len; j < end; j++) {
			const u = viewIds[j];
			const w = index[u];
			if (w >= 0) {
				targets[k++] = w;
				inDegree[w]++;
			} else if (status[u] === DEAD) dead++;
		}
		offsets[i + 1] = k;
	}
	return {
		graph: { n, offsets, targets: targets.subarray(0, k) },
		nodeIds,
		inDegree,
		entries,
		dead
	};
}

/**
 * The who-knows-who graph among live nodes, re-indexed 0..live-1 in nodeId order, and the count of
 * view entries of live nodes (`entries`) and of those pointing to dead nodes (`dead`).
 */
export function liveGraph(s: Readonly<MetricsInput>): {
	graph: Csr;
	nodeIds: Int32Array;
	entries: number;
	dead: number;
} {
	const { graph, nodeIds, entries, dead } = countedGraph(s);
	return { graph, nodeIds, entries, dead };
}
