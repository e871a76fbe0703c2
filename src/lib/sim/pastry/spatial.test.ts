import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PointGrid } from './spatial';

const cloud = fc
	.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })), {
		minLength: 1,
		maxLength: 300
	})
	.map((pts) => ({
		xs: Float64Array.from(pts, ([x]) => x / 100),
		ys: Float64Array.from(pts, ([, y]) => y / 100)
	}));

function bruteOrder(xs: Float64Array, ys: Float64Array, members: number[], x: number, y: number) {
	return members
		.map((i) => [(xs[i] - x) ** 2 + (ys[i] - y) ** 2, i] as const)
		.sort((a, c) => a[0] - c[0] || a[1] - c[1])
		.map(([, i]) => i);
}

describe('PointGrid', () => {
	it('finds the same nearest members as a full scan, ties to the smaller index (property)', () => {
		fc.assert(
			fc.property(
				cloud,
				fc.integer({ min: 0, max: 99 }),
				fc.integer({ min: 0, max: 16 }),
				(c, q, k) => {
					const n = c.xs.length;
					const members = Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 !== 1);
					if (members.length === 0) return;
					const grid = new PointGrid(c.xs, c.ys, members);
					const qi = q % n;
					const order = bruteOrder(c.xs, c.ys, members, c.xs[qi], c.ys[qi]).filter((i) => i !== qi);
					expect(grid.kNearest(c.xs[qi], c.ys[qi], k, qi)).toEqual(order.slice(0, k));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('answers every class at once as separate scans would (property)', () => {
		fc.assert(
			fc.property(cloud, fc.integer({ min: 1, max: 16 }), (c, classes) => {
				const n = c.xs.length;
				const classOf = Uint8Array.from({ length: n }, (_, i) => (i * 7) % classes);
				const members = Array.from({ length: n }, (_, i) => i);
				const grid = new PointGrid(c.xs, c.ys, members, classOf);
				const best = new Int32Array(classes);
				const bestD = new Float64Array(classes);
				for (const q of [0, n - 1, Math.floor(n / 2)]) {
					const skip = classOf[q];
					const present = new Set(members.map((i) => classOf[i]));
					present.delete(skip);
					grid.nearestByClass(c.xs[q], c.ys[q], skip, present.size, best, bestD);
					for (let cls = 0; cls < classes; cls++) {
						const expected =
							cls === skip
								? -1
								: (bruteOrder(
										c.xs,
										c.ys,
										members.filter((i) => classOf[i] === cls),
										c.xs[q],
										c.ys[q]
									)[0] ?? -1);
						expect(best[cls]).toBe(expected);
					}
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('finds a class whose only member lies beyond the cells searched in order of distance', () => {
		const n = 20_000;
		const xs = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n);
		const ys = Float64Array.from({ length: n }, (_, i) => ((i * 104729) % n) / n);
		xs[n - 1] = 0.99;
		ys[n - 1] = 0.99;
		const classOf = Uint8Array.from({ length: n }, (_, i) => (i === n - 1 ? 2 : i % 2));
		const grid = new PointGrid(
			xs,
			ys,
			Int32Array.from({ length: n }, (_, i) => i),
			classOf
		);
		const best = new Int32Array(3);
		const bestD = new Float64Array(3);
		grid.nearestByClass(0.01, 0.02, 0, 2, best, bestD);
		expect(best[2]).toBe(n - 1);
		const odd = bruteOrder(
			xs,
			ys,
			Array.from({ length: n }, (_, i) => i).filter((i) => classOf[i] === 1),
			0.01,
			0.02
		);
		expect(best[1]).toBe(odd[0]);
		expect(best[0]).toBe(-1);
	});
});
