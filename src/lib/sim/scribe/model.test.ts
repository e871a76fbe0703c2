import { describe, expect, it } from 'vitest';
import { SimError } from '../core';
import { memberIds, rootOf, tracePath } from '../pastry';
import { scribeModel } from './model';
import {
	runScribe,
	SCRIBE_DEFAULTS,
	scribeLectureScenario,
	scribeOver,
	scribeScenario
} from './scenario';
import { treeShape, treeViolations } from './tree';
import type { ScribeEvent } from './events';
import type { ScribeState } from './types';

function run(s: ScribeState): ScribeEvent[] {
	const events: ScribeEvent[] = [];
	runScribe(s, (e) => events.push(...e));
	return events;
}

/** Applies a user command, then lets the simulation run: every event of both. */
function act(s: ScribeState, command: Parameters<typeof scribeModel.apply>[1]): ScribeEvent[] {
	return [...scribeModel.apply(s, command), ...run(s)];
}

describe('Scribe on the lecture network (group d46a1c)', () => {
	it("grows the tree along 65a1fc's route, grafts d42a9b at d462ba, and multicasts once to each", () => {
		const s = scribeLectureScenario();
		const events = run(s);
		const added = events.flatMap((e) => (e.type === 'forwarder-added' ? [[e.node, e.child]] : []));
		expect(added).toEqual([
			[0xd13da3, 0x65a1fc],
			[0xd4213f, 0xd13da3],
			[0xd462ba, 0xd4213f],
			[0xd467c4, 0xd462ba]
		]);
		expect(events).toContainEqual({ type: 'tree-rooted', root: 0xd467c4 });
		expect(events).toContainEqual({ type: 'child-added', node: 0xd462ba, child: 0xd42a9b });
		expect(events).toContainEqual({ type: 'member-added', member: 0xd13da3 });
		const sent = events.flatMap((e) =>
			e.type === 'multicast-sent' ? [[e.from, e.to, e.depth, e.member]] : []
		);
		expect(sent).toEqual([
			[0xd467c4, 0xd462ba, 1, false],
			[0xd462ba, 0xd4213f, 2, false],
			[0xd462ba, 0xd42a9b, 2, true],
			[0xd4213f, 0xd13da3, 3, true],
			[0xd13da3, 0x65a1fc, 4, true]
		]);
		expect(s.lastMulticast).toEqual({
			seq: 0,
			members: 3,
			reached: 3,
			duplicates: 0,
			messages: 5,
			lost: 0,
			depth: 4,
			routeHops: 0
		});
		expect(treeShape(s)).toEqual({
			root: 0xd467c4,
			nodes: 6,
			members: 3,
			forwarders: 4,
			forwardersNotMembers: 3,
			depth: 4,
			maxChildren: 2
		});
		expect(treeViolations(s)).toEqual([]);
		expect(scribeModel.round(s)).toBe(4);
	});

	it('routes a multicast from a member to the root first', () => {
		const s = scribeLectureScenario();
		s.script = s.script.filter((c) => c.type !== 'multicast');
		run(s);
		const events = act(s, { type: 'multicast', from: 0x65a1fc });
		const hops = events.flatMap((e) => (e.type === 'multicast-hop' ? [e.hop.to] : []));
		expect(hops).toEqual([0xd13da3, 0xd4213f, 0xd462ba, 0xd467c4]);
		expect(s.lastMulticast).toMatchObject({ reached: 3, routeHops: 4, messages: 5, duplicates: 0 });
	});

	it('leaves prune forwarders up to the first node still needed', () => {
		const s = scribeLectureScenario();
		run(s);
		expect(act(s, { type: 'leave', member: 0x65a1fc })).toEqual([
			{ type: 'member-left', member: 0x65a1fc, forwarder: false },
			{ type: 'forwarder-pruned', node: 0x65a1fc, parent: 0xd13da3 }
		]);
		// d13da3 is still a member, so the prune stops there.
		expect(s.tree.has(0x65a1fc)).toBe(false);
		expect(s.tree.get(0xd13da3)?.children).toEqual([]);
		const e = scribeModel.apply(s, { type: 'leave', member: 0xd13da3 });
		expect(e).toEqual([
			{ type: 'member-left', member: 0xd13da3, forwarder: false },
			{ type: 'forwarder-pruned', node: 0xd13da3, parent: 0xd4213f },
			{ type: 'forwarder-pruned', node: 0xd4213f, parent: 0xd462ba }
		]);
		expect([...s.tree.keys()].sort()).toEqual([0xd42a9b, 0xd462ba, 0xd467c4].sort());
		expect(treeViolations(s)).toEqual([]);
	});

	it('repairs the tree when a forwarder fails: its child misses heartbeats and re-joins', () => {
		const s = scribeLectureScenario();
		run(s);
		act(s, { type: 'fail', nodes: [0xd4213f] });
		act(s, { type: 'multicast' });
		// Before the repair only d42a9b, on the intact branch, gets it; the copy to d4213f is lost.
		expect(s.lastMulticast).toMatchObject({ members: 3, reached: 1, lost: 1 });
		const events = act(s, { type: 'heartbeat' });
		expect(events.slice(0, 3)).toEqual([
			{ type: 'child-dropped', parent: 0xd462ba, child: 0xd4213f },
			{ type: 'heartbeat-missed', node: 0xd13da3, parent: 0xd4213f },
			{ type: 'heartbeat', orphans: [0xd13da3], dropped: 1 }
		]);
		const rejoin = events.find((e) => e.type === 'join-completed');
		expect(rejoin).toMatchObject({ member: 0xd13da3, rejoin: true });
		// The re-join meets the dead entry (1, 4) of d13da3, routes around it (Pastry's rare case)
		// and has the entry repaired on the way; d13da3's new parent is that first hop.
		const repaired = events.find((e) => e.type === 'pastry');
		expect(repaired).toMatchObject({
			event: { type: 'table-entry-repaired', node: 0xd13da3, row: 1, column: 4, failed: 0xd4213f }
		});
		const first = events.find((e) => e.type === 'join-hop');
		expect(first).toMatchObject({ member: 0xd13da3, hop: { from: 0xd13da3, rule: 'rare-case' } });
		expect(s.tree.get(0xd13da3)?.parent).toBe(first?.type === 'join-hop' && first.hop.to);
		act(s, { type: 'multicast' });
		expect(s.lastMulticast).toMatchObject({ members: 3, reached: 3, lost: 0, duplicates: 0 });
		expect(treeViolations(s)).toEqual([]);
	});

	it('a JOIN lost at a node that fails on its way is recovered by the next heartbeat', () => {
		const s = scribeLectureScenario();
		s.script = [];
		scribeModel.apply(s, { type: 'join', member: 0x65a1fc });
		scribeModel.apply(s, { type: 'deliver' });
		scribeModel.apply(s, { type: 'deliver' });
		expect(s.ops[0]).toMatchObject({ kind: 'join', message: { at: 0xd4213f } });
		// Pastry repairs its sets first; then the JOIN's next hop finds its holder dead.
		const lost = act(s, { type: 'fail', nodes: [0xd4213f] });
		expect(lost).toContainEqual({ type: 'join-lost', member: 0x65a1fc, at: 0xd4213f });
		act(s, { type: 'heartbeat' });
		act(s, { type: 'multicast' });
		expect(treeViolations(s)).toEqual([]);
		expect(s.lastMulticast).toMatchObject({ members: 1, reached: 1 });
	});

	it('a new root takes over when the root fails', () => {
		const s = scribeLectureScenario();
		run(s);
		act(s, { type: 'fail', nodes: [0xd467c4] });
		act(s, { type: 'heartbeat' });
		act(s, { type: 'multicast' });
		expect(treeShape(s).root).toBe(rootOf(s.pastry, 0xd46a1c));
		expect(s.lastMulticast).toMatchObject({ members: 3, reached: 3, duplicates: 0 });
		expect(treeViolations(s)).toEqual([]);
	});
});

