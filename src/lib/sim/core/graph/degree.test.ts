import { describe, expect, it } from 'vitest';
import { degreeStats } from './degree';

describe('degreeStats', () => {
	it('gives mean, population sd, extremes and histogram', () => {
		const s = degreeStats([2, 4, 4, 4, 5, 5, 7, 9]);
		expect(s.mean).toBe(5);
		expect(s.sd).toBe(2);
		expect([s.min, s.max]).toEqual([2, 9]);
		expect(s.histogram).toEqual([0, 0, 1, 0, 3, 2, 0, 1, 0, 1]);
		expect(degreeStats([])).toEqual({ mean: 0, sd: 0, min: 0, max: 0, histogram: [] });
	});
});
