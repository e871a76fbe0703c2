import { describe, expect, it } from 'vitest';
import { formatId, Timeline } from '$lib/sim/core';
import { LECTURE_ROUTE } from '$lib/sim/pastry';
import type { ScribeEvent } from '$lib/sim/scribe';
import { defaultParams } from '$lib/models/params';
import { scribeEntry } from '$lib/models/scribe';
import { scribeScene } from './scene';
import { treeLayout } from './treeLayout';

const hexes = (ids: readonly number[]) => ids.map((id) => formatId(id));

function lecture(members = 3) {
	const t = new Timeline(
		scribeEntry.model,
		scribeEntry.init({ ...defaultParams(scribeEntry.params), members }, 'lecture')
	);
	const scene = () => scribeScene(t.state, t.eventsAt() as readonly ScribeEvent[]);
	return { t, scene };
}

describe('the Scribe scene', () => {
	it('draws the JOIN in flight hop by hop, then the route it took once it is done', () => {
		const { t, scene } = lecture();
		t.forward();
		expect(scene().join?.path).toEqual([0x65a1fc]);
		t.forward();
		t.forward();
		expect(hexes(scene().join?.path ?? [])).toEqual(['65a1fc', 'd13da3', 'd4213f']);
		expect(scene().join?.done).toBe(false);
		expect(scene().root).toBeNull();
		t.forward();
		t.forward();
		const done = scene();
		expect(done.join?.path).toEqual(LECTURE_ROUTE.path);
		expect(done.join?.done).toBe(true);
		expect(done.root).toBe(0xd467c4);
		expect(hexes([...done.forwarders])).toEqual(['d13da3', 'd4213f', 'd462ba', 'd467c4']);
		expect(done.edges).toHaveLength(4);
		// The next step starts another operation: the finished route is not drawn any more.
		t.forward();
		expect(scene().join?.path).toEqual([0xd42a9b]);
	});

	it('lights the multicast up level by level, and every member on the step it ends', () => {
		const { t, scene } = lecture();
		for (let i = 0; i < 9; i++) t.forward();
		const start = scene().multicast;
		expect(start && hexes([...start.received])).toEqual(['d467c4']);
		t.forward();
		const one = scene().multicast;
		expect(one?.sent).toEqual([[0xd467c4, 0xd462ba]]);
		expect(one?.depth).toBe(1);
		while (t.forward());
		const end = scene().multicast;
		expect(end?.done).toBe(true);
		expect(end?.received.size).toBe(6);
		expect(end?.sent).toEqual([[0xd13da3, 0x65a1fc]]);
	});

	it('lays the tree out by levels, a parent over its children, a cut-off subtree aside', () => {
		const { t } = lecture(6);
		while (t.forward());
		const s = t.state;
		const layout = treeLayout(s, 0xd467c4);
		expect(layout.slots.get(0xd467c4)?.depth).toBe(0);
		expect(layout.depth).toBe(4);
		for (const [id, node] of s.tree)
			if (node.parent !== null)
				expect(layout.slots.get(id)?.depth).toBe((layout.slots.get(node.parent)?.depth ?? -9) + 1);
		t.act({ type: 'fail', nodes: [0xd462ba] });
		t.act({ type: 'heartbeat' });
		while (t.state.pastry.ops.length > 0 || t.state.ops[0]?.kind === 'heartbeat') t.forward();
		const cut = treeLayout(t.state, 0xd467c4);
		expect(cut.slots.get(0xd4213f)).toMatchObject({ depth: 1, detached: true });
	});
});
