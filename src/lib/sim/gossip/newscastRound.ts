import { newscastMerge } from './newscast';
import { nextStamp, scratchFor } from './scratch';
import type { GossipState } from './types';
import { LIVE, viewStride } from './types';
import { removeSlot } from './view';

/**
 * The rest of a Newscast round (random peer, whole views both ways, keep the freshest) with no
 * inspector's record and no events: what `runExchange` does for each active node in turn, the
 * same draws in the same order, in one loop, without the per-exchange
 * dispatch (context, protocol switches, record checks).
 */
export function newscastRound(s: GossipState): void {
	const c = s.params.viewSize;
	const { order, status, viewIds, viewAges, viewLength, tally } = s;
	const rng = s.rng.exchange;
	const sc = scratchFor(s.capacity, c, s.params.randomSamples);
	const { mine, theirs } = sc;
	mine.ids = theirs.ids = viewIds;
	mine.ages = theirs.ages = viewAges;
	const end = s.orderLength;
	for (; s.cursor < end; s.cursor++) {
		const v = order[s.cursor];
		if (status[v] !== LIVE) continue;
		const len = viewLength[v];
		if (len === 0) {
			tally.idle++;
			continue;
		}
		const base = v * viewStride(c);
		const slot = rng.int(len);
		const q = viewIds[base + slot];
		if (status[q] !== LIVE) {
			tally.deadContacts++;
			if (s.params.dropDeadPeer) removeSlot(s, v, slot);
			continue;
		}
		tally.exchanges++;
		mine.base = base;
		mine.length = len;
		theirs.base = q * viewStride(c);
		theirs.length = viewLength[q];
		newscastMerge(s, v, q, mine, theirs, nextStamp(sc), rng, sc);
	}
}
