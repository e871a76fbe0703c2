import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchStatistics } from './batch';
import { compareMethods } from './compare';
import { buildNetwork } from './network';
import { randomFixture } from './testing';
import type { QueryKind } from './types';

const figures = (s: {
	successRate: number | null;
	meanMessages: number | null;
	meanHops: number | null;
}) => ({
	successRate: s.successRate,
	meanMessages: s.meanMessages,
	meanHops: s.meanHops
});

describe('compareMethods', () => {
	it('gives, point for point, what searchStatistics gives for that method and parameter', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.integer({ min: 2, max: 50 }),
				fc.constantFrom<QueryKind>('exact', 'keyword'),
				(seed, n, query) => {
					const network = randomFixture(seed, n, 3, 5, 2);
					const c = compareMethods(network, {
						queries: 8,
						seed,
						query,
						ttls: [1, 3, 5],
						walkers: [1, 4],
						walkerTtl: 15
					});
					for (const p of c.flood)
						expect(p).toEqual({
							x: p.x,
							...figures(
								searchStatistics(network, { method: 'flood', ttl: p.x, query, queries: 8, seed })
							)
						});
					for (const p of c.ring)
						expect(p).toEqual({
							x: p.x,
							...figures(
								searchStatistics(network, { method: 'ring', ttl: p.x, query, queries: 8, seed })
							)
						});
					for (const p of c.walk)
						expect(p).toEqual({
							x: p.x,
							...figures(
								searchStatistics(network, {
									method: 'walk',
									walkers: p.x,
									walkerTtl: 15,
									query,
									queries: 8,
									seed
								})
							)
						});
					expect([c.dht, c.greedy]).toEqual([null, null]);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('adds greedy routing on tman and the DHT on pastry', () => {
		const tman = buildNetwork({ overlay: 'tman', nodes: 200, seed: 'c' });
		const t = compareMethods(tman, { queries: 20, seed: 'c', ttls: [2], walkers: [2] });
		expect(t.greedy).toEqual(
			figures(searchStatistics(tman, { method: 'greedy', queries: 20, seed: 'c' }))
		);
		const pastry = buildNetwork({ overlay: 'pastry', nodes: 200, seed: 'c' });
		const p = compareMethods(pastry, { queries: 20, seed: 'c', ttls: [2], walkers: [2] });
		expect(p.dht).toMatchObject({ supported: true, successRate: 1 });
		const k = compareMethods(pastry, {
			queries: 20,
			seed: 'c',
			query: 'keyword',
			ttls: [2],
			walkers: [2]
		});
		expect(k.dht).toMatchObject({ supported: false, successRate: null });
	});
});
