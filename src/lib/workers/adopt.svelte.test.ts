import { describe, expect, it } from 'vitest';
import { Timeline, type Model } from '$lib/sim/core';
import {
	toPlainGossip,
	type GossipCommand,
	type GossipEvent,
	type GossipState
} from '$lib/sim/gossip';
import { gossipEntry, gossipStepModel } from '$lib/models/gossip';
import { defaultParams } from '$lib/models/params';
import type { ParamValues, SimEntry } from '$lib/models/types';
import { Player } from '$lib/player/player.svelte';
import { SeriesStore } from '$lib/view/gossip/series.svelte';

/**
 * A state as comparable data: every field, the streams' positions, and each typed array as its kind
 * and values (a structured clone may make arrays of another realm, which toEqual tells apart).
 */
const exact = (s: Readonly<GossipState>) =>
	JSON.parse(
		JSON.stringify(toPlainGossip(s), (_, v) =>
			ArrayBuffer.isView(v) ? [v.constructor.name, ...(v as Int32Array)] : v
		)
	) as unknown;
const params = (p: ParamValues): ParamValues => ({ ...defaultParams(gossipEntry.params), ...p });

/** The gossip entry with a model that counts its `apply` calls. */
function counted(): { entry: SimEntry<GossipState>; calls: GossipCommand[] } {
	const calls: GossipCommand[] = [];
	const model: Model<GossipState, GossipCommand, GossipEvent> = {
		...gossipStepModel,
		apply(s, c) {
			calls.push(c);
			return gossipStepModel.apply(s, c);
		}
	};
	return { entry: { ...gossipEntry, model } as unknown as SimEntry<GossipState>, calls };
}

describe('rounds run in the worker enter the timeline by adoption', () => {
	it('100 rounds are recorded without one apply call, and equal the same rounds stepped here', async () => {
		const p = params({ nodes: 400, viewSize: 6, preset: 'cyclon', rounds: 200 });
		const { entry, calls } = counted();
		const player = new Player(entry, {
			model: 'gossip',
			params: p,
			seed: 'adopt',
			step: 0,
			log: []
		});
		const store = new SeriesStore();
		expect(await store.runAhead(player, 100)).toBeNull();
		expect(calls).toEqual([]);
		expect(player.length).toBe(1);
		expect(player.round).toBe(100);
		expect(player.spec().log).toEqual([{ step: 0, command: { type: 'run-rounds', count: 100 } }]);

		// The same run stepped in the page (the model's own apply, as a shared link replays it).
		const here = new Timeline(gossipStepModel, gossipEntry.init(p, 'adopt'));
		here.act({ type: 'run-rounds', count: 100 });
		expect(exact(player.state)).toEqual(exact(here.state));
		expect(player.events).toEqual(here.eventsAt());
		const link = Timeline.replay(
			gossipStepModel,
			gossipEntry.init(p, 'adopt'),
			player.spec().log,
			1
		);
		expect(exact(link.state)).toEqual(exact(here.state));

		// Back over the adopted step and forward again: restored, not run again.
		player.back();
		expect(player.round).toBe(0);
		player.forward();
		expect(calls).toEqual([]);
		expect(exact(player.state)).toEqual(exact(here.state));
		// The next step is the model's own: one apply.
		player.forward();
		expect(calls).toEqual([{ type: 'finish-round' }]);

		// The export reads the run's series, measured while the rounds ran
		// (round 0 too: the run measures its start), so nothing is left to replay.
		expect(store.progress).toBeNull();
		expect(player.series?.length).toBe(101);
		const json = gossipEntry.exportJson(player.state, player.series) as {
			rounds: { round: number }[];
		};
		expect(json.rounds.map((r) => r.round)).toEqual(Array.from({ length: 101 }, (_, i) => i));
	});

	it('a cancelled run records nothing and says so', async () => {
		const p = params({ nodes: 400, viewSize: 6, preset: 'newscast' });
		const { entry, calls } = counted();
		const player = new Player(entry, { model: 'gossip', params: p, seed: 'c', step: 0, log: [] });
		player.forward();
		const before = exact(player.state);
		const store = new SeriesStore();
		const pending = store.runAhead(player, 500);
		expect(store.running).toEqual({ done: 0, of: 500 });
		store.cancelRun();
		expect(await pending).toBe(
			'The run of 500 rounds was cancelled; the simulation stays at round 1.'
		);
		expect(store.running).toBeNull();
		expect(player.length).toBe(1);
		expect(exact(player.state)).toEqual(before);
		expect(calls).toHaveLength(1);
	});
});
