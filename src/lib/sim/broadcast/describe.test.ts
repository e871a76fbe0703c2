import { describe, expect, it } from 'vitest';
import { describeBroadcastEvent } from './describe';
import { runBroadcast } from './round';
import { initBroadcast } from './state';
import { broadcastModel } from './model';
import type { BroadcastEvent } from './events';

const cases: [BroadcastEvent, number, string][] = [
	[
		{ type: 'round-started', round: 3, turns: 4, born: null },
		1,
		'Round 3 starts: 4 nodes take a turn.'
	],
	[
		{ type: 'round-started', round: 3, turns: 4, born: 3 },
		5,
		'Round 3 starts: 4 nodes take a turn, and the source produces chunk 3.'
	],
	[
		{
			type: 'contact',
			round: 1,
			from: 4,
			to: 9,
			dead: false,
			pushed: [0],
			pulled: [],
			redundant: 0
		},
		1,
		'Node 4 contacts node 9 and pushes the message.'
	],
	[
		{
			type: 'contact',
			round: 1,
			from: 4,
			to: 9,
			dead: false,
			pushed: [0],
			pulled: [],
			redundant: 1
		},
		1,
		'Node 4 contacts node 9 and pushes the message, which node 9 already had.'
	],
	[
		{
			type: 'contact',
			round: 2,
			from: 4,
			to: 9,
			dead: false,
			pushed: [],
			pulled: [1, 2],
			redundant: 0
		},
		3,
		'Node 4 contacts node 9 and pulls chunks 1, 2.'
	],
	[
		{
			type: 'contact',
			round: 2,
			from: 4,
			to: 9,
			dead: false,
			pushed: [],
			pulled: [],
			redundant: 0
		},
		1,
		'Node 4 asks node 9, which has nothing new for it.'
	],
	[
		{ type: 'contact', round: 2, from: 4, to: 9, dead: true, pushed: [], pulled: [], redundant: 0 },
		1,
		'Node 4 contacts node 9, which has failed: the message is lost.'
	],
	[
		{ type: 'infected', round: 2, node: 9, chunk: 0, from: 4 },
		1,
		'Node 9 gets the message from node 4.'
	],
	[
		{ type: 'stopped', round: 2, node: 9, chunk: 0, rule: 'counter' },
		1,
		'Node 9 has met too many nodes that already knew: it stops spreading the message.'
	],
	[
		{ type: 'round-ended', round: 2, reached: [5], live: 10, infections: 2, messages: 6, died: 0 },
		1,
		'Round 2 ends: 2 new infections, 6 messages; 5 of 10 live nodes have the message.'
	],
	[
		{ type: 'chunk-complete', chunk: 0, rounds: 5 },
		1,
		'Every live node has the message, 5 rounds after it started.'
	],
	[
		{ type: 'node-failed', round: 0, nodeIds: [3, 4] },
		1,
		'2 nodes fail; other views still list them.'
	]
];

describe('describeBroadcastEvent', () => {
	it.each(cases)('%o', (event, total, sentence) => {
		expect(describeBroadcastEvent(event, total)).toBe(sentence);
	});

	it('tells every event of a refreshing, failing run in one sentence', () => {
		const s = initBroadcast(
			{ nodes: 60, viewSize: 6, warmup: 3, refresh: true, stop: 'coin', stopK: 2, fail: 0.2 },
			'd'
		);
		for (let c = broadcastModel.next(s); c !== null; c = broadcastModel.next(s))
			for (const e of broadcastModel.apply(s, c))
				expect(describeBroadcastEvent(e)).toMatch(/^\S.*\.$/);
		expect(runBroadcast(s)).toBe(0);
	});
});
