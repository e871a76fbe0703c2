import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runExchange } from './exchange';
import { beginRound, contextOf, endRound, runRounds } from './round';
import { initGossip } from './state';
import type { GossipEvent } from './events';
import type { GossipState } from './types';
import { LIVE } from './types';

/** Whole rounds with the context given: the shortcut on, or forced through buffers and ageMerge. */
function rounds(s: GossipState, count: number, shortcut: boolean, events: GossipEvent[]): void {
	for (let r = 0; r < count; r++) {
		beginRound(s, events);
		const ctx = { ...contextOf(s), freshestWhole: shortcut && contextOf(s).freshestWhole };
		for (; s.cursor < s.orderLength; s.cursor++) {
			const v = s.order[s.cursor];
			if (s.status[v] === LIVE) runExchange(s, v, ctx, r % 2 === 0 ? events : null);
		}
		endRound(s, events);
	}
}

describe('the keep-the-freshest shortcut for whole views (merging from copies of the views)', () => {
	it('gives one way the run and events the generic age merge gives, and runs alike without a record', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 40 }),
				fc.integer({ min: 1, max: 10 }),
				fc.constantFrom('ring', 'star', 'random', 'growing' as const),
				fc.constantFrom('push', 'pull', 'pushpull' as const),
				fc.constantFrom(0, 0.1),
				fc.string({ maxLength: 4 }),
				(nodes, c, init, propagation, churn, seed) => {
					if (c >= nodes) return;
					const o = {
						nodes,
						viewSize: c,
						preset: 'newscast' as const,
						init,
						propagation,
						churn,
						failure: { fraction: 0.3, round: 2 }
					};
					const run = (shortcut: boolean) => {
						const s = initGossip(o, seed);
						expect(contextOf(s).freshestWhole).toBe(true);
						const events: GossipEvent[] = [];
						rounds(s, 5, shortcut, events);
						return JSON.stringify({
							views: [s.viewIds, s.viewAges, s.viewLength, s.lastIds, s.lastAges].map((a) =>
								Array.from(a)
							),
							rng: s.rng.exchange.state(),
							events
						});
					};
					// Both ways, both sides share PeerSim's one merged list (newscast.test.ts); one way,
					// the receiving side's merge is the generic age merge's.
					if (propagation !== 'pushpull') expect(run(true)).toBe(run(false));
					// Without the inspector's record (views read in place or from scratch copies).
					const kept = initGossip(o, seed);
					const bare = initGossip(o, seed);
					runRounds(kept, 5);
					runRounds(bare, 5, undefined, false);
					expect(Array.from(bare.viewIds)).toEqual(Array.from(kept.viewIds));
					expect(Array.from(bare.viewAges)).toEqual(Array.from(kept.viewAges));
					expect(bare.rng.exchange.state()).toEqual(kept.rng.exchange.state());
				}
			),
			{ numRuns: 150 }
		);
	});
});
