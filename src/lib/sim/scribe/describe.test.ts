import { describe, expect, it } from 'vitest';
import type { Hop } from '../pastry';
import { describeScribeEvent } from './describe';
import { runScribe, scribeLectureScenario } from './scenario';
import type { ScribeEvent } from './events';

const space = { b: 4, digits: 6 };
const hop: Hop = {
	from: 0xd4213f,
	to: 0xd462ba,
	key: 0xd46a1c,
	rule: 'routing-table',
	row: 2,
	column: 6,
	shared: 2,
	sharedAfter: 3,
	distance: 0.16
};

const cases: [ScribeEvent, string][] = [
	[
		{ type: 'join-started', member: 0x65a1fc, key: 0xd46a1c, root: 0xd467c4, rejoin: false },
		'65a1fc joins the group: it routes a JOIN towards the groupId d46a1c, whose root is d467c4.'
	],
	[
		{ type: 'join-hop', member: 0x65a1fc, hop },
		'The JOIN goes from d4213f to d462ba by routing table row 2, column 6: shares d4, next digit 6.'
	],
	[
		{ type: 'forwarder-added', node: 0xd462ba, child: 0xd4213f },
		'd462ba was not in the tree: it becomes a forwarder with child d4213f.'
	],
	[
		{ type: 'child-added', node: 0xd462ba, child: 0xd42a9b },
		'd462ba is already in the tree: it adds d42a9b to its children and the JOIN stops here.'
	],
	[
		{ type: 'tree-rooted', root: 0xd467c4 },
		"d467c4 is the groupId's root, the numerically closest node: it roots the tree."
	],
	[
		{
			type: 'join-completed',
			member: 0x65a1fc,
			attachedTo: 0xd467c4,
			hops: 4,
			newForwarders: [1, 2, 3, 4],
			rejoin: false
		},
		"65a1fc's join is done after 4 hops, with 4 new forwarders."
	],
	[
		{ type: 'member-added', member: 0xd13da3 },
		'd13da3 already forwards for the group, so it becomes a member without sending anything.'
	],
	[
		{ type: 'join-lost', member: 0xd13da3, at: 0xd4213f },
		"d13da3's JOIN is lost at d4213f, which has failed."
	],
	[
		{ type: 'member-left', member: 0xd13da3, forwarder: true },
		'd13da3 leaves the group but keeps forwarding for its children.'
	],
	[
		{ type: 'forwarder-pruned', node: 0xd4213f, parent: 0xd462ba },
		'd4213f has no children and no membership left: it sends a LEAVE to d462ba, which drops it.'
	],
	[{ type: 'node-failed', nodes: [0xd4213f] }, 'Node d4213f fails; the tree does not know yet.'],
	[
		{ type: 'child-dropped', parent: 0xd462ba, child: 0xd4213f },
		'd462ba hears nothing from its child d4213f, which has failed, and drops it.'
	],
	[
		{ type: 'heartbeat-missed', node: 0xd13da3, parent: 0xd4213f },
		'd13da3 misses the heartbeats of its parent d4213f: the parent has failed, so it re-joins.'
	],
	[
		{ type: 'heartbeat', orphans: [0xd13da3], dropped: 1 },
		'A heartbeat period passes: 1 child lost its parent and re-joins; 1 failed child dropped.'
	],
	[
		{ type: 'multicast-started', seq: 0, source: null, key: 0xd46a1c, root: 0xd467c4 },
		'The root d467c4 multicasts message 0 to the group.'
	],
	[
		{ type: 'multicast-rooted', seq: 0, at: 0xd467c4, inTree: true, member: false },
		'Multicast 0 is at d467c4, the root that sends it down the tree.'
	],
	[
		{
			type: 'multicast-sent',
			seq: 0,
			from: 0xd462ba,
			to: 0xd42a9b,
			depth: 2,
			member: true,
			duplicate: false
		},
		'd462ba sends multicast 0 to its child d42a9b (depth 2), a member, which delivers it.'
	],
	[
		{ type: 'multicast-lost', seq: 1, from: 0xd462ba, to: 0xd4213f },
		'd462ba sends multicast 1 to d4213f, which has failed: that copy is lost.'
	],
	[
		{
			type: 'multicast-done',
			seq: 1,
			members: 3,
			reached: 1,
			duplicates: 0,
			messages: 2,
			lost: 1,
			depth: 2,
			routeHops: 0
		},
		'Multicast 1 is done: 1 of 3 members received it with 2 messages; 1 lost at failed nodes.'
	]
];

describe('describeScribeEvent', () => {
	it.each(cases)('%o', (event, sentence) => {
		expect(describeScribeEvent(event, space)).toBe(sentence);
	});

	it('tells every event of a whole run in one sentence', () => {
		const s = scribeLectureScenario();
		runScribe(s, (events) => {
			for (const e of events) expect(describeScribeEvent(e, s.pastry.space)).toMatch(/^\S.*\.$/);
		});
	});
});
