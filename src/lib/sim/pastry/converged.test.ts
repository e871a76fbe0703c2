import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idMath } from './idmath';
import { overlayViolations } from './invariants';
import { NONE } from './overlay';
import { browserDigits } from './params';
import { statisticsOverlay } from './stats';

const shape = fc.record({
	nodes: fc.integer({ min: 1, max: 400 }),
	b: fc.integer({ min: 1, max: 4 }),
	leafSetSize: fc.integer({ min: 1, max: 12 }).map((h) => 2 * h),
	seed: fc.string({ maxLength: 4 })
});

describe('ConvergedOverlay', () => {
	it('keeps every cell valid and every leaf set exact (property)', () => {
		fc.assert(
			fc.property(shape, (p) => {
				const o = statisticsOverlay({ ...p, lookups: 1, digits: browserDigits(p.b) });
				const all = Array.from({ length: o.n }, (_, h) => h);
				expect(overlayViolations(o, all)).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('fills each cell with the proximity-closest eligible node, and every cell that has one (property)', () => {
		fc.assert(
			fc.property(shape, (p) => {
				const o = statisticsOverlay({ ...p, lookups: 1, digits: browserDigits(p.b) });
				const m = idMath(o.space);
				for (let h = 0; h < o.n; h += 7)
					for (let r = 0; r < o.space.digits; r++)
						for (let c = 0; c < m.radix; c++) {
							let best = NONE;
							for (let e = 0; e < o.n; e++) {
								const eid = o.idOf(e);
								if (m.shl(eid, o.idOf(h)) !== r || m.digit(eid, r) !== c) continue;
								if (best === NONE || o.proximity(h, e) < o.proximity(h, best)) best = e;
							}
							expect(o.entry(h, r, c)).toBe(best);
						}
			}),
			{ numRuns: 40 }
		);
	});

	it('gives each node its |M| proximity-closest nodes as neighbourhood set', () => {
		const o = statisticsOverlay({ nodes: 200, lookups: 1, seed: 'm', neighborhoodSetSize: 5 });
		for (const h of [0, 17, 199]) {
			const others = Array.from({ length: o.n }, (_, e) => e).filter((e) => e !== h);
			others.sort((a, c) => o.proximity(h, a) - o.proximity(h, c) || a - c);
			const got = Array.from({ length: o.neighborCount(h) }, (_, i) => o.neighborAt(h, i));
			expect(got).toEqual(others.slice(0, 5));
		}
	});

	it('holds about (2^b − 1)·log_{2^b} N entries per node at N = 4096', () => {
		const o = statisticsOverlay({ nodes: 4096, lookups: 1, seed: 'size' });
		let entries = 0;
		for (let h = 0; h < o.n; h++)
			for (let r = 0; r < o.tableRows(h); r++)
				for (let c = 0; c < 16; c++) if (o.entry(h, r, c) !== NONE) entries++;
		// Rows 0-1 are full (30 entries); row 2 holds about 15·(1 − e^(−1)) ≈ 9.5; row 3 a few.
		expect(entries / o.n).toBeGreaterThan(38);
		expect(entries / o.n).toBeLessThan(45);
	});
});
