import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng, validateIdSpace } from '../core';
import { ConvergedOverlay } from './converged';
import { byRoot, routeFlatBatch, routeFlatBatchByRoot } from './flatbatch';
import { routeFlat, type FlatLookup } from './flatroute';
import { NONE } from './overlay';
import { browserDigits } from './params';
import { drawNodes, nodeArrays, placementStreams } from './points';
import { hopLimit } from './routing';

const network = fc.record({
	nodes: fc.integer({ min: 1, max: 600 }),
	b: fc.integer({ min: 1, max: 4 }),
	leafSetSize: fc.integer({ min: 1, max: 8 }).map((h) => 2 * h),
	lookups: fc.integer({ min: 1, max: 61 }),
	seed: fc.string({ maxLength: 4 })
});

/** The converged network of `p`. */
function converged(p: { nodes: number; b: number; leafSetSize: number; seed: string }) {
	const space = validateIdSpace({ b: p.b, digits: browserDigits(p.b) });
	const placed = drawNodes(placementStreams(p.seed), space, p.nodes);
	return new ConvergedOverlay(nodeArrays(placed), {
		space,
		leafSetSize: p.leafSetSize,
		neighborhoodSetSize: 8
	});
}

describe('routeFlatBatch, interleaved lookups', () => {
	it('ends every lookup where routeFlat ends it, after as many hops and as far (property)', () => {
		fc.assert(
			fc.property(network, fc.constantFrom(-1, 0, 1, 2), (p, limit) => {
				const o = converged(p);
				const maxHops = limit < 0 ? hopLimit(o) : limit;
				const rng = Rng.stream(p.seed, 'keys');
				const from = Int32Array.from({ length: p.lookups }, () => rng.int(o.n));
				const keys = Float64Array.from({ length: p.lookups }, (_, i) =>
					i % 2 === 0 ? rng.bits(o.space.b * o.space.digits) : o.idOf(rng.int(o.n))
				);
				const batch = routeFlatBatch(o, from, keys, maxHops);
				const out: FlatLookup = { at: NONE, hops: 0, lost: false, distance: 0 };
				for (let i = 0; i < p.lookups; i++) {
					routeFlat(o, from[i], keys[i], maxHops, out);
					expect([batch.at[i], batch.hops[i], batch.lost[i] === 1, batch.distance[i]]).toEqual([
						out.at,
						out.hops,
						out.lost,
						out.distance
					]);
				}
			}),
			{ numRuns: 80 }
		);
	});

	it('routed in the order of their roots, gives every lookup back in its own place (property)', () => {
		fc.assert(
			fc.property(network, (p) => {
				const o = converged(p);
				const rng = Rng.stream(p.seed, 'keys');
				const from = Int32Array.from({ length: p.lookups }, () => rng.int(o.n));
				const roots = Int32Array.from({ length: p.lookups }, () => rng.int(o.n));
				const keys = Float64Array.from(roots, (h) => o.idOf(h));
				const plain = routeFlatBatch(o, from, keys, hopLimit(o));
				expect(routeFlatBatchByRoot(o, from, keys, roots, hopLimit(o))).toEqual(plain);
			}),
			{ numRuns: 60 }
		);
	});

	it('orders lookups by root, stably', () => {
		expect(Array.from(byRoot(Int32Array.of(3, 0, 3, 1, 0), 4))).toEqual([1, 4, 3, 0, 2]);
		expect(Array.from(byRoot(new Int32Array(0), 4))).toEqual([]);
	});
});
