import type { Model, Tagged } from './model';

/** One recorded transition: from step t to step t + 1. */
export interface Transition<C, E> {
	readonly command: C;
	/** True when the command must be logged for a replay (the user's, or a whole round); false when `next()` issued it. */
	readonly user: boolean;
	readonly events: readonly E[];
	/** The round counter after the transition. */
	readonly round: number;
}

/** A user command and the step at which it was issued: what a URL must carry to rebuild a run. */
export interface LoggedCommand<C> {
	readonly step: number;
	readonly command: C;
}

/** Tuning of the checkpoint store. */
export interface TimelineOptions {
	/** Initial distance between checkpoints, in steps (doubles whenever there are too many). */
	readonly checkpointEvery?: number;
	/** Most checkpoints kept; past this the older half is thinned. */
	readonly maxCheckpoints?: number;
}

/**
 * The history of a run: recorded transitions and checkpointed states, after RaftScope's timeline.
 * Step forward replays a recorded transition or asks the model for the next one; step back and seek
 * restore the nearest checkpoint and replay, so earlier states are exact and never mutated. A user
 * command at step t forks: the recorded future after t is discarded.
 */
export class Timeline<S, C extends Tagged, E extends Tagged> {
	private readonly transitions: Transition<C, E>[] = [];
	private readonly checkpoints = new Map<number, S>();
	/** States adopted from elsewhere (a worker), by the step they lead to: never thinned. */
	private readonly adopted = new Map<number, S>();
	private working: S;
	private pos = 0;
	private every: number;
	private readonly maxCheckpoints: number;

	constructor(
		readonly model: Model<S, C, E>,
		initial: S,
		options: TimelineOptions = {}
	) {
		this.every = options.checkpointEvery ?? 16;
		this.maxCheckpoints = options.maxCheckpoints ?? 256;
		this.checkpoints.set(0, model.clone(initial));
		this.working = model.clone(initial);
	}

	/** The current step, from 0 (the initial state). */
	get position(): number {
		return this.pos;
	}

	/** The number of steps recorded so far (the last step one can seek to). */
	get length(): number {
		return this.transitions.length;
	}

	/** The state at the current step. Treat it as read-only. */
	get state(): Readonly<S> {
		return this.working;
	}

	/** The round counter at the current step. */
	get round(): number {
		return this.model.round(this.working);
	}

	/** Events of the transition that led to step `t` (none for step 0). */
	eventsAt(t: number = this.pos): readonly E[] {
		return t >= 1 ? (this.transitions[t - 1]?.events ?? []) : [];
	}

	/** The recorded transition that led to step `t`, if any. */
	transitionAt(t: number): Transition<C, E> | undefined {
		return t >= 1 ? this.transitions[t - 1] : undefined;
	}

	/** The round counter at step `t`, without moving there. */
	roundAt(t: number): number {
		if (t === 0) return this.model.round(this.checkpoints.get(0) as S);
		return this.transitions[t - 1].round;
	}

	/** True when a step forward is possible (recorded, or the model has something left to do). */
	canForward(): boolean {
		return this.pos < this.transitions.length || this.model.next(this.working) !== null;
	}

	/** One step forward. Returns the events of that step, or null at the end of the scenario. */
	forward(): readonly E[] | null {
		if (this.pos < this.transitions.length) {
			const t = this.transitions[this.pos];
			const kept = this.adopted.get(this.pos + 1);
			if (kept) this.working = this.model.clone(kept);
			else this.model.apply(this.working, t.command);
			this.pos++;
			this.checkpoint();
			return t.events;
		}
		const command = this.model.next(this.working);
		if (command === null) return null;
		return this.record(command, false);
	}

	/**
	 * Forward to the end of the current round (or to the end of the scenario). Uses the model's
	 * `finishRound` command when it has one, so a round can be a single recorded transition.
	 * Returns the events of every step taken.
	 */
	forwardRound(): E[] {
		const start = this.round;
		const events: E[] = [];
		if (this.pos === this.transitions.length && this.model.finishRound) {
			const command = this.model.finishRound(this.working);
			// Logged like a user command: `next()` would not have issued it, so a replay must be told.
			if (command !== null) return [...this.record(command, true)];
		}
		while (this.round === start) {
			const step = this.forward();
			if (step === null) break;
			events.push(...step);
		}
		return events;
	}

