import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimError, Timeline } from '../core';
import { gossipModel } from './model';
import { runRounds } from './round';
import { initGossip } from './state';
import { slots, stateWith } from './testing';
import type { GossipState } from './types';
import type { GossipEvent } from './events';
import { DEAD, LIVE } from './types';

const types = (events: readonly GossipEvent[]) => events.map((e) => e.type);

/** Everything a run produces, as one string: the state's arrays and counters and the events. */
function fingerprint(s: GossipState, events: readonly GossipEvent[]): string {
	return JSON.stringify({
		views: [Array.from(s.viewIds), Array.from(s.viewAges), Array.from(s.viewLength)],
		status: Array.from(s.status),
		round: s.round,
		totals: s.totals,
		rng: [s.rng.order.state(), s.rng.exchange.state(), s.rng.churn.state()],
		events
	});
}

describe('rounds', () => {
	it('age every entry by one at the start of a round, before any exchange', () => {
		// Node 0 only ever contacts dead node 1 (kept: the generic protocol detects no failure);
		// node 2 knows nobody.
		const s = stateWith([[[1, 5]], [], []], { viewSize: 1, propagation: 'push' });
		s.status[1] = DEAD;
		s.live--;
		const first = gossipModel.apply(s, { type: 'exchange' });
		expect(first[0]).toEqual({ type: 'round-started', round: 1, live: 2 });
		expect(slots(s, 0)).toEqual([[1, 6]]);
		runRounds(s, 3);
		expect(s.round).toBe(3);
		expect(slots(s, 0)).toEqual([[1, 8]]);
		expect(s.totals).toEqual({ exchanges: 0, deadContacts: 3, idle: 3 });
	});

	it('run one exchange per step in a seeded order and end with the last', () => {
		const s = initGossip({ nodes: 5, viewSize: 2 }, 'order');
		const steps: GossipEvent[][] = [];
		do steps.push(gossipModel.apply(s, { type: 'exchange' }));
		while (s.inRound);
		expect(steps.length).toBe(5);
		expect(types(steps[0])).toEqual(['round-started', 'exchange']);
		expect(types(steps[4])).toEqual(['exchange', 'round-ended']);
		const actives = steps
			.map((st) => st.find((e) => e.type === 'exchange'))
			.map((e) => (e as Extract<GossipEvent, { type: 'exchange' }>).active.nodeId);
		expect([...actives].sort()).toEqual([0, 1, 2, 3, 4]);
		expect(steps[4].at(-1)).toEqual({
			type: 'round-ended',
			round: 1,
			live: 5,
			exchanges: 5,
			deadContacts: 0,
			idle: 0
		});
		expect(gossipModel.round(s)).toBe(1);
	});

	it('finish a round as one compact transition with the same outcome', () => {
		const a = initGossip({ nodes: 30, viewSize: 4, preset: 'cyclon' }, 'same');
		const b = initGossip({ nodes: 30, viewSize: 4, preset: 'cyclon' }, 'same');
		gossipModel.apply(a, { type: 'exchange' });
		gossipModel.apply(a, { type: 'exchange' });
		const rest = gossipModel.apply(a, { type: 'finish-round' });
		expect(types(rest)).toEqual(['round-ended']);
		while (gossipModel.round(b) === 0) gossipModel.apply(b, { type: 'exchange' });
		expect(Array.from(a.viewIds)).toEqual(Array.from(b.viewIds));
		expect(types(gossipModel.apply(a, { type: 'finish-round' }))).toEqual([
			'round-started',
			'round-ended'
		]);
	});

	it('stop the scenario after its rounds and strike the scheduled failure', () => {
		const s = initGossip(
			{ nodes: 40, viewSize: 4, rounds: 3, failure: { fraction: 0.5, round: 2 } },
			'f'
		);
		const t = new Timeline(gossipModel, s);
		t.forwardRound();
		const second = t.forwardRound();
		const failed = second.find((e) => e.type === 'node-failed');
		expect(failed).toMatchObject({ type: 'node-failed', round: 2, cause: 'catastrophe' });
		expect((failed as { nodeIds: readonly number[] }).nodeIds.length).toBe(20);
		expect(t.state.live).toBe(20);
		t.forwardRound();
		expect(t.round).toBe(3);
		expect(t.canForward()).toBe(false);
		expect(gossipModel.finishRound?.(t.state)).toBeNull();
	});
});

