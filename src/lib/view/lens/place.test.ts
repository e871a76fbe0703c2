import { describe, expect, it } from 'vitest';
import { bowedChord, labelBox, overlaps, placeBadges } from './place';

describe('placeBadges', () => {
	it('takes the first candidate clear of labels and of badges already placed', () => {
		const label = labelBox(0, 0, 'start', 6, 20);
		expect(label).toEqual({ x0: -2, y0: -12, x1: 6 * 0.62 * 20 + 2, y1: 12 });
		const [a, b] = placeBadges(
			[
				[
					{ x: 10, y: 0 },
					{ x: 10, y: 40 }
				],
				[
					{ x: 10, y: 40 },
					{ x: 10, y: 80 }
				]
			],
			10,
			[label]
		);
		expect(a).toEqual({ x: 10, y: 40 });
		// The second badge's first choice is taken by the first badge.
		expect(b).toEqual({ x: 10, y: 80 });
	});

	it('falls back to the candidate that overlaps least', () => {
		const boxes = [
			{ x0: 0, y0: 0, x1: 10, y1: 10 },
			{ x0: 0, y0: 0, x1: 30, y1: 10 }
		];
		const [p] = placeBadges(
			[
				[
					{ x: 5, y: 5 },
					{ x: 25, y: 5 }
				]
			],
			2,
			boxes
		);
		expect(p).toEqual({ x: 25, y: 5 });
		expect(overlaps(boxes[0], { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
	});
});

describe('bowedChord', () => {
	const c = { x: 0, y: 0 };
	it('bows a long hop toward the centre and a short one only a little', () => {
		const long = bowedChord({ x: -100, y: 0 }, { x: 0, y: -100 }, c, 100, 20);
		const peak = long.at(0.5);
		expect(Math.hypot(peak.x, peak.y)).toBeLessThan(60);
		const short = bowedChord({ x: 100, y: 0 }, { x: 99.5, y: 10 }, c, 100, 20);
		const top = short.at(0.5);
		// The peak of a short hop lies minBow (20 px) inside the ring, not near the centre.
		expect(100 - Math.hypot(top.x, top.y)).toBeCloseTo(20, 0);
		expect(short.at(0)).toEqual({ x: 100, y: 0 });
		expect(short.d.startsWith('M100,0Q')).toBe(true);
	});
});
