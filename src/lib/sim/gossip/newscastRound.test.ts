import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gossipModel } from './model';
import { runRounds } from './round';
import { initGossip } from './state';

/** Newscast runs, with churn and a failure so that active nodes meet dead peers (and may drop them). */
const newscastRuns = fc.record({
	nodes: fc.integer({ min: 3, max: 60 }),
	c: fc.integer({ min: 1, max: 12 }),
	churn: fc.constantFrom(0, 0.1),
	fail: fc.constantFrom(0, 0.3, 0.6),
	init: fc.constantFrom('ring' as const, 'star' as const, 'random' as const, 'growing' as const),
	dropDeadPeer: fc.boolean(),
	seed: fc.string({ maxLength: 6 })
});

describe('the Newscast round without a record (newscastRound)', () => {
	it('is stepping one exchange at a time: the same views, draws and counts', () => {
		fc.assert(
			fc.property(newscastRuns, ({ nodes, c, churn, fail, init, dropDeadPeer, seed }) => {
				if (c >= nodes) return;
				const o = {
					nodes,
					viewSize: c,
					preset: 'newscast' as const,
					churn,
					init,
					dropDeadPeer,
					failure: fail ? { fraction: fail, round: 2 } : undefined
				};
				const stepped = initGossip(o, seed);
				const bare = initGossip(o, seed);
				for (let r = 0; r < 6; r++) {
					do gossipModel.apply(stepped, { type: 'exchange' });
					while (stepped.inRound);
					runRounds(bare, 1, undefined, false);
					expect(Array.from(bare.viewLength)).toEqual(Array.from(stepped.viewLength));
					expect(Array.from(bare.viewIds)).toEqual(Array.from(stepped.viewIds));
					expect(Array.from(bare.viewAges)).toEqual(Array.from(stepped.viewAges));
					expect(bare.rng.exchange.state()).toEqual(stepped.rng.exchange.state());
					expect(bare.totals).toEqual(stepped.totals);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
