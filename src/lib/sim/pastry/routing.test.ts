import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { browserDigits } from './params';
import { hopLimit, leafSetTarget, lookup, nextHop } from './routing';
import { liveRoot, statisticsOverlay } from './stats';
import { NONE } from './overlay';

const network = fc.record({
	nodes: fc.integer({ min: 1, max: 1500 }),
	b: fc.integer({ min: 1, max: 4 }),
	leafSetSize: fc.integer({ min: 1, max: 16 }).map((h) => 2 * h),
	seed: fc.string({ maxLength: 4 })
});

describe('Table 1 over a converged network', () => {
	it('ends every lookup at the numerically closest node within ⌈log_{2^b} N⌉ + 2 hops (property)', () => {
		fc.assert(
			fc.property(network, (p) => {
				const o = statisticsOverlay({ ...p, lookups: 1, digits: browserDigits(p.b) });
				const bound = Math.ceil(Math.log(o.n) / Math.log(2 ** p.b)) + 2;
				const rng = Rng.stream(p.seed, 'keys');
				for (let i = 0; i < 100; i++) {
					const from = rng.int(o.n);
					const key = i % 2 === 0 ? rng.bits(o.space.b * o.space.digits) : o.idOf(rng.int(o.n));
					const r = lookup(o, from, key, hopLimit(o));
					expect(r.lost).toBe(false);
					expect(r.at).toBe(liveRoot(o, key));
					expect(r.hops).toBeLessThanOrEqual(bound);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('fixes at least one more digit with every routing-table hop', () => {
		const o = statisticsOverlay({ nodes: 3000, lookups: 1, seed: 'digits', digits: 6 });
		const rng = Rng.stream('digits', 'keys');
		for (let i = 0; i < 300; i++) {
			let at = rng.int(o.n);
			const key = rng.bits(24);
			for (let d = nextHop(o, at, key); d.kind === 'forward'; d = nextHop(o, at, key)) {
				if (d.rule === 'routing-table') {
					const before = d.shared;
					at = d.to;
					expect(nextHop(o, at, key).shared).toBeGreaterThan(before);
				} else at = d.to;
			}
		}
	});

	it('delivers at once when the key is the node itself, and uses the leaf set next to it', () => {
		const o = statisticsOverlay({ nodes: 500, lookups: 1, seed: 'leaf', digits: 6 });
		const h = 250;
		expect(nextHop(o, h, o.idOf(h))).toMatchObject({ kind: 'deliver', reason: 'leaf-set' });
		expect(leafSetTarget(o, h, o.idOf(h + 3))).toBe(h + 3);
		expect(leafSetTarget(o, h, o.idOf(h + 100))).toBe(NONE);
		expect(nextHop(o, h, o.idOf(h + 1) + 1)).toMatchObject({
			kind: 'forward',
			to: h + 1,
			rule: 'leaf-set'
		});
	});

	it('sees the whole ring in a leaf set that holds every node', () => {
		const o = statisticsOverlay({ nodes: 9, lookups: 1, seed: 'small', digits: 6 });
		for (let h = 0; h < o.n; h++)
			for (const key of [0, 2 ** 23, 2 ** 24 - 1, o.idOf(h) + 1])
				expect(leafSetTarget(o, h, key)).toBe(liveRoot(o, key));
	});
});
