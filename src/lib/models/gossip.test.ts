import { describe, expect, it } from 'vitest';
import { SimError, Timeline } from '$lib/sim/core';
import { initGossip, toPlainGossip, type GossipEvent } from '$lib/sim/gossip';
import { gossipEntry, gossipOptions, gossipStepModel } from './gossip';
import { defaultParams, readParams } from './params';

const params = (p: Record<string, string | number> = {}) => ({
	...defaultParams(gossipEntry.params),
	...p
});

describe('gossip entry parameters', () => {
	it('leave every choice to the preset by default', () => {
		expect(gossipOptions(params())).toEqual({
			nodes: 100,
			viewSize: 8,
			preset: 'cyclon',
			peerSelection: undefined,
			psi: undefined,
			exchange: undefined,
			propagation: undefined,
			merge: undefined,
			healer: undefined,
			swapper: undefined,
			target: undefined,
			init: undefined,
			failure: null,
			churn: 0,
			rounds: 50
		});
		expect(gossipEntry.init(params(), 's').params).toEqual(
			initGossip({ nodes: 100, viewSize: 8, preset: 'cyclon', rounds: 50 }, 's').params
		);
	});

	it('map each design-space choice, l, a scheduled failure and the blind protocol', () => {
		const o = gossipOptions(
			params({
				preset: 'blind',
				peerSelection: 'oldest',
				exchange: 'l',
				l: 3,
				merge: 'age',
				healer: 2,
				swapper: 1,
				target: 'grid',
				init: 'star',
				fail: 0.5,
				failRound: 7,
				psi: 2
			})
		);
		expect(o).toMatchObject({
			preset: undefined,
			peerSelection: 'oldest',
			exchange: 3,
			merge: 'age',
			healer: 2,
			swapper: 1,
			target: 'grid',
			init: 'star',
			failure: { fraction: 0.5, round: 7 },
			psi: 2
		});
		const s = gossipEntry.init(params({ preset: 'newscast' }), 's');
		expect([s.params.merge, s.params.healer, s.params.exchange]).toEqual(['age', 9, 'full']);
		const h = gossipEntry.init(params({ preset: 'healer' }), 's');
		expect([h.params.merge, h.params.healer, h.params.exchange]).toEqual(['age', 4, 'half']);
	});

	it('refuse a combination the core refuses, with its message', () => {
		expect(() => gossipEntry.init(params({ viewSize: 100 }), 's')).toThrow(
			'the view size c must be an integer from 1 to 99 (below N), got 100'
		);
		expect(() => gossipEntry.init(params({ fail: 0.5, failRound: 60 }), 's')).toThrow(
			'the failure round must be an integer from 0 to 50 (the last round of the run), got 60'
		);
		expect(
			readParams(gossipEntry.params, (k) => ({ merge: 'fancy', nodes: '20000' })[k]).errors
		).toEqual([
			'Nodes N must be a whole number from 2 to 10000, got "20000"',
			'Merge must be one of preset, random, age, proximity, swap, got "fancy"'
		]);
	});
});

describe('gossip steps', () => {
	it('are exchanges up to 300 nodes and whole rounds above', () => {
		const small = gossipEntry.init(params({ nodes: 300 }), 's');
		const large = gossipEntry.init(params({ nodes: 301 }), 's');
		expect(gossipStepModel.next(small)).toEqual({ type: 'exchange' });
		expect(gossipStepModel.next(large)).toEqual({ type: 'finish-round' });
		expect(gossipStepModel.finishRound).toBeUndefined();
	});

	it('replay from a link exactly, rounds included', () => {
		const t = new Timeline(gossipStepModel, gossipEntry.init(params({ nodes: 20 }), 'x'));
		t.forward();
		t.forwardRound();
		t.act({ type: 'fail-fraction', fraction: 0.5 });
		t.forwardRound();
		const again = Timeline.replay(
			gossipStepModel,
			gossipEntry.init(params({ nodes: 20 }), 'x'),
			t.userLog(),
			t.position
		);
		expect(again.position).toBe(t.position);
		expect(again.round).toBe(2);
		expect(toPlainGossip(again.state)).toEqual(toPlainGossip(t.state));
	});
});

