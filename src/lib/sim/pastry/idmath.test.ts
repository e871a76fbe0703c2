import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	clockwiseDistance,
	closerToKey,
	digitAt,
	ringDistance,
	sharedPrefixLength,
	type IdSpace
} from '../core';
import { idMath } from './idmath';

const spaceAndIds = fc
	.integer({ min: 1, max: 4 })
	.chain((b) => fc.integer({ min: 1, max: Math.floor(52 / b) }).map((digits) => ({ b, digits })))
	.chain((space: IdSpace) => {
		const id = fc.integer({ min: 0, max: 2 ** (space.b * space.digits) - 1 });
		return fc.tuple(fc.constant(space), id, id, id);
	});

describe('idMath', () => {
	it('agrees with core/ids on every space (property)', () => {
		fc.assert(
			fc.property(spaceAndIds, ([space, a, c, key]) => {
				const m = idMath(space);
				expect(m.shl(a, c)).toBe(sharedPrefixLength(a, c, space));
				expect(m.clockwise(a, c)).toBe(clockwiseDistance(a, c, space));
				expect(m.ring(a, c)).toBe(ringDistance(a, c, space));
				expect(m.closer(key, a, c)).toBe(closerToKey(key, a, c, space));
				for (let i = 0; i < space.digits; i++) expect(m.digit(a, i)).toBe(digitAt(a, i, space));
			}),
			{ numRuns: 500 }
		);
	});

	it('reads the lecture ids', () => {
		const m = idMath({ b: 4, digits: 6 });
		expect(m.shl(0xd4213f, 0xd46a1c)).toBe(2);
		expect(m.digit(0xd46a1c, 2)).toBe(6);
		expect(m.size).toBe(2 ** 24);
		expect(m.closer(0xd46a1c, 0xd467c4, 0xd471f1)).toBe(true);
	});
});
