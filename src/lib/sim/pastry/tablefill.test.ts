import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng, validateIdSpace } from '../core';
import { ConvergedOverlay } from './converged';
import { idMath } from './idmath';
import { NONE } from './overlay';
import { statisticsDigits } from './params';
import { randomNodeArrays } from './points';

/**
 * Every cell by brute force: node e belongs to exactly one cell of node h, row shl(h, e) and column
 * e's digit there; the cell keeps the smallest squared distance, ties to the smaller handle.
 */
function bruteForceTable(o: ConvergedOverlay): Int32Array {
	const m = idMath(o.space);
	const { n, xs, ys, rowStart, columns } = o;
	const want = new Int32Array(o.table.length).fill(NONE);
	const wantD = new Float64Array(o.table.length).fill(Infinity);
	for (let h = 0; h < n; h++)
		for (let e = 0; e < n; e++) {
			if (e === h) continue;
			const r = m.shl(o.ids[h], o.ids[e]);
			if (r >= rowStart[h + 1] - rowStart[h]) continue;
			const cell = (rowStart[h] + r) * columns + m.digit(o.ids[e], r);
			const dx = xs[e] - xs[h];
			const dy = ys[e] - ys[h];
			const d = dx * dx + dy * dy;
			if (d < wantD[cell] || (d === wantD[cell] && e < want[cell])) {
				want[cell] = e;
				wantD[cell] = d;
			}
		}
	return want;
}

const network = fc.record({
	// Above 256 members a prefix group goes through the grid; below, pairwise.
	nodes: fc.integer({ min: 2, max: 2500 }),
	b: fc.integer({ min: 1, max: 4 }),
	seed: fc.string({ maxLength: 4 }),
	// Share of nodes that take another node's point (exact ties), and whether points sit on a
	// coarse lattice (many equal distances between different points).
	duplicates: fc.constantFrom(0, 0.05, 0.5),
	lattice: fc.constantFrom(0, 4, 64)
});

describe('fillConvergedTable', () => {
	it('fills every cell as the brute force does, ties included (property)', () => {
		fc.assert(
			fc.property(network, (p) => {
				const space = validateIdSpace({ b: p.b, digits: statisticsDigits(p.b) });
				const nodes = randomNodeArrays(p.nodes, space, p.seed);
				const rng = Rng.stream(p.seed, 'ties');
				for (let i = 0; i < p.nodes; i++) {
					if (p.lattice > 0) {
						nodes.xs[i] = Math.floor(nodes.xs[i] * p.lattice) / p.lattice;
						nodes.ys[i] = Math.floor(nodes.ys[i] * p.lattice) / p.lattice;
					}
					if (i > 0 && rng.next() < p.duplicates) {
						const j = rng.int(i);
						nodes.xs[i] = nodes.xs[j];
						nodes.ys[i] = nodes.ys[j];
					}
				}
				const o = new ConvergedOverlay(nodes, { space, leafSetSize: 16, neighborhoodSetSize: 8 });
				const want = bruteForceTable(o);
				let wrong = 0;
				for (let k = 0; k < want.length; k++) if (o.table[k] !== want[k]) wrong++;
				expect(wrong).toBe(0);
			}),
			{ numRuns: 40 }
		);
	});

	it('fills a 6,000-node network as the brute force does', () => {
		const space = validateIdSpace({ b: 4, digits: statisticsDigits(4) });
		const o = new ConvergedOverlay(randomNodeArrays(6000, space, 'big'), {
			space,
			leafSetSize: 16,
			neighborhoodSetSize: 8
		});
		expect(o.table).toEqual(bruteForceTable(o));
	});
});
