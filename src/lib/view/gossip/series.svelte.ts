import type { LoggedCommand, Tagged } from '$lib/sim/core';
import { toPlainGossip, type GossipCommand, type GossipState } from '$lib/sim/gossip';
import { publishRounds } from '$lib/models/gossip';
import type { Player } from '$lib/player/player.svelte';
import { GossipWorker, type JobHandle } from '$lib/workers/gossipClient';
import type { RunResult, SeriesPoint } from '$lib/workers/gossipJobs';
import { rememberRun } from '$lib/workers/gossipPrecomputed';
import { canStartFrom, mergePoints, reusablePoints } from './seriesRules';

/** The worker the metrics of every gossip view share. */
let shared: GossipWorker | null = null;
const worker = () => (shared ??= new GossipWorker());

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
	error = $state('');
	#key = '';
	#log: readonly LoggedCommand<Tagged>[] = [];
	#length = -1;
	#job: JobHandle<SeriesPoint[]> | null = null;
	#run: JobHandle<RunResult> | null = null;

	/** Brings the series up to the player's run (call whenever the player moves). */
	sync(player: Player<GossipState>): void {
		const spec = player.spec();
		const key = JSON.stringify([spec.params, spec.seed]);
		const length = player.length;
		const same = key === this.#key;
		if (same && length === this.#length && JSON.stringify(spec.log) === JSON.stringify(this.#log)) {
			publishRounds(player.state, this.points);
			return;
		}
		const keep = same ? reusablePoints(this.points, this.#log, spec.log, length) : [];
		this.#key = key;
		this.#log = spec.log;
		this.#length = length;
		this.#job?.cancel();
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
		const job = worker().start<SeriesPoint[]>(
			{
				kind: 'gossip-series',
				params: spec.params,
				seed: spec.seed,
				log: spec.log as never,
				length,
				known: [...known],
				start
			},
			(u) => {
				const { points, step, of } = u as { points: SeriesPoint[]; step: number; of: number };
				if (this.#job !== job) return;
				if (points.length > 0) this.points = mergePoints(this.points, points);
				this.progress = of > 0 ? step / of : 1;
			}
		);
		this.#job = job;
		job.result.then(
			(points) => {
				if (this.#job !== job || points === null) return;
				this.points = mergePoints(this.points, points);
				this.progress = null;
				this.#job = null;
				publishRounds(player.state, this.points);
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
	 * them as one `run-rounds` step of the player, which adopts the worker's result instead of running
	 * them again. Returns null, or why nothing was recorded.
	 */
	async runAhead(player: Player<GossipState>, count: number): Promise<string | null> {
		this.#run?.cancel();
		this.#job?.cancel();
		const before = player.state;
		const step = player.position;
		const start = toPlainGossip(before);
		this.running = { done: 0, of: count };
		const run = worker().start<RunResult>(
			{ kind: 'gossip-run', state: start, count, step },
			(u) => {
				if (this.#run === run) this.running = { done: (u as { round: number }).round, of: count };
			}
		);
		this.#run = run;
		try {
			const done = await run.result;
			if (this.#run !== run || done === null) return 'The run was cancelled.';
			if (player.state !== before)
				return 'The run was not recorded: the simulation moved while it ran. Run it again from here.';
			rememberRun(start, count, done.end, done.events);
			const oldLog = player.spec().log;
			const command: GossipCommand = { type: 'run-rounds', count };
			const refused = player.act(command);
			if (refused) return refused;
			const spec = player.spec();
			const keep = reusablePoints(this.points, oldLog, spec.log, player.length);
			this.points = mergePoints(keep, done.points);
			this.#log = spec.log;
			this.#length = player.length;
			publishRounds(player.state, this.points);
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
