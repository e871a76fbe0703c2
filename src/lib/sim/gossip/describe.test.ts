import { describe, expect, it } from 'vitest';
import { describeGossipEvent } from './describe';
import type { GossipEvent } from './events';

const d = (nodeId: number, age = 0) => ({ nodeId, age });

describe('describeGossipEvent', () => {
	it.each<[GossipEvent, string]>([
		[
			{ type: 'round-started', round: 3, live: 10 },
			'Round 3 starts with 10 nodes alive; every view entry ages by one.'
		],
		[
			{
				type: 'exchange',
				round: 1,
				active: {
					nodeId: 4,
					before: [d(7)],
					sent: [d(4), d(7)],
					received: [d(7), d(9)],
					after: [d(7), d(9)],
					kept: [9],
					dropped: []
				},
				passive: {
					nodeId: 7,
					before: [d(9)],
					sent: [d(7), d(9)],
					received: [d(4), d(7)],
					after: [d(4), d(9)],
					kept: [4],
					dropped: []
				}
			},
			'Node 4 gossips with node 7: it sends 4, 7, node 7 answers with 7, 9; node 4 keeps 1 and drops 0, node 7 keeps 1 and drops 0.'
		],
		[
			{ type: 'peer-dead', round: 2, nodeId: 1, peer: 5, dropped: true },
			'Node 1 contacts node 5, which is dead; the exchange fails and node 1 drops the entry.'
		],
		[
			{ type: 'peer-dead', round: 2, nodeId: 1, peer: 5, dropped: false },
			'Node 1 contacts node 5, which is dead; the exchange fails and the entry stays.'
		],
		[
			{ type: 'no-peer', round: 1, nodeId: 0 },
			'Node 0 has an empty view and nobody to gossip with.'
		],
		[{ type: 'node-failed', round: 5, nodeIds: [3], cause: 'user' }, 'Node 3 fails as asked.'],
		[
			{ type: 'node-failed', round: 5, nodeIds: [1, 2, 3, 4, 5, 6, 7, 8], cause: 'catastrophe' },
			'8 nodes fail (1, 2, 3, 4, 5, 6 and 2 more) in a catastrophic failure.'
		],
		[
			{ type: 'node-joined', round: 1, nodeIds: [10, 11], bootstraps: [0, 0], cause: 'growth' },
			'2 nodes join (10, 11) through node 0.'
		],
		[
			{ type: 'node-joined', round: 1, nodeIds: [12], bootstraps: [3], cause: 'churn' },
			'Node 12 joins through node 3.'
		],
		[
			{ type: 'node-joined', round: 1, nodeIds: [12, 13], bootstraps: [3, 5], cause: 'churn' },
			'2 nodes join (12, 13) each through a random live node.'
		],
		[
			{ type: 'round-ended', round: 4, live: 9, exchanges: 8, deadContacts: 1, idle: 0 },
			'Round 4 ends: 8 exchanges, 1 contact with dead nodes, 0 idle nodes; 9 nodes alive.'
		]
	])('tells %j in one sentence', (event, sentence) => {
		expect(describeGossipEvent(event)).toBe(sentence);
	});
});
