import { describe, expect, it } from 'vitest';
import { gridWidth, targetDistance, targetNeighbours } from './distance';
import { initGossip } from './state';
import { DEAD } from './types';

const state = (nodes: number) => initGossip({ nodes, viewSize: 1 }, 'd');

describe('target distances', () => {
	it('measure the ring, the line and the grid by nodeId', () => {
		const s = state(10);
		expect(targetDistance('ring', s)(1, 9)).toBe(2);
		expect(targetDistance('line', s)(1, 9)).toBe(8);
		// 10 nodes: a 4-wide grid; 1 = (1, 0), 9 = (1, 2).
		expect(gridWidth(10)).toBe(4);
		expect(targetDistance('grid', s)(1, 9)).toBe(2);
		expect(targetDistance('grid', s)(3, 4)).toBe(4);
	});
});

describe('targetNeighbours', () => {
	it('link live nodes to the previous and next live nodeId', () => {
		const s = state(5);
		s.status[2] = DEAD;
		expect(targetNeighbours('ring', s)).toEqual([[4, 1], [0, 3], [], [1, 4], [3, 0]]);
		expect(targetNeighbours('line', s)).toEqual([[1], [0, 3], [], [1, 4], [3]]);
	});

	it('link grid neighbours left, right, up and down', () => {
		expect(targetNeighbours('grid', state(6))).toEqual([
			[1, 3],
			[0, 2, 4],
			[1, 5],
			[4, 0],
			[3, 5, 1],
			[4, 2]
		]);
	});

	it('give two live nodes one ring edge each and one node none', () => {
		const s = state(3);
		s.status[1] = DEAD;
		expect(targetNeighbours('ring', s)).toEqual([[2], [], [0]]);
	});
});
