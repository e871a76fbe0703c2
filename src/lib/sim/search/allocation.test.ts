import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { expectedSearchSize, replicaCounts } from './allocation';
import { cumulative, drawRanked, queryRates } from './popularity';
import type { Allocation } from './types';

describe('query popularity (Lv et al. 2002, §2.4)', () => {
	it('uniform gives every object 1/m; Zipf q_i ∝ 1/i^α, decreasing, summing to 1', () => {
		expect(Array.from(queryRates(4, 'uniform', 0))).toEqual([0.25, 0.25, 0.25, 0.25]);
		const q = queryRates(3, 'zipf', 1);
		// 1, 1/2, 1/3 over 11/6.
		expect(Array.from(q).map((x) => x.toFixed(6))).toEqual(['0.545455', '0.272727', '0.181818']);
		expect(Array.from(queryRates(5, 'zipf', 0))).toEqual(Array.from(queryRates(5, 'uniform', 0)));
	});

	it('draws each object about q_i of the time', () => {
		const q = queryRates(10, 'zipf', 1.2);
		const cdf = cumulative(q);
		const rng = Rng.stream('zipf');
		const seen = new Array(10).fill(0);
		for (let i = 0; i < 100_000; i++) seen[drawRanked(cdf, rng)]++;
		for (let i = 0; i < 10; i++) expect(Math.abs(seen[i] / 100_000 - q[i])).toBeLessThan(0.005);
	});
});

describe('replica allocation (Cohen & Shenker 2002)', () => {
	it('uniform splits evenly; proportional follows q; square root follows √q', () => {
		const q = Float64Array.from([0.64, 0.16, 0.16, 0.04]);
		expect(Array.from(replicaCounts(q, 'uniform', 40, 100))).toEqual([10, 10, 10, 10]);
		expect(Array.from(replicaCounts(q, 'proportional', 100, 100))).toEqual([64, 16, 16, 4]);
		// √q = 0.8, 0.4, 0.4, 0.2 over 1.8.
		expect(Array.from(replicaCounts(q, 'square-root', 90, 100))).toEqual([40, 20, 20, 10]);
	});

	it('keeps every count within 1 and N, sharing what the bounds free among the others', () => {
		const q = Float64Array.from([0.97, 0.01, 0.01, 0.01]);
		// Proportional would give 97 copies on 50 nodes and under one copy to the others.
		expect(Array.from(replicaCounts(q, 'proportional', 100, 50))).toEqual([50, 17, 17, 16]);
		expect(Array.from(replicaCounts(q, 'proportional', 10, 50))).toEqual([7, 1, 1, 1]);
	});

	it('square root has the least expected search size; uniform and proportional the same', () => {
		const q = queryRates(100, 'zipf', 1.2);
		const ess = (a: Allocation) =>
			expectedSearchSize(q, replicaCounts(q, a, 10_000, 10_000), 10_000);
		expect(ess('uniform')).toBeCloseTo(100, 6);
		expect(ess('proportional')).toBeCloseTo(100, 0);
		let roots = 0;
		for (const x of q) roots += Math.sqrt(x);
		expect(ess('square-root')).toBeCloseTo(roots ** 2, 0);
		expect(ess('square-root')).toBeLessThan(0.6 * ess('uniform'));
	});

	it('always sums to the budget, each object between 1 and N copies', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 1, max: 200 }),
				fc.double({ min: 0, max: 4, noNaN: true }),
				fc.constantFrom<Allocation>('uniform', 'proportional', 'square-root'),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(m, nodes, alpha, allocation, t) => {
					const total = m + Math.floor(t * (m * nodes - m));
					const counts = replicaCounts(queryRates(m, 'zipf', alpha), allocation, total, nodes);
					expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
					for (const c of counts) {
						expect(c).toBeGreaterThanOrEqual(1);
						expect(c).toBeLessThanOrEqual(nodes);
					}
					// More popular objects never get fewer copies.
					for (let i = 1; i < m; i++)
						expect(counts[i]).toBeLessThanOrEqual(
							counts[i - 1] + (allocation === 'uniform' ? 1 : 0)
						);
				}
			),
			{ numRuns: 300 }
		);
	});
});
