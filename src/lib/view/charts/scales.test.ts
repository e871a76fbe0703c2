import { describe, expect, it } from 'vitest';
import { axisScale, extent, legendLayout, tickLabel, wholeTicks } from './scales';

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

describe('wholeTicks', () => {
	it.each([
		{ domain: [0, 1] as [number, number], count: 5, ticks: [0, 1] },
		{ domain: [0, 2] as [number, number], count: 8, ticks: [0, 1, 2] },
		{ domain: [0, 40] as [number, number], count: 4, ticks: [0, 10, 20, 30, 40] },
		{ domain: [3, 4] as [number, number], count: 6, ticks: [3, 4] }
	])('labels rounds $domain with whole numbers only', ({ domain, count, ticks }) => {
		expect(wholeTicks(axisScale(domain, [0, 100]), count)).toEqual(ticks);
	});
});

describe('legendLayout', () => {
	it('keeps names on one row while they fit, and wraps before one would run past the edge', () => {
		const wide = legendLayout(['flooding', 'expanding ring'], 0, 1000, 20);
		expect(wide.rows).toBe(1);
		expect(wide.slots.map((s) => s.row)).toEqual([0, 0]);
		const narrow = legendLayout(['flooding', 'expanding ring'], 0, 300, 20);
		expect(narrow).toEqual({
			slots: [
				{ x: 0, row: 0 },
				{ x: 0, row: 1 }
			],
			rows: 2
		});
		expect(legendLayout([], 0, 100, 20).rows).toBe(0);
	});
});
