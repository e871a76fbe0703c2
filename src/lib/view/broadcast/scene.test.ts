import { describe, expect, it } from 'vitest';
import { Timeline } from '$lib/sim/core';
import type { BroadcastEvent } from '$lib/sim/broadcast';
import { broadcastEntry } from '$lib/models/broadcast';
import { defaultParams } from '$lib/models/params';
import { broadcastScene, liveCurve } from './scene';

describe('the broadcast scene', () => {
	it('marks who is informed and who was this round, the contacts of a turn, and a ticking curve', () => {
		const t = new Timeline(
			broadcastEntry.model,
			broadcastEntry.init({ ...defaultParams(broadcastEntry.params), nodes: 50 }, 'epidemic')
		);
		const scene = () => broadcastScene(t.state, t.eventsAt() as readonly BroadcastEvent[]);
		for (let i = 0; i < 3; i++) t.forwardRound();
		const s = scene();
		expect(s.round).toBe(3);
		expect(s.reached).toBe(t.state.reached[0]);
		expect([...s.informedAt].filter((r) => r >= 0)).toHaveLength(s.reached);
		expect(s.fresh).toBe(t.state.curves[0][3] - t.state.curves[0][2]);
		expect(s.contacts).toEqual([]);
		t.forward();
		const turn = scene();
		expect(turn.round).toBe(4);
		expect(turn.contacts).toHaveLength(1);
		expect(turn.contacts[0].push).toBe(true);
		const points = liveCurve(t.state);
		expect(points.slice(0, 4).map((p) => p.y)).toEqual(t.state.curves[0]);
		expect(points[4]).toEqual({ x: 4, y: t.state.reached[0] });
	});
});
