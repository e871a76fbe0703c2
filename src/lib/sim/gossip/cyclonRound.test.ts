import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gossipModel } from './model';
import { runRounds } from './round';
import { initGossip } from './state';

/**
 * Swap-merge runs (Cyclon and its random-peer variant), with churn and a failure so that active
 * nodes meet dead peers (and may drop them), and buffers from one entry to the whole view.
 */
const swapRuns = fc.record({
	nodes: fc.integer({ min: 3, max: 60 }),
	c: fc.integer({ min: 1, max: 12 }),
	exchange: fc.constantFrom('half' as const, 'full' as const, 1, 2, 5),
	peerSelection: fc.constantFrom('oldest' as const, 'random' as const),
	churn: fc.constantFrom(0, 0.1),
	fail: fc.constantFrom(0, 0.3, 0.6),
	init: fc.constantFrom('ring' as const, 'star' as const, 'random' as const, 'growing' as const),
	dropDeadPeer: fc.boolean(),
	record: fc.boolean(),
	seed: fc.string({ maxLength: 6 })
});

describe('the Cyclon round in one loop (cyclonRound)', () => {
	it('is stepping one exchange at a time: the same views, draws, counts and (with one) record', () => {
		fc.assert(
			fc.property(swapRuns, (r) => {
				if (r.c >= r.nodes) return;
				const o = {
					nodes: r.nodes,
					viewSize: r.c,
					preset: 'cyclon' as const,
					exchange: typeof r.exchange === 'number' ? Math.min(r.exchange, r.c) : r.exchange,
					peerSelection: r.peerSelection,
					churn: r.churn,
					init: r.init,
					dropDeadPeer: r.dropDeadPeer,
					failure: r.fail ? { fraction: r.fail, round: 2 } : undefined
				};
				const stepped = initGossip(o, r.seed);
				const bare = initGossip(o, r.seed);
				expect(bare.params.merge).toBe('swap');
				expect(bare.params.peerSelection).toBe(r.peerSelection);
				for (let round = 0; round < 6; round++) {
					do gossipModel.apply(stepped, { type: 'exchange' });
					while (stepped.inRound);
					runRounds(bare, 1, undefined, r.record);
					expect(Array.from(bare.viewLength)).toEqual(Array.from(stepped.viewLength));
					expect(Array.from(bare.viewIds)).toEqual(Array.from(stepped.viewIds));
					expect(Array.from(bare.viewAges)).toEqual(Array.from(stepped.viewAges));
					expect(bare.rng.exchange.state()).toEqual(stepped.rng.exchange.state());
					expect(bare.totals).toEqual(stepped.totals);
					if (!r.record) continue;
					expect(Array.from(bare.lastPartner)).toEqual(Array.from(stepped.lastPartner));
					expect(Array.from(bare.lastRound)).toEqual(Array.from(stepped.lastRound));
					expect(Array.from(bare.lastLength)).toEqual(Array.from(stepped.lastLength));
					expect(Array.from(bare.lastIds)).toEqual(Array.from(stepped.lastIds));
					expect(Array.from(bare.lastAges)).toEqual(Array.from(stepped.lastAges));
				}
			}),
			{ numRuns: 300 }
		);
	});
});
