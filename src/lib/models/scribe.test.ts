import { describe, expect, it } from 'vitest';
import { formatId, SimError, Timeline, type Tagged } from '$lib/sim/core';
import { LECTURE_ROUTE } from '$lib/sim/pastry';
import { treeShape, type ScribeState } from '$lib/sim/scribe';
import { defaultParams } from './params';
import { scribeEntry } from './scribe';

const params = (p: Record<string, string | number> = {}) => ({
	...defaultParams(scribeEntry.params),
	...p
});

/** Every state of a timeline, as exported, stepping forward from 0. */
function forwardStates(t: Timeline<ScribeState, Tagged, Tagged>): string[] {
	t.seek(0);
	const out = [JSON.stringify(scribeEntry.exportJson(t.state))];
	while (t.position < t.length) {
		t.forward();
		out.push(JSON.stringify(scribeEntry.exportJson(t.state)));
	}
	return out;
}

describe('scribe entry', () => {
	it('opens on the lecture network: 65a1fc joins first, along the slide route, then 11 others', () => {
		const s = scribeEntry.init(params(), '1');
		expect(s.group.key).toBe(LECTURE_ROUTE.key);
		expect(s.script).toHaveLength(13);
		expect(s.script.slice(0, 3).map((c) => c.type === 'join' && formatId(c.member))).toEqual([
			'65a1fc',
			'd42a9b',
			'd13da3'
		]);
		expect(s.script.at(-1)).toEqual({ type: 'multicast' });
		const t = new Timeline(scribeEntry.model, s);
		while (t.state.completed.joins < 1) t.forward();
		const path = [...t.state.tree.keys()].sort((a, b) => a - b).map((id) => formatId(id));
		expect(path).toEqual(LECTURE_ROUTE.path.map((id) => formatId(id)).sort());
		expect(treeShape(t.state).root).toBe(0xd467c4);
	});

	it('builds a random scenario on SHA-1 of the group, and refuses M > N by name', () => {
		const s = scribeEntry.init(params({ scenario: 'random', nodes: 50, members: 5 }), 's');
		expect(s.group.name).toBe('lecture-video');
		expect(s.script.filter((c) => c.type === 'join')).toHaveLength(5);
		expect(() =>
			scribeEntry.init(params({ scenario: 'random', nodes: 5, members: 9 }), 's')
		).toThrow('M (the members) must be an integer from 0 to N = 5, got 9');
		expect(() => scribeEntry.init(params({ nodes: 12, members: 400 }), 's')).toThrow(SimError);
	});

	it('refuses a link command of the wrong shape with a message, before it changes anything', () => {
		const t = new Timeline(scribeEntry.model, scribeEntry.init(params(), '1'));
		expect(() => t.act({ type: 'join', member: 'x' } as never)).toThrow(
			'the join command needs member as a node id, got "x"'
		);
		expect(() => t.act({ type: 'fail', nodes: 3 } as never)).toThrow(
			'the fail command needs nodes as a list of node ids, got 3'
		);
		expect(() => t.act({ type: 'explode' } as never)).toThrow('"explode" is not a command here');
		expect(() => t.act({ type: 'leave', member: 0x65a1fc } as never)).toThrow(
			'node 65a1fc is not a member of the group'
		);
		expect(t.length).toBe(0);
	});

	it('steps back exactly and a link replays the same run, with user commands', () => {
		const t = new Timeline(scribeEntry.model, scribeEntry.init(params({ members: 6 }), '2'), {
			checkpointEvery: 4
		});
		for (let i = 0; i < 12; i++) t.forward();
		t.act({ type: 'fail', nodes: [0xd462ba] });
		t.act({ type: 'heartbeat' });
		for (let i = 0; i < 30 && t.forward(); i++);
		t.act({ type: 'fail-forwarders', fraction: 0.5 });
		t.act({ type: 'multicast', from: 0x65a1fc });
		for (let i = 0; i < 30 && t.forward(); i++);
		const states = forwardStates(t);
		for (let k = states.length - 1; k >= 0; k -= 3) {
			t.seek(k);
			expect(JSON.stringify(scribeEntry.exportJson(t.state))).toBe(states[k]);
		}
		const link = Timeline.replay(
			scribeEntry.model,
			scribeEntry.init(params({ members: 6 }), '2'),
			t.userLog(),
			states.length - 1
		);
		expect(JSON.stringify(scribeEntry.exportJson(link.state))).toBe(states.at(-1));
	});

	it('reads lesson actions and highlights, naming what was expected', () => {
		const p = params();
		expect(scribeEntry.lessonCommand('join', 'd42a9b', p)).toEqual({
			type: 'join',
			member: 0xd42a9b
		});
		expect(scribeEntry.lessonCommand('multicast', null, p)).toEqual({ type: 'multicast' });
		expect(scribeEntry.lessonCommand('multicast', { from: '65a1fc' }, p)).toEqual({
			type: 'multicast',
			from: 0x65a1fc
		});
		expect(scribeEntry.lessonCommand('fail', ['d4213f', 'd13da3'], p)).toEqual({
			type: 'fail',
			nodes: [0xd4213f, 0xd13da3]
		});
		expect(scribeEntry.lessonCommand('fail-forwarders', '0.1', p)).toEqual({
			type: 'fail-forwarders',
			fraction: 0.1
		});
		expect(() => scribeEntry.lessonCommand('fail-forwarders', '2', p)).toThrow('at most 1');
		expect(() => scribeEntry.lessonCommand('route', null, p)).toThrow('unknown scribe action');
		expect(scribeEntry.parseHighlight('d467c4', p)).toBe(0xd467c4);
	});

	it('exports the tree as JSON and CSV', () => {
		const t = new Timeline(scribeEntry.model, scribeEntry.init(params({ members: 3 }), '1'));
		for (let i = 0; i < 200 && t.forward(); i++);
		const json = scribeEntry.exportJson(t.state) as {
			shape: { root: string; members: number; depth: number };
			lastMulticast: { reached: number; members: number };
		};
		expect(json.shape).toMatchObject({ root: 'd467c4', members: 3, depth: 4 });
		expect(json.lastMulticast).toMatchObject({ reached: 3, members: 3 });
		const csv = scribeEntry.exportCsv(t.state).trim().split('\n');
		expect(csv[0]).toBe('nodeId,member,parent,children');
		expect(csv).toContain('d467c4,false,,d462ba');
		expect(csv).toHaveLength(1 + 6);
	});
});