describe('gossip narration', () => {
	it('tells one exchange in full, and a whole round as its summary', () => {
		const t = new Timeline(
			gossipStepModel,
			gossipEntry.init(params({ nodes: 12, viewSize: 4 }), 'n')
		);
		const tell = (events: readonly GossipEvent[]) =>
			events.map((e) => gossipEntry.describe(e, t.state)).filter(Boolean);
		const one = tell(t.forward() ?? []);
		expect(one).toHaveLength(2);
		expect(one[0]).toBe('Round 1 starts with 12 nodes alive; every view entry ages by one.');
		expect(one[1]).toMatch(/^Node \d+ gossips with node \d+: it sends/);
		const round = tell(t.forwardRound());
		expect(round.at(-1)).toBe(
			'Round 1 ends: 12 exchanges, 0 contacts with dead nodes, 0 idle nodes; 12 nodes alive.'
		);
		expect(round).toHaveLength(2);
		t.act({ type: 'run-rounds', count: 5 });
		expect(tell(t.eventsAt())).toEqual([
			'Round 6 ends: 12 exchanges, 0 contacts with dead nodes, 0 idle nodes; 12 nodes alive.'
		]);
	});
});

describe('gossip lesson actions and highlights', () => {
	const p = params();
	it('turn lesson actions into commands', () => {
		expect(gossipEntry.lessonCommand('run-rounds', '20', p)).toEqual({
			type: 'run-rounds',
			count: 20
		});
		expect(gossipEntry.lessonCommand('fail', '0.5', p)).toEqual({
			type: 'fail-fraction',
			fraction: 0.5
		});
		expect(gossipEntry.lessonCommand('fail-nodes', ['3', '12'], p)).toEqual({
			type: 'fail-nodes',
			nodeIds: [3, 12]
		});
		expect(gossipEntry.lessonCommand('join', '10', p)).toEqual({ type: 'join-nodes', count: 10 });
		expect(gossipEntry.lessonCommand('join', { count: '2', bootstrap: '5' }, p)).toEqual({
			type: 'join-nodes',
			count: 2,
			bootstrap: 5
		});
		expect(gossipEntry.lessonCommand('finish-round', null, p)).toEqual({ type: 'finish-round' });
	});

	it('name what was expected when an action does not fit', () => {
		const refused = (name: string, arg: unknown) => {
			try {
				gossipEntry.lessonCommand(name, arg, p);
			} catch (e) {
				expect(e).toBeInstanceOf(SimError);
				return (e as Error).message;
			}
			return 'accepted';
		};
		expect(refused('run-rounds', 'many')).toBe(
			'run-rounds takes a whole number from 1 to 10000, got many'
		);
		expect(refused('fail', '1.5')).toBe(
			'fail takes the fraction of live nodes to fail, from 0 to 1, got 1.5'
		);
		expect(refused('fail-nodes', ['x'])).toBe('"x" is not a nodeId (a whole number such as 12)');
		expect(refused('shuffle', null)).toBe(
			'unknown gossip action "shuffle"; expected run-rounds, finish-round, fail, fail-nodes or join'
		);
		expect(gossipEntry.parseHighlight('17', p)).toBe(17);
		expect(() => gossipEntry.parseHighlight('1a', p)).toThrow('"1a" is not a nodeId');
	});
});

describe('gossip export', () => {
	it("writes the state, its metrics and the run's per-round series", () => {
		const s = gossipEntry.init(params({ nodes: 10, viewSize: 3 }), 'e');
		const json = gossipEntry.exportJson(s) as Record<string, unknown>;
		expect(json).toMatchObject({ model: 'gossip', seed: 'e', round: 0, live: 10, rounds: null });
		expect((json.views as unknown[]).length).toBe(10);
		expect((json.views as { view: number[][] }[])[0].view).toEqual([
			[1, 0],
			[9, 0],
			[2, 0]
		]);
		const csv = gossipEntry.exportCsv(s).trim().split('\n');
		expect(csv[0]).toBe(
			'round,live,inDegreeMean,inDegreeSd,inDegreeMin,inDegreeMax,clustering,pathLength,pathLengthSources,components,largestComponent,deadLinks,targetEdgesFound'
		);
		expect(csv[1].startsWith('0,10,3,0,3,3,')).toBe(true);
		const row = { ...(json.metrics as object), round: 7 } as never;
		expect(gossipEntry.exportCsv(s, [row, row]).trim().split('\n')).toHaveLength(3);
		expect((gossipEntry.exportJson(s, [row, row]) as { rounds: unknown[] }).rounds).toHaveLength(2);
	});
});
