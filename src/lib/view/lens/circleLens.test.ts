import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	blendTurn,
	gapScale,
	IDENTITY,
	magnifiedArcs,
	spreadLens,
	warpTurn,
	type CircleLens
} from './circleLens';

const SPACE = 2 ** 24;
const turn = (hex: string) => parseInt(hex, 16) / SPACE;
/** The lecture's route to d46a1c, its key and its root, in turns. */
const lecture = ['65a1fc', 'd13da3', 'd4213f', 'd462ba', 'd467c4', 'd46a1c'].map(turn);

/** Gaps between consecutive warped points, going round once. */
function warpedGaps(lens: CircleLens, points: readonly number[]): number[] {
	const w = points.map((u) => warpTurn(lens, u)).sort((a, b) => a - b);
	return w.map((u, i) => (i + 1 < w.length ? w[i + 1] : w[0] + 1) - u);
}

describe('gapScale', () => {
	it('raises the gaps below minGap and scales the others to fill one turn', () => {
		expect(gapScale([0.5, 0.3, 0.2], 0.1)).toBe(1);
		// 0.05 is raised to 0.1; the other three share 0.9 in proportion: s = 0.9 / 0.95.
		expect(gapScale([0.5, 0.3, 0.15, 0.05], 0.1)).toBeCloseTo(0.9 / 0.95, 12);
		// Three gaps are raised to 0.2; 0.9 alone is scaled, to the 0.4 left: s = 0.4 / 0.9.
		expect(gapScale([0.9, 0.05, 0.04, 0.01], 0.2)).toBeCloseTo(0.4 / 0.9, 12);
	});
});

describe('spreadLens', () => {
	it('is the identity when no two points crowd', () => {
		expect(spreadLens([0.1, 0.4, 0.7], 0.05)).toBe(IDENTITY);
		expect(spreadLens([0.3], 0.5)).toBe(IDENTITY);
		expect(warpTurn(IDENTITY, 1.25)).toBeCloseTo(0.25);
	});

	it('gives each hop of the lecture route its own part of the ring, the key staying put', () => {
		const g = 0.04;
		const lens = spreadLens(lecture, g, turn('d46a1c'));
		const gaps = warpedGaps(lens, lecture);
		// d462ba, d467c4 and d46a1c are 1e-4 turn apart before the lens.
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(g - 1e-12);
		expect(gaps.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		expect(warpTurn(lens, turn('d46a1c'))).toBeCloseTo(turn('d46a1c'), 12);
		// The order of the ids round the ring is kept.
		const w = lecture.map((u) => warpTurn(lens, u));
		for (let i = 1; i + 1 < w.length; i++) expect(w[i + 1]).toBeGreaterThan(w[i]);
		// The route's long first hop (65a1fc → d13da3, 0.42 turn) shrinks only a little.
		expect(w[1] - w[0]).toBeGreaterThan(0.35);
	});

	it('places points between two spread ones proportionally inside their gap', () => {
		const lens = spreadLens([0, 0.5, 0.501], 0.1, 0);
		const a = warpTurn(lens, 0.5);
		const b = warpTurn(lens, 0.501);
		expect(warpTurn(lens, 0.5005)).toBeCloseTo((a + b) / 2, 12);
		expect(b - a).toBeCloseTo(0.1, 12);
	});

	it('spaces points evenly when they cannot all get minGap', () => {
		const lens = spreadLens([0, 0.01, 0.02, 0.03], 0.5, 0);
		expect(warpedGaps(lens, [0, 0.01, 0.02, 0.03]).map((g) => +g.toFixed(9))).toEqual([
			0.25, 0.25, 0.25, 0.25
		]);
	});

	it('keeps order, gives every gap its minimum, and keeps the larger of two gaps larger', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
					minLength: 2,
					maxLength: 30
				}),
				fc.double({ min: 0.001, max: 0.2, noNaN: true }),
				fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
				(raw, g, anchor) => {
					const pts = [...new Set(raw.map((u) => (Math.round(u * 1e9) / 1e9) % 1))].sort(
						(a, b) => a - b
					);
					if (pts.length < 2) return;
					const lens = spreadLens(pts, g, anchor);
					const before = pts.map((u, i) => (i + 1 < pts.length ? pts[i + 1] : pts[0] + 1) - u);
					const w = pts.map((u) => warpTurn(lens, u));
					const after = w.map((u, i) => {
						const d = (i + 1 < w.length ? w[i + 1] : w[0]) - u;
						return d - Math.floor(d) || (w.length === 1 ? 1 : 0);
					});
					const min = Math.min(g, 1 / pts.length);
					for (const d of after) expect(d).toBeGreaterThanOrEqual(min - 1e-9);
					expect(after.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
					for (let i = 0; i < before.length; i++)
						for (let j = 0; j < before.length; j++)
							if (before[i] > before[j]) expect(after[i]).toBeGreaterThanOrEqual(after[j] - 1e-9);
					expect(warpTurn(lens, anchor)).toBeCloseTo(anchor, 9);
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('blendTurn and magnifiedArcs', () => {
	it('glides from one lens to the next without reordering points', () => {
		const a = spreadLens(lecture.slice(0, 2).concat(lecture[5]), 0.04, lecture[5]);
		const b = spreadLens(lecture, 0.04, lecture[5]);
		for (const t of [0, 0.25, 0.5, 0.75, 1]) {
			const w = lecture.slice(1).map((u) => blendTurn(a, b, t, u));
			for (let i = 1; i < w.length; i++) expect(w[i]).toBeGreaterThan(w[i - 1]);
		}
		expect(blendTurn(a, b, 1, lecture[3])).toBe(warpTurn(b, lecture[3]));
	});

	it('names the arcs that are not to scale and by how much they are magnified', () => {
		const lens = spreadLens([0, 0.5, 0.501], 0.1, 0);
		const arcs = magnifiedArcs(lens);
		expect(arcs).toHaveLength(1);
		expect(arcs[0].factor).toBeCloseTo(100, 6);
		expect(arcs[0].end - arcs[0].start).toBeCloseTo(0.1, 12);
		expect(magnifiedArcs(IDENTITY)).toEqual([]);
	});
});
