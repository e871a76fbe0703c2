import { SimError, type Model } from '../core';
import { checkFailNodes, failFraction, failNodes, joinNodes } from './churn';
import { finishRound, runRounds, stepExchange } from './round';
import { cloneGossip } from './state';
import type { GossipState } from './types';
import type { GossipCommand, GossipEvent } from './events';
import { isLive } from './view';

/** Most rounds one `run-rounds` command may run. */
export const MAX_RUN_ROUNDS = 10_000;

function check(s: Readonly<GossipState>, c: GossipCommand): void {
	switch (c.type) {
		case 'run-rounds':
			if (!Number.isInteger(c.count) || c.count < 1 || c.count > MAX_RUN_ROUNDS)
				throw new SimError(
					`rounds to run must be an integer from 1 to ${MAX_RUN_ROUNDS}, got ${c.count}`
				);
			return;
		case 'fail-nodes':
			checkFailNodes(s, c.nodeIds);
			return;
		case 'fail-fraction':
			if (!Number.isFinite(c.fraction) || c.fraction < 0 || c.fraction > 1)
				throw new SimError(`the failure fraction must be a number from 0 to 1, got ${c.fraction}`);
			return;
		case 'join-nodes':
			if (!Number.isInteger(c.count) || c.count < 1 || c.count > 100_000)
				throw new SimError(`nodes to join must be an integer from 1 to 100000, got ${c.count}`);
			if (c.bootstrap !== undefined && !isLive(s, c.bootstrap))
				throw new SimError(`bootstrap node ${c.bootstrap} is not a live node`);
			if (s.live === 0) throw new SimError('there is no live node for a new node to join through');
			return;
		default:
			return;
	}
}

/** True when the scenario's rounds are done (and no round is in progress). */
function scenarioOver(s: Readonly<GossipState>): boolean {
	return !s.inRound && s.params.rounds !== null && s.round >= s.params.rounds;
}

/**
 * Gossip-based peer sampling (Jelasity et al. 2007) and its relatives Newscast, Cyclon and
 * T-Man/Vicinity, as one model. The scenario's step is one exchange; `finish-round` and
 * `run-rounds` run whole rounds as one recorded transition. The round counter counts completed
 * rounds.
 */
export const gossipModel: Model<GossipState, GossipCommand, GossipEvent> = {
	name: 'gossip',

	clone: cloneGossip,

	next(s) {
		return scenarioOver(s) ? null : { type: 'exchange' };
	},

	finishRound(s) {
		return scenarioOver(s) ? null : { type: 'finish-round' };
	},

	apply(s, c) {
		check(s, c);
		const round = s.inRound ? s.round + 1 : s.round;
		switch (c.type) {
			case 'exchange':
				return stepExchange(s);
			case 'finish-round':
				return finishRound(s);
			case 'run-rounds':
				return runRounds(s, c.count);
			case 'fail-nodes': {
				const nodeIds = [...c.nodeIds].sort((a, b) => a - b);
				failNodes(s, nodeIds);
				return [{ type: 'node-failed', round, nodeIds, cause: 'user' }];
			}
			case 'fail-fraction': {
				const e = failFraction(s, c.fraction, s.rng.user, 'user', round);
				return e ? [e] : [];
			}
			case 'join-nodes': {
				const e = joinNodes(s, c.count, s.rng.user, 'user', round, c.bootstrap);
				return e ? [e] : [];
			}
		}
	},

	round(s) {
		return s.round;
	}
};
