import { describe, expect, it } from 'vitest';
import { validateIdSpace } from '../core';
import { drawNodes, placementStreams, randomNodeArrays } from './points';

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
