import { runBroadcast } from './round';
import { initBroadcast } from './state';
import {
	alignedCurveGap,
	curveGap,
	halfRound,
	meanFieldCurve,
	theoryRounds,
	type TheoryRounds
} from './theory';
import type { BroadcastOptions } from './params';
import type { BroadcastState } from './types';

/** Per chunk of a stream: how far and how fast it spread. */
export interface ChunkFigures {
	readonly chunk: number;
	/** Fraction of the live nodes it reached. */
	readonly reached: number;
	/** Rounds from its birth until every live node had it; null when some never did. */
	readonly roundsToAll: number | null;
}

/** The figures of a broadcast run (chunk 0 for a single message), beside the theory. */
export interface BroadcastFigures {
	readonly state: BroadcastState;
	readonly live: number;
	/** Rounds until every live node had the message; null when some never did. */
	readonly roundsToAll: number | null;
	/** Fraction of the live nodes reached. */
	readonly reached: number;
	readonly rounds: number;
	/** Messages sent per node of the overlay. */
	readonly messagesPerNode: number;
	readonly duplicatesPerNode: number;
	/** Live nodes holding the message after each round (round 0: the source). */
	readonly curve: readonly number[];
	readonly theory: TheoryRounds & {
		/** The mean-field curve (null for the counter and coin rules). */
		readonly curve: readonly number[] | null;
		/** Rounds of the mean-field curve until fewer than half a node is expected uninformed. */
		readonly meanFieldRounds: number | null;
		/** The largest gap between the curve and the mean-field curve, as a share of the live nodes. */
		readonly gap: number | null;
		/** The same gap once both curves are shifted to reach half the nodes in the same round. */
		readonly alignedGap: number | null;
		/** The rounds at which the run and the mean-field curve reach half the live nodes. */
		readonly halfRound: { readonly run: number | null; readonly meanField: number | null };
	};
	/** Per chunk, for a stream of more than one chunk; null otherwise. */
	readonly chunks: readonly ChunkFigures[] | null;
}

/** Builds the overlay, runs the broadcast to its end and measures it against the theory. */
export function broadcastExperiment(options: BroadcastOptions, seed: string): BroadcastFigures {
	const s = initBroadcast(options, seed);
	const rounds = runBroadcast(s);
	const p = s.params;
	const live = s.gossip.live;
	const theory = theoryRounds(p.protocol, live, p.fanout);
	const mean = meanFieldCurve(p.protocol, p.stop, live, p.fanout, p.fail, Math.max(rounds, 1000));
	const curve = s.curves[0];
	const complete = mean !== null && mean[mean.length - 1] >= live - 0.5;
	return {
		state: s,
		live,
		roundsToAll: s.completeAfter[0],
		reached: s.reached[0] / live,
		rounds,
		messagesPerNode: s.tally.messages / s.n,
		duplicatesPerNode: s.tally.duplicates / s.n,
		curve,
		theory: {
			...theory,
			curve: mean,
			meanFieldRounds: mean !== null && complete ? mean.length - 1 : null,
			gap: mean === null ? null : curveGap(curve, mean, live),
			alignedGap: mean === null ? null : alignedCurveGap(curve, mean, live),
			halfRound: {
				run: halfRound(curve, live),
				meanField: mean === null ? null : halfRound(mean, live)
			}
		},
		chunks:
			p.chunks === 1
				? null
				: Array.from({ length: p.chunks }, (_, chunk) => ({
						chunk,
						reached: s.reached[chunk] / live,
						roundsToAll: s.completeAfter[chunk]
					}))
	};
}
