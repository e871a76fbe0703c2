import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { customNetwork } from './custom';
import type { SearchEvent } from './events';
import { distanceToRegion } from './interest';
import { startRun } from './run';
import { stepRun } from './step';
import { targetOf } from './target';
import { listsFromEdges, paramsFor } from './testing';
import type { SearchNetwork } from './types';

function trace(network: SearchNetwork, source: number, fallbackTtl: number) {
	const params = paramsFor({ method: 'greedy', fallbackTtl });
	const run = startRun(network, params, source, targetOf(network, { kind: 'exact', name: 'x' }));
	const events: SearchEvent[] = [];
	while (!run.done) stepRun(network, run, Rng.stream('u'), events);
	return { run, events };
}

/** The 3×3 lattice: node v at cell (v mod 3, ⌊v/3⌋), linked to its left/right/up/down cells. */
const grid3 = customNetwork({
	overlay: 'tman',
	width: 3,
	lists: listsFromEdges(9, [
		[0, 1],
		[1, 2],
		[3, 4],
		[4, 5],
		[6, 7],
		[7, 8],
		[0, 3],
		[3, 6],
		[1, 4],
		[4, 7],
		[2, 5],
		[5, 8]
	]),
	objects: [{ name: 'x', holders: [8] }]
});

/**
 * Width 4, cells row 0: 0 1 2 3, row 1: 4 5 6 7. The links form the path 2—1—0—4—5—6—7—3, so a
 * greedy route from 0 towards node 3's cell (3, 0) goes 0 → 1 → 2 and is stuck there.
 */
const trap = customNetwork({
	overlay: 'tman',
	width: 4,
	lists: listsFromEdges(8, [
		[2, 1],
		[1, 0],
		[0, 4],
		[4, 5],
		[5, 6],
		[6, 7],
		[7, 3]
	]),
	objects: [{ name: 'x', holders: [3] }]
});

describe('greedy routing', () => {
	it('crosses a 3×3 lattice corner to corner in 4 hops, each one closer', () => {
		const { run, events } = trace(grid3, 0, 2);
		expect(run.found).toEqual({ node: 8, object: 0, hops: 4, messages: 4 });
		const hops = events.filter((e) => e.type === 'greedy-hop');
		expect(hops.map((e) => e.type === 'greedy-hop' && e.distance)).toEqual([3, 2, 1, 0]);
		expect(hops.map((e) => e.type === 'greedy-hop' && e.messages)).toEqual([1, 2, 3, 4]);
	});

	it('stops at a local minimum, and a short fallback flood does not reach far enough', () => {
		const none = trace(trap, 0, 0);
		expect(none.events.map((e) => e.type)).toEqual(['greedy-hop', 'greedy-hop', 'greedy-stuck']);
		expect(none.run.exhausted).toBe('local-minimum');
		expect(none.run.state.method === 'greedy' && none.run.state.greedy.stuck).toEqual({
			node: 2,
			distance: distanceToRegion(4, 2, { x0: 3, x1: 3, y0: 0, y1: 0 })
		});
		const short = trace(trap, 0, 2);
		// 2 greedy hops, then the flood from 2: 2 → 1, 1 → 0.
		expect(short.run.found).toBeNull();
		expect(
			short.run.state.method === 'greedy' &&
				short.run.state.greedy.messages + (short.run.state.flood?.messages ?? 0)
		).toBe(4);
	});

	it('finds the object around the corner with a long enough fallback flood', () => {
		const { run } = trace(trap, 0, 7);
		// From 2 the path to 3 is 2—1—0—4—5—6—7—3: 7 hops and one message each.
		expect(run.found).toEqual({ node: 3, object: 0, hops: 2 + 7, messages: 2 + 7 });
	});
});
