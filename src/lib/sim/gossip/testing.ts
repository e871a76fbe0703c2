import type { GossipOptions } from './params';
import { initGossip } from './state';
import { viewStride, type GossipState } from './types';

/**
 * Test fixture: a state of `views.length` nodes whose views are exactly `views` (pairs of nodeId and
 * age, in slot order), everything else from `options`. Not exported from the folder's index.
 */
export function stateWith(
	views: readonly (readonly [number, number])[][],
	options: Partial<GossipOptions> & { viewSize: number },
	seed = 'fixture'
): GossipState {
	const s = initGossip({ nodes: views.length, init: 'ring', ...options }, seed);
	const c = s.params.viewSize;
	views.forEach((view, v) => {
		if (view.length > c) throw new RangeError(`view of node ${v} is longer than c = ${c}`);
		view.forEach(([id, age], i) => {
			s.viewIds[v * viewStride(c) + i] = id;
			s.viewAges[v * viewStride(c) + i] = age;
		});
		s.viewLength[v] = view.length;
	});
	return s;
}

/** A node's view as [nodeId, age] pairs sorted by nodeId, for order-free comparisons. */
export function sortedView(s: Readonly<GossipState>, v: number): [number, number][] {
	const c = s.params.viewSize;
	const out: [number, number][] = [];
	for (let i = v * viewStride(c); i < v * viewStride(c) + s.viewLength[v]; i++)
		out.push([s.viewIds[i], s.viewAges[i]]);
	return out.sort((a, b) => a[0] - b[0]);
}

/** A node's view as [nodeId, age] pairs in slot order. */
export function slots(s: Readonly<GossipState>, v: number): [number, number][] {
	const c = s.params.viewSize;
	const out: [number, number][] = [];
	for (let i = v * viewStride(c); i < v * viewStride(c) + s.viewLength[v]; i++)
		out.push([s.viewIds[i], s.viewAges[i]]);
	return out;
}