describe('the tree is the union of the members’ routes (reverse-path forwarding)', () => {
	it('every non-root tree node’s parent is its next hop towards the groupId', () => {
		const s = scribeScenario({ ...SCRIBE_DEFAULTS, nodes: 400, members: 60 }, 'union');
		run(s);
		const root = rootOf(s.pastry, s.group.key);
		const onRoutes = new Set<number>();
		for (const [id, t] of s.tree) {
			if (t.member) {
				onRoutes.add(id);
				for (const h of tracePath(s.pastry, id, s.group.key)) onRoutes.add(h.to);
			}
			if (id === root) expect(t.parent).toBeNull();
			else expect(t.parent).toBe(tracePath(s.pastry, id, s.group.key)[0].to);
		}
		expect(new Set(s.tree.keys())).toEqual(onRoutes);
		expect(s.lastMulticast).toMatchObject({ members: 60, reached: 60, duplicates: 0 });
		expect(s.lastMulticast?.messages).toBe(s.tree.size - 1);
	});
});

describe('commands that do not fit', () => {
	const s = scribeLectureScenario();
	run(s);
	it.each([
		[{ type: 'deliver' }, 'no message is in flight'],
		[{ type: 'join', member: 0x123456 }, 'node 123456 is not a live node to join the group'],
		[{ type: 'leave', member: 0xd4213f }, 'node d4213f is not a member of the group'],
		[{ type: 'fail', nodes: [] }, 'name at least one node to fail'],
		[{ type: 'fail', nodes: [0xd13da3, 0xd13da3] }, 'each node can fail only once'],
		[{ type: 'fail-forwarders', fraction: 0 }, 'the share of forwarders to fail must be above 0']
	] as const)('%o is refused: %s', (command, message) => {
		const before = JSON.stringify([...s.tree]);
		expect(() => scribeModel.apply(s, command)).toThrow(SimError);
		expect(() => scribeModel.apply(s, command)).toThrow(message);
		expect(JSON.stringify([...s.tree])).toBe(before);
	});

	it('refuses M above N and an empty group name', () => {
		expect(() => scribeScenario({ ...SCRIBE_DEFAULTS, nodes: 10, members: 11 }, '1')).toThrow(
			'M (the members) must be an integer from 0 to N = 10, got 11'
		);
		expect(() => scribeScenario({ ...SCRIBE_DEFAULTS, group: ' ' }, '1')).toThrow(
			'the group needs a name'
		);
	});

	it('queues a join behind the one in flight', () => {
		const t = scribeOver(scribeLectureScenario().pastry, { name: null, key: 0xd46a1c }, 'q', []);
		scribeModel.apply(t, { type: 'join', member: 0x65a1fc });
		expect(scribeModel.apply(t, { type: 'join', member: memberIds(t.pastry)[0] })).toEqual([
			{ type: 'operation-queued', operation: 'join', node: memberIds(t.pastry)[0] }
		]);
	});
});
