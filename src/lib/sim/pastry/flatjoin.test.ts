import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedOverlay } from './flatjoin';
import { nodeArrays } from './points';
import { browserDigits, PASTRY_DEFAULTS } from './params';
import { growingScenario, runToEnd } from './scenarios';
import { NONE } from './overlay';
import type { FlatOverlay } from './flat';

const shape = fc.record({
	nodes: fc.integer({ min: 1, max: 120 }),
	b: fc.integer({ min: 1, max: 4 }),
	leafSetSize: fc.integer({ min: 1, max: 8 }).map((h) => 2 * h),
	neighborhoodSetSize: fc.integer({ min: 0, max: 12 }),
	seed: fc.string({ maxLength: 4 })
});

/** One node's state by nodeIds, in the browser model's layout. */
function flatState(o: FlatOverlay, h: number) {
	const id = (e: number) => o.idOf(e);
	const table: (number | null)[] = new Array(o.space.digits * o.columns).fill(null);
	for (let r = 0; r < o.tableRows(h); r++)
		for (let c = 0; c < o.columns; c++) {
			const e = o.entry(h, r, c);
			if (e !== NONE) table[r * o.columns + c] = id(e);
		}
	return {
		routingTable: table,
		smaller: Array.from({ length: o.leafCount(h, 0) }, (_, i) => id(o.leafAt(h, 0, i))),
		larger: Array.from({ length: o.leafCount(h, 1) }, (_, i) => id(o.leafAt(h, 1, i))),
		neighborhoodSet: Array.from({ length: o.neighborCount(h) }, (_, i) => id(o.neighborAt(h, i)))
	};
}

describe('joinedOverlay, the join protocol in flat arrays (§2.4)', () => {
	it("gives every node the state the browser model's message-level joins give it (property)", () => {
		fc.assert(
			fc.property(shape, (p) => {
				const params = { ...PASTRY_DEFAULTS, ...p, digits: browserDigits(p.b) };
				const s = growingScenario(params, p.seed);
				runToEnd(s);
				const { overlay } = joinedOverlay(nodeArrays(s.nodes), {
					space: s.space,
					leafSetSize: p.leafSetSize,
					neighborhoodSetSize: p.neighborhoodSetSize
				});
				for (const node of s.nodes) {
					const h = overlay.handleOf(node.id);
					expect(flatState(overlay, h)).toEqual({
						routingTable: node.routingTable,
						smaller: node.leafSet.smaller,
						larger: node.leafSet.larger,
						neighborhoodSet: node.neighborhoodSet
					});
				}
			}),
			{ numRuns: 40 }
		);
	});
});
