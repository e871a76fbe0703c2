import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { formedPastry } from './build';
import { ConvergedOverlay } from './converged';
import { routeFlat, type FlatLookup } from './flatroute';
import { NONE } from './overlay';
import { browserDigits, PASTRY_DEFAULTS } from './params';
import { drawNodes, placementStreams } from './points';
import { tableReplacement } from './repair';
import { hopLimit, nextHop } from './routing';
import { failNodes } from './stats';
import { tracePath } from './views';
import { validateIdSpace } from '../core';

const network = fc.record({
	nodes: fc.integer({ min: 1, max: 600 }),
	b: fc.integer({ min: 1, max: 4 }),
	leafSetSize: fc.integer({ min: 1, max: 8 }).map((h) => 2 * h),
	fail: fc.constantFrom(0, 0, 0.1, 0.3),
	seed: fc.string({ maxLength: 4 })
});

/** The path of a lookup by the shared Table 1 ({@link nextHop}), repairing dead entries as met. */
function sharedPath(o: ConvergedOverlay, from: number, key: number): number[] {
	const path = [from];
	let at = from;
	for (let i = 0; i <= hopLimit(o); i++) {
		const d = nextHop(o, at, key);
		if (d.dead) repair(o, at, d.dead.row, d.dead.column);
		if (d.kind === 'deliver') break;
		at = d.to;
		path.push(at);
	}
	return path;
}

function flatPath(o: ConvergedOverlay, from: number, key: number): number[] {
	const path = [from];
	const out: FlatLookup = { at: NONE, hops: 0, lost: false, distance: 0 };
	routeFlat(o, from, key, hopLimit(o), out, (n, row, column) => repair(o, n, row, column), path);
	return path;
}

function repair(o: ConvergedOverlay, node: number, row: number, column: number) {
	o.setEntry(node, row, column, tableReplacement(o, node, row, column).replacement);
}

function overlays(p: { nodes: number; b: number; leafSetSize: number; seed: string }) {
	const space = validateIdSpace({ b: p.b, digits: browserDigits(p.b) });
	const placed = drawNodes(placementStreams(p.seed), space, p.nodes);
	const arrays = {
		ids: Float64Array.from(placed, (q) => q.id),
		xs: Float64Array.from(placed, (q) => q.x),
		ys: Float64Array.from(placed, (q) => q.y)
	};
	const options = { space, leafSetSize: p.leafSetSize, neighborhoodSetSize: 8 };
	return {
		space,
		placed,
		a: new ConvergedOverlay(arrays, options),
		b: new ConvergedOverlay(arrays, options)
	};
}

describe('routeFlat, the statistics loop of Table 1', () => {
	it('takes the same path as the shared nextHop, with failures and lazy repairs (property)', () => {
		fc.assert(
			fc.property(network, (p) => {
				const { a, b } = overlays(p);
				const rng = Rng.stream(p.seed, 'fail');
				const count = Math.min(a.n - 1, Math.round(p.fail * a.n));
				failNodes(a, count, rng.clone());
				failNodes(b, count, rng);
				const live = Array.from({ length: a.n }, (_, h) => h).filter((h) => a.isAlive(h));
				const keys = Rng.stream(p.seed, 'keys');
				for (let i = 0; i < 60; i++) {
					const from = live[keys.int(live.length)];
					const key = i % 2 === 0 ? keys.bits(a.space.b * a.space.digits) : a.idOf(keys.int(a.n));
					expect(flatPath(a, from, key)).toEqual(sharedPath(b, from, key));
				}
				expect(Array.from(a.table)).toEqual(Array.from(b.table));
			}),
			{ numRuns: 80 }
		);
	});

	it("takes the same path as the browser model's route on the same network (property)", () => {
		fc.assert(
			fc.property(network, (p) => {
				const { placed, a } = overlays(p);
				const s = formedPastry(
					{
						...PASTRY_DEFAULTS,
						b: p.b,
						digits: browserDigits(p.b),
						leafSetSize: p.leafSetSize,
						neighborhoodSetSize: 8,
						nodes: p.nodes
					},
					p.seed,
					placed
				);
				const keys = Rng.stream(p.seed, 'keys');
				for (let i = 0; i < 40; i++) {
					const from = keys.int(a.n);
					const key = keys.bits(a.space.b * a.space.digits);
					const model = [a.idOf(from), ...tracePath(s, a.idOf(from), key).map((h) => h.to)];
					expect(flatPath(a, from, key).map((h) => a.idOf(h))).toEqual(model);
				}
			}),
			{ numRuns: 60 }
		);
	});
});
