import { theoryRounds, type BroadcastState } from '$lib/sim/broadcast';
import { compareRuns, optionsOf } from '$lib/models/broadcast';
import type { FactSource } from '../placeholders';

/**
 * Facts of a broadcast at the step's end: `round`, `reached` and `live` (nodes informed, live
 * nodes), `informed` (their share), `roundsToAll` (— while some live node lacks the message),
 * `messagesPerNode`, the theory's `theoryRounds` and `theoryFormula`; and of the comparison the
 * compare panel draws (same nodes and seed): `pushRounds`, `pullRounds`, `pushPullRounds` and
 * `otherRounds` (push on the other kind of overlay: the ring lattice beside a random-like one).
 */
export function broadcastFacts(s: Readonly<BroadcastState>): FactSource {
	let runs: ReturnType<typeof compareRuns> | null = null;
	const compare = () => (runs ??= compareRuns(optionsOf(s.params), s.seed));
	const roundsOf = (i: number) => compare()[i].roundsToAll ?? Number.NaN;
	const theory = () => theoryRounds(s.params.protocol, s.gossip.live, s.params.fanout);
	return {
		round: () => s.round,
		reached: () => s.reached[0],
		live: () => s.gossip.live,
		informed: () => s.reached[0] / s.gossip.live,
		roundsToAll: () => s.completeAfter[0] ?? Number.NaN,
		messagesPerNode: () => s.tally.messages / s.n,
		theoryRounds: () => theory().rounds,
		theoryFormula: () => theory().formula,
		pushRounds: () => roundsOf(0),
		pullRounds: () => roundsOf(1),
		pushPullRounds: () => roundsOf(2),
		otherRounds: () => roundsOf(3)
	};
}
