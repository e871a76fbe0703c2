import { describe, expect, it } from 'vitest';
import { arcPath, labelAnchor, nearestTurn, polar, ringAngle, visibleLabels } from './geometry';

describe('ring geometry', () => {
	const angle = ringAngle(0x1000000);
	const c = { x: 100, y: 100 };

	it('puts id 0 at the top and a quarter of the space at 3 o’clock', () => {
		const top = polar(c, 50, angle(0));
		expect(top.x).toBeCloseTo(100);
		expect(top.y).toBeCloseTo(50);
		const right = polar(c, 50, angle(0x400000));
		expect(right.x).toBeCloseTo(150);
		expect(right.y).toBeCloseTo(100);
	});

	it('goes the short way round', () => {
		expect(nearestTurn(0.1, 2 * Math.PI - 0.1)).toBeCloseTo(-0.1);
		expect(nearestTurn(3, 3.5)).toBeCloseTo(3.5);
	});

	it('draws arcs with the right flags', () => {
		expect(arcPath(c, 50, 0, Math.PI / 2)).toBe('M150.0,100.0A50.0,50.0 0 0 1 100.0,150.0');
		expect(arcPath(c, 50, Math.PI / 2, 0)).toBe('M100.0,150.0A50.0,50.0 0 0 0 150.0,100.0');
	});

	it('anchors labels away from the ring', () => {
		expect(labelAnchor(0)).toBe('start');
		expect(labelAnchor(Math.PI)).toBe('end');
		expect(labelAnchor(-Math.PI / 2)).toBe('middle');
	});
});

describe('visibleLabels', () => {
	it('drops a label that would overlap one already placed, but never a priority label', () => {
		const labels = [
			{ id: 1, x: 0, y: 0, anchor: 'start' as const, text: 'aaaaaa' },
			{ id: 2, x: 10, y: 5, anchor: 'start' as const, text: 'bbbbbb' },
			{ id: 3, x: 0, y: 100, anchor: 'start' as const, text: 'cccccc' },
			{ id: 4, x: 5, y: 2, anchor: 'start' as const, text: 'dddddd', priority: true }
		];
		expect([...visibleLabels(labels, 16).keys()].sort()).toEqual([3, 4]);
		expect([...visibleLabels(labels.slice(0, 3), 16).keys()].sort()).toEqual([1, 3]);
		const pushed = visibleLabels(
			[
				{ id: 1, x: 0, y: 0, anchor: 'start', text: 'aaaaaa', priority: true },
				{ id: 2, x: 0, y: 0, anchor: 'start', text: 'bbbbbb', priority: true }
			],
			16,
			(l, k) => ({ x: l.x, y: l.y + 20 * k })
		);
		expect(pushed.get(1)).toEqual({ x: 0, y: 0 });
		expect(pushed.get(2)).toEqual({ x: 0, y: 20 });
	});
});
