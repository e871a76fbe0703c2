import { describe, expect, it } from 'vitest';
import { labelBox, overlaps } from '../lens/place';
import { placeLabels } from './labelPlace';

describe('placeLabels', () => {
	it('writes a lone label above right of its node', () => {
		expect(placeLabels([{ x: 100, y: 100, text: '21', r: 6 }], 20, 400, 400)).toEqual([
			{ x: 110, y: 85, anchor: 'start' }
		]);
	});

	it('moves the label of a node next to another one off the first label', () => {
		// Nodes 21 and 18 of /play/gossip after three steps: 16 px apart, labels at 36 px.
		const points = [
			{ x: 548, y: 366, text: '21', r: 11 },
			{ x: 536, y: 350, text: '18', r: 11 }
		];
		const [a, b] = placeLabels(points, 36, 800, 500);
		const boxA = labelBox(a.x, a.y, a.anchor, 2, 36);
		const boxB = labelBox(b.x, b.y, b.anchor, 2, 36);
		expect(overlaps(boxA, boxB)).toBe(false);
		expect(a).toEqual({ x: 563, y: 366 - 11 - 36 * 0.45, anchor: 'start' });
	});

	it('keeps labels inside the picture when there is a clear spot', () => {
		const [p] = placeLabels([{ x: 395, y: 5, text: '1234', r: 4 }], 20, 400, 400);
		const box = labelBox(p.x, p.y, p.anchor, 4, 20);
		expect(box.x1).toBeLessThanOrEqual(400);
		expect(box.y0).toBeGreaterThanOrEqual(0);
	});
});
