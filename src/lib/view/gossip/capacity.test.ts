import { describe, expect, it } from 'vitest';
import { chartGrid, shownCharts } from './capacity';

describe('chart capacity', () => {
	it('fits whole charts only, at least one', () => {
		expect(chartGrid(800, 430, 20, 19)).toEqual({ columns: 2, capacity: 2 });
		expect(chartGrid(1300, 900, 16, 19)).toEqual({ columns: 4, capacity: 16 });
		expect(chartGrid(100, 50, 16, 19)).toEqual({ columns: 1, capacity: 1 });
	});

	it('shows the chosen charts first', () => {
		expect(shownCharts(['a', 'b', 'c'], [], 2)).toEqual(['a', 'b']);
		expect(shownCharts(['a', 'b', 'c'], ['c', 'x'], 2)).toEqual(['c', 'a']);
	});
});
