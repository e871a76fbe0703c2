import { SimError, type Model } from '../core';
import { checkFailNodes, failNodes } from '../gossip';
import { broadcastOver, finishBroadcastRound, stepTurn } from './round';
import { cloneBroadcast } from './state';
import type { BroadcastEvent } from './events';
import type { BroadcastCommand, BroadcastState } from './types';

/**
 * Nodes fail at once: they stop spreading and no longer count as reached; their entries stay in the
 * views, so contacts to them are lost.
 */
export function failBroadcastNodes(s: BroadcastState, nodeIds: readonly number[]): void {
	failNodes(s.gossip, nodeIds);
	for (const v of nodeIds)
		for (let j = 0; j < s.params.chunks; j++) {
			const i = j * s.n + v;
			if (s.has[i] >= 0) s.reached[j]--;
			if (s.active[i] === 1) {
				s.active[i] = 0;
				s.spreading[j]--;
			}
		}
}

function check(s: Readonly<BroadcastState>, c: BroadcastCommand): void {
	if (c.type !== 'fail-nodes') {
		if (broadcastOver(s)) throw new SimError('the broadcast is over');
		return;
	}
	checkFailNodes(s.gossip, c.nodeIds);
}

/**
 * Epidemic dissemination (Demers et al. 1987; Karp et al. 2000; Eugster et al. 2004) over a gossip
 * overlay's views. The scenario's step is one node's turn (its contacts with f peers); `finish-round`
 * runs the rest of a round as one transition. The round counter counts completed rounds.
 */
export const broadcastModel: Model<BroadcastState, BroadcastCommand, BroadcastEvent> = {
	name: 'broadcast',

	clone: cloneBroadcast,

	next(s) {
		return broadcastOver(s) ? null : { type: 'turn' };
	},

	finishRound(s) {
		return broadcastOver(s) ? null : { type: 'finish-round' };
	},

	apply(s, c) {
		check(s, c);
		switch (c.type) {
			case 'turn':
				return stepTurn(s);
			case 'finish-round':
				return finishBroadcastRound(s);
			case 'fail-nodes': {
				const nodeIds = [...c.nodeIds].sort((a, b) => a - b);
				failBroadcastNodes(s, nodeIds);
				return [{ type: 'node-failed', round: s.inRound ? s.round + 1 : s.round, nodeIds }];
			}
		}
	},

	round(s) {
		return s.round;
	}
};
