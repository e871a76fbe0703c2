import type { LoggedCommand } from '$lib/sim/core';
import {
	fromPlainGossip,
	initGossip,
	runRounds,
	toPlainGossip,
	type GossipCommand,
	type GossipEvent,
	type GossipState,
	type PlainGossip,
	type Preset
} from '$lib/sim/gossip';
import { gossipOptions, gossipStepModel } from '$lib/models/gossip';
import type { ParamValues } from '$lib/models/types';
import { checkIn, type JobControl } from './control';
import { measure, type SeriesPoint } from './measure';
import { inlineMeasurer, portMeasurer, type PortLike } from './metricsPort';

/**
 * The gossip work that runs in a Web Worker: replaying a run to chart its metrics round by round,
 * running many rounds ahead, and running the three presets side by side. Each job is an async
 * function that reports progress and gives way between rounds, so the host can cancel it.
 */

export { FULL_METRICS_UP_TO, measure, measuresFully, type SeriesPoint } from './measure';

/** Replays a run to step `length` and measures every round whose metrics are not `known`. */
export interface SeriesJob {
	readonly kind: 'gossip-series';
	readonly params: ParamValues;
	readonly seed: string;
	readonly log: readonly LoggedCommand<GossipCommand>[];
	readonly length: number;
	readonly known: readonly number[];
	/** The state at `step`, when the rounds before it are all known: the replay starts there. */
	readonly start?: { readonly step: number; readonly state: PlainGossip };
}

const startsRound = (s: Readonly<GossipState>, c: GossipCommand) =>
	!s.inRound && (c.type === 'exchange' || c.type === 'finish-round' || c.type === 'run-rounds');

/**
 * The series of a run as the timeline records it: step t applies the user's command logged at t,
 * else the model's next command. The point of round r is the last state of the run whose round
 * counter is r between rounds (so a failure between rounds shows at that round); rounds that end
 * inside one `run-rounds` step are measured as they end.
 */
export async function seriesJob(job: SeriesJob, ctl: JobControl): Promise<SeriesPoint[]> {
	const byStep = new Map(job.log.map((l) => [l.step, l.command]));
	const known = new Set(job.known);
	const s = job.start
		? fromPlainGossip(job.start.state)
		: initGossip(gossipOptions(job.params), job.seed);
	const out: SeriesPoint[] = [];
	let batch: SeriesPoint[] = [];
	const add = (p: SeriesPoint) => {
		known.add(p.round);
		out.push(p);
		batch.push(p);
	};
	let t = job.start?.step ?? 0;
	for (; t < job.length; t++) {
		const c = byStep.get(t) ?? gossipStepModel.next(s);
		if (c === null) break;
		if (startsRound(s, c) && !known.has(s.round)) add(measure(s, t, false));
		if (c.type === 'run-rounds') {
			const last = s.round + c.count;
			runRounds(s, c.count, (st) => {
				if (st.round < last && !known.has(st.round)) add(measure(st, t, true));
			});
		} else {
			gossipStepModel.apply(s, c);
		}
		const step = t + 1;
		const stop = await checkIn(ctl, () => {
			const data = batch;
			batch = [];
			return { done: step, of: job.length, data };
		});
		if (stop) return out;
	}
	if (!s.inRound && !known.has(s.round)) add(measure(s, t, false));
	ctl.progress({ done: t, of: job.length, data: batch });
	return out;
}

/** Runs `count` rounds from a state, measuring each round as it ends. */
export interface RunJob {
	readonly kind: 'gossip-run';
	readonly state: PlainGossip;
	readonly count: number;
	/** The timeline step the run will be recorded at. */
	readonly step: number;
	/**
	 * A port to a helper worker that measures the rounds while this one runs them (see
	 * `metricsPort.ts`; the client connects one where it can): the same points, sooner.
	 */
	readonly metrics?: PortLike;
}

/** What a worker run gives back: the end state, the events, and the metrics of every round. */
export interface RunResult {
	readonly end: PlainGossip;
	readonly events: GossipEvent[];
	readonly points: SeriesPoint[];
}

/**
 * `count` rounds from `job.state` (the `run-rounds` command, without the timeline), measuring the
 * start when it is between rounds and every round as it ends, here or on the helper at the other
 * end of `job.metrics`.
 */
export async function runRoundsJob(job: RunJob, ctl: JobControl): Promise<RunResult | null> {
	const s = fromPlainGossip(structuredClone(job.state));
	const events: GossipEvent[] = [];
	const measurer = job.metrics ? portMeasurer(job.metrics) : inlineMeasurer();
	try {
		// Between rounds, the start is the last state of its round (the run starts the next one).
		if (!s.inRound) measurer.measure(s, job.step, false);
		const last = s.round + job.count;
		for (let i = 0; i < job.count; i++) {
			for (const e of runRounds(s, 1)) events.push(e);
			measurer.measure(s, s.round < last ? job.step : job.step + 1, s.round < last);
			await measurer.room();
			if (await checkIn(ctl, () => ({ done: i + 1, of: job.count }))) return null;
		}
		const points = await measurer.points();
		ctl.progress({ done: job.count, of: job.count });
		return { end: toPlainGossip(s), events, points };
	} finally {
		measurer.close();
	}
}

/** The presets side by side on the same seed, nodes, view size and scenario. */
export interface CompareJob {
	readonly kind: 'gossip-compare';
	readonly params: ParamValues;
	readonly seed: string;
	readonly rounds: number;
	/** A port to a helper worker that measures the rounds (as for {@link RunJob}). */
	readonly metrics?: PortLike;
}

/** The presets a compare job runs. */
export const COMPARED: readonly Preset[] = ['newscast', 'cyclon', 'tman'];

/** Each preset's protocol with this run's nodes, view size, start, failures and churn. */
export async function compareJob(
	job: CompareJob,
	ctl: JobControl
): Promise<Record<string, SeriesPoint[]>> {
	const base = gossipOptions(job.params);
	const out: Record<string, SeriesPoint[]> = {};
	const of = COMPARED.length * job.rounds;
	const measurer = job.metrics ? portMeasurer(job.metrics) : inlineMeasurer();
	try {
		for (const [k, preset] of COMPARED.entries()) if (await comparePreset(k, preset)) break;
	} finally {
		measurer.close();
	}
	return out;

	/** One preset's run: its points join `out` once all have come back; true if cancelled. */
	async function comparePreset(k: number, preset: Preset): Promise<boolean> {
		const s = initGossip(
			{
				nodes: base.nodes,
				viewSize: base.viewSize,
				preset,
				init: base.init,
				failure: base.failure && base.failure.round <= job.rounds ? base.failure : null,
				churn: base.churn,
				rounds: job.rounds
			},
			job.seed
		);
		const first = k * (job.rounds + 1);
		measurer.measure(s, 0, false);
		for (let r = 1; r <= job.rounds; r++) {
			runRounds(s, 1);
			measurer.measure(s, r, false);
			await measurer.room();
			const done = k * job.rounds + r;
			if (await checkIn(ctl, () => ({ done, of, data: { preset, round: r } }))) return true;
		}
		const points = (await measurer.points()).slice(first);
		out[preset] = points;
		ctl.progress({ done: (k + 1) * job.rounds, of, data: { preset, round: job.rounds, points } });
		return false;
	}
}

/** Every gossip job, by kind. */
export type GossipJob = SeriesJob | RunJob | CompareJob;
