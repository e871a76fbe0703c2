import { describe, expect, it } from 'vitest';
import { IDENTITY, warpTurn } from './circleLens';
import { identifierLens, labelGap, LENS_BUDGET } from './ringLens';

describe('labelGap', () => {
	it('needs a line beside the ring and a label width above and below it', () => {
		const r = 100;
		const turn = (px: number) => px / (2 * Math.PI * r);
		// 3 o'clock (a quarter turn): labels stack, 1.25em apart.
		expect(labelGap(0.25, r, 20, 6)).toBeCloseTo(turn(25), 9);
		// 12 o'clock: side by side, the width of 6 digits and a margin.
		expect(labelGap(0, r, 20, 6)).toBeCloseTo(turn((6 * 0.62 + 0.4) * 20), 9);
	});
});

describe('identifierLens', () => {
	it('spreads crowded nodes so that their labels fit, within the lens budget', () => {
		const nodes = [0.25, 0.2501, 0.2502, 0.6];
		const lens = identifierLens(nodes, [], [], 200, 144, 16, 6);
		const w = nodes.map((u) => warpTurn(lens, u));
		for (let i = 0; i + 2 < w.length; i++)
			expect(w[i + 1] - w[i]).toBeGreaterThanOrEqual(labelGap(0.25, 200, 16, 6) * 0.99);
		expect(identifierLens([0.1, 0.5], [0.3], [], 200, 144, 16, 6)).toBe(IDENTITY);
	});

	it('never gives the crowds more than the budget of the ring', () => {
		const nodes = Array.from({ length: 40 }, (_, i) => 0.1 + i * 1e-4);
		const lens = identifierLens(nodes, [], [], 100, 72, 20, 6);
		const w = nodes.map((u) => warpTurn(lens, u));
		expect(w[w.length - 1] - w[0]).toBeLessThanOrEqual(LENS_BUDGET + 1e-9);
	});
});
