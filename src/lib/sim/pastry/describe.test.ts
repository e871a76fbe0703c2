import { describe, expect, it } from 'vitest';
import { describePastryEvent } from './describe';
import type { Hop, PastryEvent } from './events';

const space = { b: 4, digits: 6 };
const hop = (rule: Hop['rule'], row: number | null, column: number | null): Hop => ({
	from: 0xd4213f,
	to: 0xd462ba,
	key: 0xd46a1c,
	rule,
	row,
	column,
	shared: 2,
	sharedAfter: 3,
	distance: 0.16
});

const cases: [PastryEvent, string][] = [
	[
		{ type: 'operation-queued', operation: 'join', node: 0xabc123 },
		"Node abc123's join waits until the current operation completes."
	],
	[
		{ type: 'join-started', node: 0xabc123, via: null, distance: 0 },
		'Node abc123 starts the network: it is the first node.'
	],
	[
		{ type: 'join-started', node: 0xabc123, via: 0x65a1fc, distance: 0.0512 },
		'Node abc123 asks nearby node 65a1fc (distance 0.05) to route a join message to abc123.'
	],
	[
		{
			type: 'join-row-copied',
			from: 0xa00001,
			to: 0xabc123,
			index: 1,
			row: 1,
			cells: [{ row: 1, column: 3, id: 0xa30000, supplier: 0xa00001 }]
		},
		"a00001, node 1 on the join route, sends abc123 its row 1, which fills 1 cell of abc123's table."
	],
	[
		{ type: 'join-neighborhood-copied', from: 1, to: 2, neighborhoodSet: [3, 4], cells: [] },
		'000001 sends 000002 its neighbourhood set: 2 nodes close in the proximity space.'
	],
	[
		{ type: 'join-hop', node: 0xd46a1c, hop: hop('routing-table', 2, 6) },
		'The join message goes from d4213f to d462ba by routing table row 2, column 6: shares d4, next digit 6.'
	],
	[
		{ type: 'join-leaf-set-copied', from: 5, to: 6, smaller: [4], larger: [], cells: [] },
		'000005, numerically closest to 000006, sends its leaf set: smaller 000004; larger none.'
	],
	[
		{ type: 'join-announced', from: 6, to: 7, cells: [], leafSet: true, neighborhoodSet: false },
		'000006 tells 000007 it has arrived; 000007 updates its leaf set.'
	],
	[
		{ type: 'join-announced', from: 6, to: 7, cells: [], leafSet: false, neighborhoodSet: false },
		'000006 tells 000007 it has arrived; 000007 changes nothing.'
	],
	[{ type: 'node-joined', node: 6, informed: 1 }, 'Node 000006 has joined after informing 1 node.'],
	[
		{ type: 'route-started', from: 0x65a1fc, key: 0xd46a1c, name: 'x', root: 0xd467c4 },
		'A message for key d46a1c (SHA-1 of "x") starts at 65a1fc; its root is d467c4, the numerically closest live node.'
	],
	[
		{ type: 'route-hop', hop: hop('rare-case', 2, 6) },
		'd4213f forwards to d462ba by rare case: row 2, column 6: shares d4, next digit 6, but that cell is empty or its node failed, so it goes to a known node sharing as much and numerically closer.'
	],
	[
		{ type: 'route-hop', hop: hop('leaf-set', null, null) },
		"d4213f forwards to d462ba by leaf set: d46a1c is within the leaf set's range and d462ba is numerically closest."
	],
	[
		{ type: 'route-delivered', key: 9, at: 8, root: 10, path: [1, 8], correct: false },
		'Delivered at 000008 after 1 hop, but the numerically closest live node is 00000a.'
	],
	[
		{ type: 'route-lost', key: 9, at: 8, reason: 'node-failed' },
		'The message for 000009 is lost: node 000008 failed.'
	],
	[
		{ type: 'route-lost', key: 9, at: 8, reason: 'too-many-hops' },
		'The message for 000009 gives up at 000008 after too many hops.'
	],
	[
		{ type: 'node-failed', node: 8, affected: [1, 2] },
		'Node 000008 fails. 2 nodes had it in their leaf or neighbourhood set and will repair them.'
	],
	[
		{ type: 'leaf-set-repaired', node: 1, failed: 8, asked: [2], removed: [8], added: [3] },
		'000001 repairs its leaf set with the leaf set of 000002: drops 000008, adds 000003.'
	],
	[
		{ type: 'neighborhood-set-repaired', node: 1, failed: 8, asked: [2], removed: [8], added: [] },
		"000001 repairs its neighbourhood set from its neighbours' sets: drops 000008, adds none."
	],
	[
		{
			type: 'table-entry-repaired',
			node: 1,
			row: 0,
			column: 14,
			failed: 8,
			replacement: 0xe00000,
			supplier: 0xc00000,
			asked: [0xc00000]
		},
		'000001 finds 000008 dead in row 0, column e; c00000 supplies e00000 as the replacement.'
	],
	[
		{
			type: 'table-entry-repaired',
			node: 1,
			row: 0,
			column: 14,
			failed: 8,
			replacement: null,
			supplier: null,
			asked: []
		},
		'000001 finds 000008 dead in row 0, column e; no node it asks knows a replacement, so the cell is now empty.'
	]
];

describe('describePastryEvent', () => {
	it.each(cases)('tells %j in one sentence', (event, sentence) => {
		expect(describePastryEvent(event, space)).toBe(sentence);
	});
});
