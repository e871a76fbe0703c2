import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { connectedComponents } from './components';
import { csrFromLists, undirected } from './csr';
import { componentCount } from './unionFind';

describe('componentCount (union-find)', () => {
	it('counts components of a directed graph as if undirected', () => {
		const g = csrFromLists([[1], [2], [], [4], [], []]);
		expect(componentCount(g)).toEqual({ count: 3, largest: 3 });
		expect(componentCount(csrFromLists([]))).toEqual({ count: 0, largest: 0 });
	});

	it('agrees with the graph search on random directed graphs', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 80 }),
				fc.integer({ min: 0, max: 3 }),
				fc.string(),
				(n, k, seed) => {
					const rng = Rng.stream(seed);
					const g = csrFromLists(
						Array.from({ length: n }, () => Array.from({ length: k }, () => rng.int(n)))
					);
					const { count, largest } = connectedComponents(undirected(g));
					expect(componentCount(g)).toEqual({ count, largest });
				}
			),
			{ numRuns: 300 }
		);
	});
});
