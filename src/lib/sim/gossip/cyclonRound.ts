import { nextStamp, scratchFor } from './scratch';
import type { GossipState } from './types';
import { LIVE, viewStride } from './types';
import { recordBefore } from './view';

/**
 * The rest of a Cyclon round (Voulgaris, Gavidia & van Steen 2005, enhanced shuffling; swap merge
 * both ways) with no inspector's record and no events: what `runExchange` does for each active
 * node in turn, with the same draws in the same order, in one loop without the per-exchange
 * dispatch (context, protocol switches, buffer objects) and without `copyWithin` calls for
 * views of a few dozen entries. `k` is the buffer size (`bufferSize`): the active side sends its
 * fresh descriptor and k − 1 entries in place of the peer's, the passive side k entries. Peer
 * selection is `oldest` (Cyclon's) or `random`; `finishRound` takes this path only then. With
 * `record`, the inspector's record of each side's view before the exchange is kept, as
 * `runExchange` keeps it.
 */
export function cyclonRound(s: GossipState, k: number, record: boolean): void {
	const c = s.params.viewSize;
	const oldest = s.params.peerSelection === 'oldest';
	const drop = s.params.dropDeadPeer;
	const { order, status, viewIds, viewAges, viewLength, tally } = s;
	const rng = s.rng.exchange;
	const sc = scratchFor(s.capacity, c, s.params.randomSamples);
	const { stamp, index: tied } = sc;
	// What each side sends: the active side's at 0..aLen, the passive side's at 0..pLen.
	const aIds = sc.active.ids;
	const aAges = sc.active.ages;
	const pIds = sc.passive.ids;
	const pAges = sc.passive.ages;
	const end = s.orderLength;
	const round = s.round + 1;
	for (; s.cursor < end; s.cursor++) {
		const v = order[s.cursor];
		if (status[v] !== LIVE) continue;
		let len = viewLength[v];
		if (len === 0) {
			tally.idle++;
			continue;
		}
		const base = v * viewStride(c);
		// selectPeer: the oldest entry (ties uniformly, slots in order), or a random one.
		let slot: number;
		if (oldest) {
			let bestAge = -1;
			let ties = 0;
			for (let i = 0; i < len; i++) {
				const a = viewAges[base + i];
				if (a > bestAge) {
					bestAge = a;
					ties = 0;
				}
				if (a === bestAge) tied[ties++] = i;
			}
			slot = tied[ties > 1 ? rng.int(ties) : 0];
		} else slot = rng.int(len);
		const q = viewIds[base + slot];
		// Removing a slot: the later entries move up one.
		if (status[q] !== LIVE) {
			tally.deadContacts++;
			if (record) recordBefore(s, v, q, round);
			if (drop) {
				for (let i = base + slot, last = base + len - 1; i < last; i++) {
					viewIds[i] = viewIds[i + 1];
					viewAges[i] = viewAges[i + 1];
				}
				viewLength[v] = len - 1;
			}
			continue;
		}
		tally.exchanges++;
		if (record) {
			recordBefore(s, v, q, round);
			recordBefore(s, q, v, round);
		}
		for (let i = base + slot, last = base + len - 1; i < last; i++) {
			viewIds[i] = viewIds[i + 1];
			viewAges[i] = viewAges[i + 1];
		}
		len--;
		// The active buffer: v's fresh descriptor, then a uniform prefix of k − 1 of its entries.
		const sentA = len < k - 1 ? len : k - 1;
		aIds[0] = v;
		aAges[0] = 0;
		rng.samplePrefix(viewIds, viewAges, base, base + len, sentA, aIds, aAges, 1);
		const aLen = sentA + 1;
		// The passive buffer: a uniform prefix of k of q's entries.
		const qBase = q * viewStride(c);
		let qLen = viewLength[q];
		const sentP = qLen < k ? qLen : k;
		rng.samplePrefix(viewIds, viewAges, qBase, qBase + qLen, sentP, pIds, pAges, 0);
		// swapMerge at q, then at v: received entries that are new go into empty slots, then in
		// place of the entries sent (slots 0..sent − 1), in order; what does not fit is dropped.
		let st = nextStamp(sc);
		for (let i = qBase, stop = qBase + qLen; i < stop; i++) stamp[viewIds[i]] = st;
		for (let j = 0, next = 0; j < aLen; j++) {
			const id = aIds[j];
			if (id === q || stamp[id] === st) continue;
			let at: number;
			if (qLen < c) at = qLen++;
			else if (next < sentP) at = next++;
			else break;
			viewIds[qBase + at] = id;
			viewAges[qBase + at] = aAges[j];
			stamp[id] = st;
		}
		viewLength[q] = qLen;
		st = nextStamp(sc);
		for (let i = base, stop = base + len; i < stop; i++) stamp[viewIds[i]] = st;
		for (let j = 0, next = 0; j < sentP; j++) {
			const id = pIds[j];
			if (id === v || stamp[id] === st) continue;
			let at: number;
			if (len < c) at = len++;
			else if (next < sentA) at = next++;
			else break;
			viewIds[base + at] = id;
			viewAges[base + at] = pAges[j];
			stamp[id] = st;
		}
		viewLength[v] = len;
	}
}
