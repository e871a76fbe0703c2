import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { hypot } from './hypot';

describe('hypot', () => {
	it('equals Math.hypot bit for bit on differences of points of the unit square', () => {
		const rng = Rng.stream('hypot', 'test');
		for (let i = 0; i < 200_000; i++) {
			const dx = rng.next() - rng.next();
			const dy = (rng.next() - rng.next()) * (i % 3 === 0 ? 1e-6 : 1);
			expect(hypot(dx, dy)).toBe(Math.hypot(dx, dy));
		}
	});

	it('equals Math.hypot at zero, equal magnitudes, signs and extreme scales', () => {
		const values = [0, -0, 1, -1, 0.5, 3, 4, 1e-300, 1e300, 5e-324, 0.1, 0.7, -0.3];
		for (const dx of values)
			for (const dy of values) expect(Object.is(hypot(dx, dy), Math.hypot(dx, dy))).toBe(true);
	});
});
