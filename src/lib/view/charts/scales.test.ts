import { describe, expect, it } from 'vitest';
import { axisScale, extent, tickLabel } from './scales';

describe('chart scales', () => {
	it('widens flat extents and can include zero', () => {
		expect(extent([3, 3])).toEqual([3, 3.3]);
		expect(extent([0, 0])).toEqual([0, 1]);
		expect(extent([2, 5], true)).toEqual([0, 5]);
		expect(extent([])).toEqual([0, 1]);
	});

	it('uses a log scale only for positive domains', () => {
		expect(axisScale([10, 100000], [0, 100], true)(1000)).toBeCloseTo(50);
		expect(axisScale([0, 10], [0, 100], true)(5)).toBeCloseTo(50);
	});

	it('writes short tick labels', () => {
		expect([1000, 100000, 2500000, 0.25, 0.0006, 3.5, 0].map(tickLabel)).toEqual([
			'1k',
			'100k',
			'2.5M',
			'0.25',
			'0.0006',
			'3.5',
			'0'
		]);
	});
});