	/** One step back; false at step 0. */
	back(): boolean {
		if (this.pos === 0) return false;
		this.seek(this.pos - 1);
		return true;
	}

	/** Moves to step `t` (clamped to the recorded range), replaying from the nearest checkpoint. */
	seek(t: number): void {
		const target = Math.max(0, Math.min(Math.trunc(t), this.transitions.length));
		if (target === this.pos) return;
		if (target < this.pos || target - this.pos > this.every) {
			let from = target;
			while (!this.checkpoints.has(from) && !this.adopted.has(from)) from--;
			this.working = this.model.clone((this.adopted.get(from) ?? this.checkpoints.get(from)) as S);
			this.pos = from;
		}
		while (this.pos < target) this.forward();
	}

	/**
	 * Applies a user command at the current step: the recorded future is discarded (a fork). If the
	 * command throws, nothing changes and the error propagates with its message for the user.
	 */
	act(command: C): readonly E[] {
		const trial = this.model.clone(this.working);
		const events = this.model.apply(trial, command);
		this.truncate();
		this.working = trial;
		return this.push(command, true, events);
	}

	/**
	 * Records a user command whose resulting state was computed elsewhere (a Web Worker ran the
	 * rounds): a fork like {@link act}, but the model's `apply` is not called. `after` must be the
	 * state `apply(command)` would give from the current one (the caller vouches for it; a shared
	 * link replays the command with `apply`, so the two must agree). The timeline keeps `after` as
	 * given (do not mutate it), so stepping back over this step and forward again restores it exactly
	 * without running the command again.
	 */
	adopt(command: C, after: S, events: readonly E[]): readonly E[] {
		this.truncate();
		this.adopted.set(this.pos + 1, after);
		this.working = this.model.clone(after);
		return this.push(command, true, events);
	}

	/**
	 * The commands a replay must be told, with the step each was issued at: the user's, and whole
	 * rounds taken with `finishRound` (everything else is what `next()` issues by itself).
	 */
	userLog(): LoggedCommand<C>[] {
		const log: LoggedCommand<C>[] = [];
		this.transitions.forEach((t, step) => {
			if (t.user) log.push({ step, command: t.command });
		});
		return log;
	}

	/**
	 * Rebuilds a run from its initial state, the user's commands and a position, as a shared link does.
	 * The model's own commands are recomputed, so the result equals the run that produced the log.
	 */
	static replay<S, C extends Tagged, E extends Tagged>(
		model: Model<S, C, E>,
		initial: S,
		log: readonly LoggedCommand<C>[],
		position: number,
		options?: TimelineOptions
	): Timeline<S, C, E> {
		const timeline = new Timeline(model, initial, options);
		const byStep = new Map(log.map((entry) => [entry.step, entry.command]));
		const last = Math.max(position, ...log.map((entry) => entry.step + 1));
		while (timeline.length < last) {
			const command = byStep.get(timeline.length);
			if (command !== undefined) timeline.act(command);
			else if (timeline.forward() === null) break;
		}
		timeline.seek(position);
		return timeline;
	}

	private record(command: C, user: boolean): readonly E[] {
		const events = this.model.apply(this.working, command);
		return this.push(command, user, events);
	}

	private push(command: C, user: boolean, events: readonly E[]): readonly E[] {
		this.transitions.push({ command, user, events, round: this.model.round(this.working) });
		this.pos++;
		this.checkpoint();
		return events;
	}

	private truncate(): void {
		this.transitions.length = this.pos;
		for (const t of this.checkpoints.keys()) if (t > this.pos) this.checkpoints.delete(t);
		for (const t of this.adopted.keys()) if (t > this.pos) this.adopted.delete(t);
	}

	private checkpoint(): void {
		if (this.pos % this.every !== 0 || this.checkpoints.has(this.pos)) return;
		this.checkpoints.set(this.pos, this.model.clone(this.working));
		if (this.checkpoints.size > this.maxCheckpoints) {
			this.every *= 2;
			for (const t of this.checkpoints.keys()) if (t % this.every !== 0) this.checkpoints.delete(t);
		}
	}
}
