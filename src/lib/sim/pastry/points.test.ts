import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateIdSpace } from '../core';
import { drawNodes, hasRepeat, placementStreams, randomNodeArrays } from './points';

describe('randomNodeArrays', () => {
	it.each([
		['52-bit ids, no repeat', { b: 4, digits: 13 }, 3000],
		['8-bit ids, repeats drawn again', { b: 4, digits: 2 }, 120]
	])('draws the nodes the growing scenario draws (%s)', (_, shape, n) => {
		const space = validateIdSpace(shape);
		const got = randomNodeArrays(n, space, 's');
		const want = drawNodes(placementStreams('s'), space, n);
		expect(Array.from(got.ids)).toEqual(want.map((p) => p.id));
		expect(Array.from(got.xs)).toEqual(want.map((p) => p.x));
		expect(Array.from(got.ys)).toEqual(want.map((p) => p.y));
	});
});

describe('hasRepeat', () => {
	it('finds a repeat exactly when a set of the ids is smaller than the list', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 52 }),
				fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
					maxLength: 300
				}),
				(bits, us) => {
					const ids = Float64Array.from(us, (u) => Math.floor(u * 2 ** bits));
					expect(hasRepeat(ids, bits)).toBe(new Set(ids).size < ids.length);
				}
			)
		);
	});

	it('finds a repeat among ids that share their leading bits', () => {
		// Every id in the same slot: the probe must walk the whole run.
		expect(hasRepeat(Float64Array.from([0, 1, 2, 3, 1]), 52)).toBe(true);
		expect(hasRepeat(Float64Array.from([0, 1, 2, 3, 4]), 52)).toBe(false);
		expect(hasRepeat(Float64Array.from([2 ** 52 - 1, 2 ** 52 - 1]), 52)).toBe(true);
	});
});
