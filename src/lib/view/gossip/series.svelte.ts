import type { LoggedCommand, Tagged } from '$lib/sim/core';
import {
	fromPlainGossip,
	toPlainGossip,
	type GossipCommand,
	type GossipState
} from '$lib/sim/gossip';
import type { Player } from '$lib/player/player.svelte';
import { workerClient as worker, type JobHandle } from '$lib/workers/client';
import type { RunResult, SeriesPoint } from '$lib/workers/gossipJobs';
import { canStartFrom, mergePoints, reusablePoints } from './seriesRules';

/**
 * The per-round metrics of the run a player shows, exact for that run: a Web Worker replays the
 * run and measures the last state of each round. When the run changes, the rounds it still shares
 * with the old one are kept (see `reusablePoints`) and the replay starts from the state on screen
 * when it can, so stepping on costs one measurement per round.
 */
export class SeriesStore {
	points = $state.raw<SeriesPoint[]>([]);
	/** Share of the replay done (0 to 1), or null when up to date. */
	progress = $state<number | null>(null);
	/** Progress of a run ahead (`runAhead`): rounds done and asked for. */
	running = $state<{ done: number; of: number } | null>(null);
	/** The worker time of the last run ahead, in ms (null before the first one finishes). */
	lastRunMs = $state<number | null>(null);
	error = $state('');
	#key = '';
	#log: readonly LoggedCommand<Tagged>[] = [];
	#length = -1;
	#job: JobHandle<SeriesPoint[]> | null = null;
	#run: JobHandle<RunResult | null> | null = null;

	/** Brings the series up to the player's run (call whenever the player moves). */
	sync(player: Player<GossipState>): void {
		const spec = player.spec();
		const key = JSON.stringify([spec.params, spec.seed]);
		const length = player.length;
		const same = key === this.#key;
		if (same && length === this.#length && JSON.stringify(spec.log) === JSON.stringify(this.#log)) {
			if (this.progress === null) player.series = this.points;
			return;
		}
		const keep = same ? reusablePoints(this.points, this.#log, spec.log, length) : [];
		this.#key = key;
		this.#measure(player, keep);
	}

	/** Keeps `keep` and measures the rounds of the player's run it lacks (a replay in the worker). */
	#measure(player: Player<GossipState>, keep: SeriesPoint[]): void {
		const spec = player.spec();
		const length = player.length;
		this.#log = spec.log;
		this.#length = length;
		this.#job?.cancel();
		this.#job = null;
		this.points = keep;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never rendered
		const known = new Set(keep.map((p) => p.round));
		const s = player.state;
		const start =
			player.position === length && canStartFrom(s, known)
				? { step: length, state: toPlainGossip(s) }
				: undefined;
		this.progress = 0;
		this.error = '';
		player.series = null;
		const job = worker().start(
			{
				kind: 'gossip-series',
				params: spec.params,
				seed: spec.seed,
				log: spec.log as never,
				length,
				known: [...known],
				start
			},
			({ done, of, data }) => {
				const points = (data ?? []) as SeriesPoint[];
				if (this.#job !== job) return;
				if (points.length > 0) this.points = mergePoints(this.points, points);
				this.progress = of > 0 ? done / of : 1;
			}
		);
		this.#job = job;
		job.result.then(
			(points) => {
				if (this.#job !== job || points === null) return;
				this.points = mergePoints(this.points, points);
				this.progress = null;
				this.#job = null;
				player.series = this.points;
			},
			(e: Error) => {
				if (this.#job !== job) return;
				this.error = e.message;
				this.progress = null;
			}
		);
	}

	/**
	 * Runs `count` rounds in the worker (the page stays responsive and shows progress), then records
	 * them as one `run-rounds` step of the player through `Player.adopt`: the timeline takes the
	 * worker's end state and events as that step's result, without running the rounds again. A
	 * cancelled run records nothing. Returns null, or why nothing was recorded.
	 */
	async runAhead(player: Player<GossipState>, count: number): Promise<string | null> {
		this.#run?.cancel();
		this.#job?.cancel();
		const before = player.state;
		const step = player.position;
		const start = toPlainGossip(before);
		this.running = { done: 0, of: count };
		const run = worker().start({ kind: 'gossip-run', state: start, count, step }, ({ done }) => {
			if (this.#run === run) this.running = { done, of: count };
		});
		this.#run = run;
		try {
			const done = await run.result;
			if (this.#run !== run || done === null) {
				this.#resume(player);
				return `The run of ${count} rounds was cancelled; the simulation stays at round ${before.round}.`;
			}
			if (player.state !== before) {
				this.#resume(player);
				return 'The run was not recorded: the simulation moved while it ran. Run it again from here.';
			}
			this.lastRunMs = run.workerMs;
			const oldLog = player.spec().log;
			const command: GossipCommand = { type: 'run-rounds', count };
			player.adopt(command, fromPlainGossip(done.end), done.events);
			const spec = player.spec();
			const keep = reusablePoints(this.points, oldLog, spec.log, player.length);
			const points = mergePoints(keep, done.points);
			// The replay this run interrupted may have left rounds before it unmeasured: measure them.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never rendered
			if (canStartFrom(player.state, new Set(points.map((p) => p.round)))) {
				this.points = points;
				this.#log = spec.log;
				this.#length = player.length;
				this.progress = null;
				player.series = points;
			} else this.#measure(player, points);
			return null;
		} catch (e) {
			return `The run failed: ${(e as Error).message}`;
		} finally {
			if (this.#run === run) {
				this.#run = null;
				this.running = null;
			}
		}
	}

	/** After a run that recorded nothing: finishes the replay the run interrupted, if any. */
	#resume(player: Player<GossipState>): void {
		if (this.progress === null) return;
		this.#length = -1;
		this.sync(player);
	}

	/** Stops a run ahead. */
	cancelRun(): void {
		this.#run?.cancel();
	}

	dispose(): void {
		this.#job?.cancel();
		this.#run?.cancel();
	}
}

const stores = new WeakMap<object, SeriesStore>();

/** The series store of a player (the stage and the controls share it). */
export function seriesFor(player: Player<GossipState>): SeriesStore {
	let store = stores.get(player);
	if (!store) stores.set(player, (store = new SeriesStore()));
	return store;
}
