import { describe, expect, it } from 'vitest';
import { SimError } from '../core';
import { hopsAgainstN } from './series';
import { pastryStatistics } from './stats';

describe('pastryStatistics (§3.1, Fig. 4)', () => {
	it('reproduces the paper at N = 1,000: mean hops within 3% of 2.485, all delivered to the root', () => {
		const r = pastryStatistics({ nodes: 1000, lookups: 20_000, seed: 'paper' });
		expect(Math.abs(r.meanHops - 2.485) / 2.485).toBeLessThan(0.03);
		expect(r.deliveredToRoot).toBe(1);
		expect(r.hopHistogram.reduce((a, c) => a + c, 0)).toBeCloseTo(1, 12);
		expect(r.maxHops).toBeLessThanOrEqual(5);
		expect(r.meanTableEntries).toBeGreaterThan(25);
	});

	it('still delivers every lookup to the closest live node after 10% of the nodes fail', () => {
		const r = pastryStatistics({ nodes: 3000, lookups: 5000, seed: 'fail', fail: 0.1 });
		expect(r.failed).toBe(300);
		expect(r.repairs.leafSets).toBeGreaterThan(300);
		expect(r.repairs.tableEntries).toBeGreaterThan(0);
		expect(r.deliveredToRoot).toBe(1);
		const random = pastryStatistics({
			nodes: 3000,
			lookups: 5000,
			seed: 'fail',
			fail: 0.1,
			keys: 'random'
		});
		expect(random.deliveredToRoot).toBe(1);
	});

	it('gives the same figures for the same seed, other figures for another', () => {
		const a = pastryStatistics({ nodes: 500, lookups: 2000, seed: 'x', fail: 0.05 });
		expect(
			JSON.stringify(pastryStatistics({ nodes: 500, lookups: 2000, seed: 'x', fail: 0.05 }))
		).toBe(JSON.stringify(a));
		expect(
			pastryStatistics({ nodes: 500, lookups: 2000, seed: 'y', fail: 0.05 }).meanHops
		).not.toBe(a.meanHops);
	});

	it('grows by about one hop per ×16 nodes (hopsAgainstN)', () => {
		const series = hopsAgainstN([16, 256, 4096], { lookups: 3000, seed: 's' });
		expect(series.map((p) => p.logN)).toEqual([1, 2, 3]);
		expect(series[0].meanHops).toBeLessThan(1.1);
		for (let i = 1; i < series.length; i++) {
			const step = series[i].meanHops - series[i - 1].meanHops;
			expect(step).toBeGreaterThan(0.6);
			expect(step).toBeLessThan(1.1);
		}
	});

	it('reports the locality of §3.2: routes longer than direct, shorter than twice', () => {
		const r = pastryStatistics({ nodes: 2000, lookups: 5000, seed: 'loc' });
		expect(r.locality.relativeDistance).toBeGreaterThan(1.1);
		expect(r.locality.relativeDistance).toBeLessThan(1.6);
		expect(r.locality.routeDistance / r.locality.directDistance).toBeCloseTo(
			r.locality.relativeDistance,
			12
		);
		expect(r.timeouts).toBeNull();
	});

	it.each([
		[{ nodes: 0 }, 'N (the number of nodes) must be an integer of at least 1, got 0'],
		[{ lookups: 0 }, 'lookups must be an integer of at least 1'],
		[{ b: 5 }, 'b must be an integer from 1 to 4, got 5'],
		[{ leafSetSize: 7 }, '|L| (the leaf set size) must be an even integer'],
		[{ leafSetSize: 0 }, '|L| (the leaf set size) must be an even integer'],
		[{ fail: 1 }, 'the failing share must be a number from 0 to below 1'],
		[{ digits: 2, nodes: 200 }, 'are too many for 8-bit ids']
	])('refuses %j with a SimError', (bad, message) => {
		const run = () => pastryStatistics({ nodes: 10, lookups: 10, seed: '1', ...bad });
		expect(run).toThrow(SimError);
		expect(run).toThrow(message);
	});
});

describe("pastryStatistics with build: 'joins' (§2.4, no oracle)", () => {
	it('at N = 2,000 gives mean hops within 5% of the converged network, every lookup at the root', () => {
		const options = { nodes: 2000, lookups: 20_000, seed: '1' };
		const joins = pastryStatistics({ ...options, build: 'joins' });
		const converged = pastryStatistics(options);
		expect(Math.abs(joins.meanHops - converged.meanHops) / converged.meanHops).toBeLessThan(0.05);
		expect(joins.deliveredToRoot).toBe(1);
		expect(joins.timeouts).toEqual({
			total: 0,
			perLookup: 0,
			meanHopsWithTimeouts: joins.meanHops
		});
		expect(joins.joins?.meanJoinHops).toBeGreaterThan(1);
		const random = pastryStatistics({ ...options, lookups: 5000, build: 'joins', keys: 'random' });
		expect(random.deliveredToRoot).toBe(1);
	});

	it('detects failed table entries by timeouts, counts them, and still delivers to the root', () => {
		const r = pastryStatistics({
			nodes: 2000,
			lookups: 10_000,
			seed: '3',
			fail: 0.1,
			build: 'joins'
		});
		expect(r.failed).toBe(200);
		expect(r.deliveredToRoot).toBe(1);
		const t = r.timeouts as NonNullable<typeof r.timeouts>;
		expect(t.total).toBeGreaterThan(100);
		expect(t.total).toBe(r.repairs.tableEntries);
		expect(t.meanHopsWithTimeouts).toBeCloseTo(r.meanHops + t.perLookup, 12);
	});
});