describe('churn and growth', () => {
	it('replace rate × live nodes each round through live bootstraps', () => {
		const s = initGossip({ nodes: 200, viewSize: 5, churn: 0.1 }, 'churn');
		const events = gossipModel.apply(s, { type: 'finish-round' });
		const failed = events.find((e) => e.type === 'node-failed') as Extract<
			GossipEvent,
			{ type: 'node-failed' }
		>;
		const joined = events.find((e) => e.type === 'node-joined') as Extract<
			GossipEvent,
			{ type: 'node-joined' }
		>;
		expect(failed.nodeIds.length).toBe(20);
		expect(joined.nodeIds).toEqual(Array.from({ length: 20 }, (_, i) => 200 + i));
		expect(joined.bootstraps.some((b) => failed.nodeIds.includes(b))).toBe(false);
		expect([s.size, s.live]).toEqual([220, 200]);
	});

	it('grow through node 0 until N nodes are in', () => {
		const s = initGossip({ nodes: 300, viewSize: 5, init: 'growing' }, 'grow');
		const events = gossipModel.apply(s, { type: 'finish-round' });
		expect(events[1]).toMatchObject({
			type: 'node-joined',
			nodeIds: [1, 2, 3],
			bootstraps: [0, 0, 0],
			cause: 'growth'
		});
		runRounds(s, 120);
		expect(s.live).toBe(300);
	});
});

describe('user commands', () => {
	it('fail nodes, a fraction, and join nodes', () => {
		const s = initGossip({ nodes: 20, viewSize: 3 }, 'user');
		expect(gossipModel.apply(s, { type: 'fail-nodes', nodeIds: [4, 2] })).toEqual([
			{ type: 'node-failed', round: 0, nodeIds: [2, 4], cause: 'user' }
		]);
		const [f] = gossipModel.apply(s, { type: 'fail-fraction', fraction: 0.5 });
		expect((f as { nodeIds: readonly number[] }).nodeIds.length).toBe(9);
		const b = Array.from(s.status).indexOf(LIVE);
		const [j] = gossipModel.apply(s, { type: 'join-nodes', count: 2, bootstrap: b });
		expect(j).toEqual({
			type: 'node-joined',
			round: 0,
			nodeIds: [20, 21],
			bootstraps: [b, b],
			cause: 'user'
		});
		expect(s.live).toBe(11);
	});

	it.each([
		[{ type: 'fail-nodes', nodeIds: [99] }, /node 99 is not a live node/],
		[{ type: 'fail-nodes', nodeIds: [] }, /at least one node/],
		[{ type: 'fail-fraction', fraction: 2 }, /from 0 to 1, got 2/],
		[{ type: 'join-nodes', count: 0 }, /from 1 to 100000/],
		[{ type: 'join-nodes', count: 1, bootstrap: 77 }, /bootstrap node 77 is not a live node/],
		[{ type: 'run-rounds', count: 0 }, /rounds to run/]
	] as const)('reject %j with the state unchanged', (command, message) => {
		const t = new Timeline(gossipModel, initGossip({ nodes: 20, viewSize: 3 }, 'bad'));
		t.forwardRound();
		const before = fingerprint(t.state as GossipState, []);
		expect(() => t.act(command)).toThrow(SimError);
		expect(() => t.act(command)).toThrow(message);
		expect(fingerprint(t.state as GossipState, [])).toBe(before);
		expect(t.length).toBe(1);
	});
});

describe('reproducibility', () => {
	it('a seed reproduces a run byte for byte, stepping or by rounds', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('newscast', 'cyclon', 'tman' as const),
				fc.string({ maxLength: 8 }),
				fc.constantFrom(0, 0.05),
				(preset, seed, churn) => {
					const run = () => {
						const s = initGossip(
							{ nodes: 50, viewSize: 6, preset, churn, failure: { fraction: 0.3, round: 3 } },
							seed
						);
						const events: GossipEvent[] = [];
						for (let i = 0; i < 120; i++)
							events.push(...gossipModel.apply(s, { type: 'exchange' }));
						events.push(...gossipModel.apply(s, { type: 'run-rounds', count: 3 }));
						return fingerprint(s, events);
					};
					expect(run()).toBe(run());
				}
			),
			{ numRuns: 25 }
		);
	});

	it('different seeds give different runs, and a clone runs on independently', () => {
		const a = initGossip({ nodes: 50, viewSize: 6 }, 'a');
		const b = initGossip({ nodes: 50, viewSize: 6 }, 'b');
		runRounds(a, 2);
		runRounds(b, 2);
		expect(fingerprint(a, [])).not.toBe(fingerprint(b, []));
		const c = gossipModel.clone(a);
		runRounds(a, 1);
		runRounds(c, 1);
		expect(fingerprint(c, [])).toBe(fingerprint(a, []));
	});
});
