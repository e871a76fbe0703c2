import { describe, expect, it } from 'vitest';
import { compareAllocations } from './allocation-compare';
import { searchStatistics } from './batch';
import { buildNetwork } from './network';

/**
 * Lv, Cao, Cohen, Li & Shenker (ICS 2002) on their setting: a random graph of N = 10,000 nodes with
 * mean degree 4. These run the real networks the command line builds (about a second each).
 */
describe('k random walkers, each with its own TTL (Lv et al. 2002, §4.3)', () => {
	// A rare object: 20 copies among 10,000 nodes (replication 0.2%).
	const rare = buildNetwork({
		overlay: 'random',
		nodes: 10_000,
		degree: 4,
		replication: 0.002,
		seed: '1'
	});
	const walk = (walkers: number) =>
		searchStatistics(rare, { method: 'walk', walkers, queries: 1000, seed: '1' });

	it('more walkers find at least as often, in fewer hops, for more messages', () => {
		const [k8, k16, k64] = [walk(8), walk(16), walk(64)];
		expect(k64.successRate).toBeGreaterThanOrEqual(k8.successRate as number);
		expect(k16.successRate).toBeGreaterThanOrEqual(k8.successRate as number);
		// Walkers share the search: 8 times the walkers, less than a quarter of the hops…
		expect(k64.meanHops as number).toBeLessThan((k8.meanHops as number) / 4);
		// …paid for in messages (walkers walk on until their next check with the requester).
		expect(k64.meanMessages as number).toBeGreaterThan(k8.meanMessages as number);
	});
});

describe('square-root replication (Cohen & Shenker 2002; Lv et al. 2002, §5)', () => {
	// 100 objects asked for by Zipf popularity (α = 1.2), a budget of 100 × 20 copies.
	for (const seed of ['1', '2'])
		it(`needs clearly fewer walker messages than uniform and proportional, which tie (seed ${seed})`, () => {
			const network = buildNetwork({
				overlay: 'random',
				nodes: 10_000,
				degree: 4,
				replication: 0.002,
				popularity: 'zipf',
				zipfAlpha: 1.2,
				seed
			});
			const c = compareAllocations(network, { method: 'walk', walkers: 32, queries: 2000, seed });
			const [u, p, s] = c.allocations.map((a) => a.meanMessages as number);
			expect(c.allocations.map((a) => a.allocation)).toEqual([
				'uniform',
				'proportional',
				'square-root'
			]);
			expect(c.totalReplicas).toBe(2000);
			// Uniform and proportional have the same expected search size: within 12% of each other…
			expect(Math.abs(u - p)).toBeLessThan(0.12 * Math.max(u, p));
			// …while square root needs at most 70% of either (measured: about 60%).
			expect(s).toBeLessThan(0.7 * Math.min(u, p));
			for (const a of c.allocations) expect(a.successRate).toBeGreaterThanOrEqual(0.99);
		});
});
