import { SimError, Timeline, type Tagged } from '$lib/sim/core';
import type { SimEntry } from '$lib/models/types';
import type { RunSpec } from './url';

/** How the last move was made: views animate forward steps and jump otherwise. */
export type Direction = 'forward' | 'back' | 'jump';

/** The most steps `End` or a round may run in one go, so an endless scenario cannot hang the page. */
export const MAX_RUN_STEPS = 20_000;

/**
 * The reactive face of a {@link Timeline}: what the transport controls, the keyboard and the views
 * use. The simulation state lives in the timeline and is read through `state` whenever `version`
 * changes; play speed, direction and the last events are view state.
 */
export class Player<S = unknown> {
	readonly entry: SimEntry<S>;
	readonly run: Omit<RunSpec, 'step' | 'log'>;
	readonly #timeline: Timeline<S, Tagged, Tagged>;
	#version = $state(0);
	/** A copy of the current state, new at every move, so views see a fresh immutable value. */
	#snapshot: S = $state.raw() as S;
	/** Events of the step that led here (empty after a jump). */
	events = $state.raw<readonly Tagged[]>([]);
	direction = $state<Direction>('jump');
	playing = $state(false);
	/** Steps per second while playing. */
	speed = $state(2);
	/**
	 * The run's per-round measurements (gossip metrics, one row per round), set by whoever measured
	 * them for this run (the worker's replay) and null while they are being measured: what the
	 * export writes next to the state.
	 */
	series = $state.raw<readonly unknown[] | null>(null);

	/**
	 * Builds the run a link describes; throws SimError when its parameters or commands do not fit.
	 * Pass `timeline` to adopt one already built for `run` (a lesson builds its own).
	 */
	constructor(entry: SimEntry<S>, run: RunSpec, timeline?: Timeline<S, Tagged, Tagged>) {
		this.entry = entry;
		this.run = { model: run.model, params: run.params, seed: run.seed };
		this.#timeline =
			timeline ?? Timeline.replay(entry.model, entry.init(run.params, run.seed), run.log, run.step);
		this.events = this.#timeline.eventsAt();
		this.#snapshot = entry.model.clone(this.#timeline.state);
	}

	/** The simulation state at the current step: a snapshot views may keep, never mutated. */
	get state(): Readonly<S> {
		return this.#snapshot;
	}
	get position(): number {
		void this.#version;
		return this.#timeline.position;
	}
	get length(): number {
		void this.#version;
		return this.#timeline.length;
	}
	get round(): number {
		void this.#version;
		return this.#timeline.round;
	}
	get atEnd(): boolean {
		void this.#version;
		return !this.#timeline.canForward();
	}
	/** A counter that changes whenever the state does; views key animations on it. */
	get version(): number {
		return this.#version;
	}

	/** The run as a link carries it. */
	spec(): RunSpec {
		void this.#version;
		return { ...this.run, step: this.#timeline.position, log: this.#timeline.userLog() };
	}

	/** One step forward; false at the end of the scenario. */
	forward(): boolean {
		const events = this.#timeline.forward();
		if (events === null) {
			this.playing = false;
			return false;
		}
		this.#moved('forward', events);
		return true;
	}

	/** To the end of the current round. */
	forwardRound(): boolean {
		const before = this.#timeline.position;
		const events = this.#timeline.forwardRound();
		if (this.#timeline.position === before) return false;
		this.#moved('forward', events);
		return true;
	}

	back(): boolean {
		if (!this.#timeline.back()) return false;
		this.#moved('back', this.#timeline.eventsAt());
		return true;
	}

	/** To step `t` of the recorded history. */
	seek(t: number): void {
		this.#timeline.seek(t);
		this.#moved('jump', this.#timeline.eventsAt());
	}

	/** Back to step 0 (the recorded future is kept, so End returns to it). */
	reset(): void {
		this.seek(0);
	}

	/** To the end of the recorded history, then on to the end of the scenario (bounded). */
	end(): void {
		this.#timeline.seek(this.#timeline.length);
		for (let i = 0; i < MAX_RUN_STEPS && this.#timeline.forward() !== null; i++);
		this.#moved('jump', this.#timeline.eventsAt());
	}

	/**
	 * Applies a user command at the current step (forking the future). Returns null, or the message
	 * of a refused command; a refused command leaves the simulation exactly as it was.
	 */
	act(command: Tagged): string | null {
		try {
			const events = this.#timeline.act(command);
			this.#moved('forward', events);
			return null;
		} catch (e) {
			if (e instanceof SimError) return e.message;
			throw e;
		}
	}

	/**
	 * Records a user command whose resulting state was computed elsewhere (rounds run in the worker)
	 * as one step of the timeline, without running it again here (see `Timeline.adopt`). `after` is
	 * handed over: do not use it afterwards.
	 */
	adopt(command: Tagged, after: S, events: readonly Tagged[]): void {
		this.#timeline.adopt(command, after, events);
		this.#moved('forward', this.#timeline.eventsAt());
	}

	/**
	 * The current step's events, told in words. A step of many events (a whole join, a round run
	 * at once) is told by its first ones and its last, so the line stays readable and short.
	 */
	narration(most = 4): string {
		void this.#version;
		const told = this.events.map((e) => this.entry.describe(e, this.#snapshot)).filter(Boolean);
		if (told.length <= most) return told.join(' ');
		const left = told.length - most + 1;
		return [...told.slice(0, most - 2), `(… ${left} more …)`, told[told.length - 1]].join(' ');
	}

	#moved(direction: Direction, events: readonly Tagged[]): void {
		this.direction = direction;
		this.events = events;
		this.#snapshot = this.entry.model.clone(this.#timeline.state);
		this.#version++;
	}
}
