import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '$lib/sim/core';
import { toPlainGossip, type GossipCommand, type GossipState } from '$lib/sim/gossip';
import { gossipEntry, gossipStepModel } from '$lib/models/gossip';
import { defaultParams } from '$lib/models/params';
import type { ParamValues } from '$lib/models/types';
import { canStartFrom, mergePoints, reusablePoints } from '$lib/view/gossip/seriesRules';
import type { JobControl } from './control';
import { compareJob, measure, runRoundsJob, seriesJob, type SeriesPoint } from './gossipJobs';

const ctl: JobControl = {
	progress: () => {},
	stopped: () => false,
	due: () => false,
	breathe: async () => {}
};

type Tl = Timeline<GossipState, GossipCommand, never>;
const params = (p: ParamValues): ParamValues => ({ ...defaultParams(gossipEntry.params), ...p });
const timeline = (p: ParamValues, seed: string): Tl =>
	new Timeline(gossipStepModel, gossipEntry.init(p, seed)) as unknown as Tl;

/** The series by definition: for each round, the metrics of the run's last state between rounds. */
function truth(t: Tl): Omit<SeriesPoint, 'step' | 'inner'>[] {
	const at = t.position;
	const last = new Map<number, GossipState>();
	for (let i = 0; i <= t.length; i++) {
		t.seek(i);
		const s = gossipStepModel.clone(t.state);
		if (!s.inRound) last.set(s.round, s);
		const c = t.transitionAt(i + 1)?.command;
		if (c?.type === 'run-rounds') {
			const ahead = gossipStepModel.clone(s);
			for (let k = 1; k < c.count; k++) {
				gossipStepModel.apply(ahead, { type: 'finish-round' });
				last.set(ahead.round, gossipStepModel.clone(ahead));
			}
		}
	}
	t.seek(at);
	return [...last.values()]
		.sort((a, b) => a.round - b.round)
		.map((s) => strip(measure(s, 0, false)));
}

function strip(p: SeriesPoint): Omit<SeriesPoint, 'step' | 'inner'> {
	const { step: _s, inner: _i, ...rest } = p;
	return rest;
}

const series = (t: Tl, p: ParamValues, seed: string) =>
	seriesJob(
		{ kind: 'gossip-series', params: p, seed, log: t.userLog(), length: t.length, known: [] },
		ctl
	);

describe('gossip series replay', () => {
	it('measures the last state of every round, user commands and run-rounds included', async () => {
		const p = params({ nodes: 16, viewSize: 4, preset: 'newscast' });
		const t = timeline(p, 's1');
		for (let i = 0; i < 20; i++) t.forward();
		t.act({ type: 'fail-fraction', fraction: 0.25 });
		t.forwardRound();
		t.act({ type: 'run-rounds', count: 4 });
		t.act({ type: 'join-nodes', count: 3 });
		for (let i = 0; i < 5; i++) t.forward();
		const got = await series(t, p, 's1');
		expect(got.map(strip)).toEqual(truth(t));
		// 20 exchanges of 16 nodes end round 1; the failure strikes inside round 2; the last 5 exchanges
		// are inside round 7, which has no point yet.
		expect(got.map((q) => q.round)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(got.map((q) => q.live)).toEqual([16, 16, 12, 12, 12, 12, 15]);
	});

	it('steps whole rounds above 300 nodes, and a scheduled failure shows at its round', async () => {
		const p = params({
			nodes: 301,
			viewSize: 3,
			preset: 'cyclon',
			fail: 0.5,
			failRound: 2,
			rounds: 4
		});
		const t = timeline(p, 's2');
		while (t.forward() !== null);
		expect(t.length).toBe(4);
		const got = await series(t, p, 's2');
		expect(got.map(strip)).toEqual(truth(t));
		expect(got.map((q) => q.live)).toEqual([301, 301, 150, 150, 150]);
		expect(got[2].deadLinks).toBeGreaterThan(0.3);
	});

	it('reuses the points a fork keeps and gets the rest from the end state, as a full replay would', async () => {
		const ops = fc.array(
			fc.oneof(
				fc.record({ op: fc.constant('step' as const), n: fc.integer({ min: 1, max: 30 }) }),
				fc.record({ op: fc.constant('round' as const) }),
				fc.record({ op: fc.constant('run' as const), n: fc.integer({ min: 1, max: 3 }) }),
				fc.record({ op: fc.constant('fail' as const) }),
				fc.record({ op: fc.constant('join' as const) }),
				fc.record({ op: fc.constant('back' as const), n: fc.integer({ min: 1, max: 40 }) })
			),
			{ minLength: 1, maxLength: 8 }
		);
		await fc.assert(
			fc.asyncProperty(
				ops,
				fc.constantFrom('blind', 'cyclon', 'newscast'),
				async (list, preset) => {
					const p = params({ nodes: 10, viewSize: 3, preset, rounds: 12 });
					const t = timeline(p, 'prop');
					let points: SeriesPoint[] = [];
					let log = t.userLog();
					for (const o of list) {
						if (o.op === 'step') for (let i = 0; i < o.n; i++) t.forward();
						else if (o.op === 'round') t.forwardRound();
						else if (o.op === 'back') t.seek(t.position - o.n);
						else if (o.op === 'run') t.act({ type: 'run-rounds', count: o.n });
						else if (o.op === 'fail' && t.state.live > 3)
							t.act({ type: 'fail-fraction', fraction: 0.2 });
						else if (o.op === 'join') t.act({ type: 'join-nodes', count: 2 });
						const keep = reusablePoints(points, log, t.userLog(), t.length);
						const known = new Set(keep.map((q) => q.round));
						const atEnd = t.position === t.length && canStartFrom(t.state, known);
						const fresh = await seriesJob(
							{
								kind: 'gossip-series',
								params: p,
								seed: 'prop',
								log: t.userLog(),
								length: t.length,
								known: [...known],
								start: atEnd ? { step: t.length, state: toPlainGossip(t.state) } : undefined
							},
							ctl
						);
						points = mergePoints(keep, fresh);
						log = t.userLog();
						expect(points.map(strip)).toEqual(truth(t));
					}
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe('gossip jobs', () => {
	it('measure the start and each round of a run ahead at the step it will be recorded at', async () => {
		const p = params({ nodes: 400, viewSize: 5, preset: 'cyclon' });
		const t = timeline(p, 'ahead');
		t.forward();
		const done = await runRoundsJob(
			{ kind: 'gossip-run', state: toPlainGossip(t.state), count: 3, step: t.position },
			ctl
		);
		expect(done?.points.map((q) => [q.round, q.step, q.inner])).toEqual([
			[1, 1, false],
			[2, 1, true],
			[3, 1, true],
			[4, 2, false]
		]);
	});

	it('runs the three presets on the same seed and scenario', async () => {
		const p = params({ nodes: 60, viewSize: 6, init: 'random' });
		const out = await compareJob({ kind: 'gossip-compare', params: p, seed: 'c', rounds: 15 }, ctl);
		expect(Object.keys(out)).toEqual(['newscast', 'cyclon', 'tman']);
		expect(out.cyclon).toHaveLength(16);
		expect(out.newscast[0]).toEqual(out.cyclon[0]);
		expect(out.tman.at(-1)?.targetEdgesFound).toBe(1);
		expect(out.newscast.at(-1)!.inDegree.sd).toBeGreaterThan(out.cyclon.at(-1)!.inDegree.sd);
	});
});
