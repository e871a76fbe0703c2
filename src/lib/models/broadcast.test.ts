import { describe, expect, it } from 'vitest';
import { Timeline } from '$lib/sim/core';
import type { BroadcastState } from '$lib/sim/broadcast';
import { broadcastEntry, broadcastOptions, compareRuns } from './broadcast';
import { defaultParams } from './params';

const params = (p: Record<string, string | number> = {}) => ({
	...defaultParams(broadcastEntry.params),
	...p
});

const exported = (s: BroadcastState) => JSON.stringify(broadcastEntry.exportJson(s));

describe('broadcast entry', () => {
	it('passes k only with the counter and coin rules', () => {
		expect(broadcastOptions(params())).toEqual({
			overlay: 'cyclon',
			nodes: 200,
			viewSize: 8,
			protocol: 'push',
			fanout: 1,
			stop: 'forever',
			chunks: 1,
			fail: 0
		});
		expect(broadcastOptions(params({ stop: 'coin', k: 3 }))).toMatchObject({ stopK: 3 });
		expect(() => broadcastEntry.init(params({ viewSize: 8, fanout: 9 }), '1')).toThrow(
			'the fanout f must be an integer from 1 to 8, got 9'
		);
	});

	it('steps one turn at a time up to 300 nodes and one round above', () => {
		const small = new Timeline(broadcastEntry.model, broadcastEntry.init(params(), '1'));
		small.forward();
		expect(small.transitionAt(1)?.command).toEqual({ type: 'turn' });
		const large = new Timeline(
			broadcastEntry.model,
			broadcastEntry.init(params({ nodes: 400, overlay: 'random' }), '1')
		);
		large.forward();
		expect(large.transitionAt(1)?.command).toEqual({ type: 'finish-round' });
		expect(large.round).toBe(1);
	});

	it('steps back exactly, and a link replays whole rounds and failures', () => {
		const init = () => broadcastEntry.init(params({ nodes: 60, viewSize: 4 }), '3');
		const t = new Timeline(broadcastEntry.model, init(), { checkpointEvery: 3 });
		for (let i = 0; i < 5; i++) t.forward();
		t.forwardRound();
		t.act({ type: 'fail-nodes', nodeIds: [5, 9, 30] });
		for (let i = 0; i < 4; i++) t.forwardRound();
		for (let i = 0; i < 7; i++) t.forward();
		const end = t.position;
		const states: string[] = [];
		for (let k = 0; k <= end; k++) {
			t.seek(k);
			states.push(exported(t.state));
		}
		for (let k = end; k >= 0; k--) {
			t.seek(k);
			expect(exported(t.state)).toBe(states[k]);
		}
		const logged = t.userLog().map((l) => l.command.type);
		expect(logged).toContain('finish-round');
		expect(logged).toContain('fail-nodes');
		const link = Timeline.replay(broadcastEntry.model, init(), t.userLog(), end);
		expect(exported(link.state)).toBe(states[end]);
	});

	it('refuses a link command of the wrong shape and an unknown node', () => {
		const t = new Timeline(broadcastEntry.model, broadcastEntry.init(params({ nodes: 20 }), '1'));
		expect(() => t.act({ type: 'fail-nodes', nodeIds: 'all' } as never)).toThrow(
			'the fail-nodes command needs nodeIds as a list of node ids, got "all"'
		);
		expect(() => t.act({ type: 'fail-nodes', nodeIds: [99] } as never)).toThrow(
			'node 99 is not a live node'
		);
		expect(t.length).toBe(0);
	});

	it('compares push, pull and push-pull here with push on a ring lattice', () => {
		const runs = compareRuns(broadcastOptions(params({ nodes: 200, viewSize: 8 })), '1');
		expect(runs.map((r) => `${r.protocol}/${r.overlay}`)).toEqual([
			'push/cyclon',
			'pull/cyclon',
			'pushpull/cyclon',
			'push/ring'
		]);
		const rounds = Object.fromEntries(
			runs.map((r) => [`${r.protocol}/${r.overlay}`, r.roundsToAll])
		);
		expect(rounds['pushpull/cyclon']).toBeLessThan(rounds['push/cyclon'] as number);
		expect(rounds['push/ring']).toBeGreaterThan(3 * (rounds['push/cyclon'] as number));
		for (const r of runs) expect(r.curve.at(-1)).toBe(200);
	});

	it('exports the curve beside the mean-field theory as CSV', () => {
		const t = new Timeline(broadcastEntry.model, broadcastEntry.init(params({ nodes: 50 }), '1'));
		for (let i = 0; i < 3; i++) t.forwardRound();
		const rows = broadcastEntry.exportCsv(t.state).trim().split('\n');
		expect(rows[0]).toBe('round,informed,meanField');
		expect(rows[1]).toBe('0,1,1.00');
		expect(rows).toHaveLength(5);
	});
});
