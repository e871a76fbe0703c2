import { describe, expect, it } from 'vitest';
import { csrFromLists, inDegrees, neighbours, undirected } from './csr';

describe('csr', () => {
	it('stores neighbour lists in order and rejects out-of-range nodes', () => {
		const g = csrFromLists([[1, 2], [], [0]]);
		expect(Array.from(g.offsets)).toEqual([0, 2, 2, 3]);
		expect(neighbours(g, 0)).toEqual([1, 2]);
		expect(neighbours(g, 1)).toEqual([]);
		expect(() => csrFromLists([[3]])).toThrow(/outside 0..0/);
	});

	it('counts in-degrees', () => {
		expect(Array.from(inDegrees(csrFromLists([[1, 2], [2], [1]])))).toEqual([0, 2, 2]);
	});

	it('symmetrises without duplicates or self-loops', () => {
		// 0→1 and 1→0 are one edge; 2→2 is dropped; 3 is isolated.
		const g = undirected(csrFromLists([[1], [0, 2], [2, 1], []]));
		expect(neighbours(g, 0)).toEqual([1]);
		expect(neighbours(g, 1).sort()).toEqual([0, 2]);
		expect(neighbours(g, 2)).toEqual([1]);
		expect(neighbours(g, 3)).toEqual([]);
		expect(g.targets.length).toBe(4);
	});
});
