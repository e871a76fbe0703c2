import { describe, expect, it } from 'vitest';
import { binned, binomialCounts } from './degree';

describe('in-degree reference', () => {
	it('is the binomial distribution scaled to the live nodes', () => {
		const b = binomialCounts(11, 2, 10);
		expect(b.reduce((a, x) => a + x, 0)).toBeCloseTo(11, 9);
		expect(b[0]).toBeCloseTo(11 * 0.8 ** 10, 12);
		expect(b[1]).toBeCloseTo(11 * 10 * 0.2 * 0.8 ** 9, 12);
		const big = binomialCounts(10000, 30, 80);
		expect(big.reduce((a, x, d) => a + x * d, 0) / 10000).toBeCloseTo(30, 3);
	});

	it('folds long histograms into labelled bins', () => {
		expect(binned([[1, 2, 3, 4, 5]], 2)).toEqual([
			{ label: '0', values: [6] },
			{ label: '3', values: [9] }
		]);
		expect(
			binned(
				[
					[1, 2],
					[0, 1, 1]
				],
				5
			).map((g) => g.label)
		).toEqual(['0', '1', '2']);
	});
});
