import { describe, expect, it } from 'vitest';
import { connectedComponents } from './components';
import { csrFromLists, undirected } from './csr';

const graph = (lists: number[][]) => undirected(csrFromLists(lists));

describe('connectedComponents', () => {
	it('counts components and the largest one', () => {
		const g = graph([[1], [2], [], [4], [], []]);
		const c = connectedComponents(g);
		expect([c.count, c.largest]).toEqual([3, 3]);
		expect(Array.from(c.labels)).toEqual([0, 0, 0, 1, 1, 2]);
		expect(connectedComponents(graph([])).count).toBe(0);
	});
});
