import { describe, expect, it } from 'vitest';
import { initGossip } from './state';
import { growthPerRound } from './topologies';
import { ABSENT, LIVE } from './types';
import { viewIdsOf, viewOf } from './view';

describe('starting topologies', () => {
	it('ring lattice: each node knows its c nearest by index, alternating sides', () => {
		const s = initGossip({ nodes: 6, viewSize: 3, init: 'ring' }, 't');
		expect(viewIdsOf(s, 0)).toEqual([1, 5, 2]);
		expect(viewIdsOf(s, 4)).toEqual([5, 3, 0]);
		for (let v = 0; v < 6; v++) expect(viewOf(s, v).map((d) => d.age)).toEqual([0, 0, 0]);
	});

	it('star: everyone knows the bootstrap node 0, which knows nobody', () => {
		const s = initGossip({ nodes: 4, viewSize: 2, init: 'star' }, 't');
		expect([0, 1, 2, 3].map((v) => viewIdsOf(s, v))).toEqual([[], [0], [0], [0]]);
	});

	it('random: c distinct others per node, seeded', () => {
		for (const [n, c] of [
			[50, 5],
			[6, 5]
		]) {
			const s = initGossip({ nodes: n, viewSize: c, init: 'random' }, 't');
			for (let v = 0; v < n; v++) {
				const ids = viewIdsOf(s, v);
				expect(ids.length).toBe(c);
				expect(new Set(ids).size).toBe(c);
				expect(ids).not.toContain(v);
			}
			expect(viewIdsOf(initGossip({ nodes: n, viewSize: c, init: 'random' }, 't'), 3)).toEqual(
				viewIdsOf(s, 3)
			);
		}
	});

	it('growing: node 0 alone at first, N/100 joiners a round', () => {
		const s = initGossip({ nodes: 500, viewSize: 4, init: 'growing' }, 't');
		expect([s.live, s.status[0], s.status[1]]).toEqual([1, LIVE, ABSENT]);
		expect([growthPerRound(500), growthPerRound(10_000), growthPerRound(20)]).toEqual([5, 100, 1]);
	});
});
