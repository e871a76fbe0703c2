import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { clusteringCoefficient } from './clustering';
import { csrFromLists, undirected } from './csr';
import { meanPathLength, pathSources } from './paths';
import { randomGraphReference } from './reference';

describe('randomGraphReference', () => {
	it('follows the formulas of DESIGN.md', () => {
		const r = randomGraphReference(10_000, 30);
		const k = 60 - 900 / 9999;
		expect(r.meanDegree).toBeCloseTo(k, 12);
		expect(r.clustering).toBeCloseTo(k / 10_000, 15);
		expect(r.pathLength).toBeCloseTo((Math.log(10_000) - 0.5772156649) / Math.log(k) + 0.5, 8);
		expect(r.inDegreeSd).toBeCloseTo(Math.sqrt(30 * (1 - 30 / 9999)), 12);
		expect(randomGraphReference(2, 1).pathLength).toBeNull();
		expect(() => randomGraphReference(5, 5)).toThrow(RangeError);
	});

	it('matches a sampled random c-out graph', () => {
		const rng = Rng.stream('reference');
		const n = 2000;
		const c = 10;
		const lists = Array.from({ length: n }, (_, v) =>
			rng.sample(
				Array.from({ length: n - 1 }, (_, i) => (i < v ? i : i + 1)),
				c
			)
		);
		const g = undirected(csrFromLists(lists));
		const ref = randomGraphReference(n, c);
		expect(g.targets.length / n).toBeCloseTo(ref.meanDegree, 0);
		expect(clusteringCoefficient(g) / ref.clustering).toBeGreaterThan(0.8);
		expect(clusteringCoefficient(g) / ref.clustering).toBeLessThan(1.25);
		const pl = meanPathLength(g, pathSources(n, 50, rng)).mean as number;
		expect(Math.abs(pl - (ref.pathLength as number))).toBeLessThan(0.1);
	});
});
