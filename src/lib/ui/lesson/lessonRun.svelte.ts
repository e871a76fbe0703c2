import { Timeline, type Tagged } from '$lib/sim/core';
import { entryFor } from '$lib/models/registry';
import type { SimEntry } from '$lib/models/types';
import { Player } from '$lib/player/player.svelte';
import { performOnTimeline } from '$lib/lessons/dryrun';
import type { Lesson, LessonAction, LessonStep } from '$lib/lessons/types';

/** What a press of → did inside a step, or that the step has nothing left (the caller moves on). */
export type PressResult = 'pressed' | 'revealed' | 'step-done';

/**
 * One step of a lesson being played: the simulation as the previous steps left it (or the step's own
 * scenario), and the step's actions, one per press. ← undoes a press exactly (the timeline seeks back
 * to the mark before it). Multi-step actions play out at the animation pace; another press finishes
 * them at once.
 */
export class LessonRun {
	readonly step: LessonStep;
	readonly entry: SimEntry;
	readonly player: Player;
	/** Presses done in this step. */
	press = $state(0);
	/** Whether the step's question has been answered on screen. */
	revealed = $state(false);
	readonly #marks: number[] = [];
	#pending = $state(0);
	#timer: ReturnType<typeof setInterval> | undefined;

	/** Builds step `index` (0-based) of `lesson`, with `press` presses already done (−1: all of them). */
	constructor(
		readonly lesson: Lesson,
		readonly index: number,
		press = 0
	) {
		this.step = lesson.steps[index];
		const entry = entryFor(this.step.sim.model);
		if (!entry) throw new Error(`unknown model ${this.step.sim.model}`);
		this.entry = entry;
		let start = index;
		while (start > 0 && !lesson.steps[start].sim.fresh) start--;
		const first = lesson.steps[start].sim;
		const timeline = new Timeline(entry.model, entry.init(first.params, first.seed));
		for (let i = start; i < index; i++)
			for (const a of lesson.steps[i].sim.actions) performOnTimeline(timeline, a);
		this.player = new Player(
			entry,
			{
				model: entry.name,
				params: first.params,
				seed: first.seed,
				step: timeline.position,
				log: []
			},
			timeline
		);
		this.player.direction = 'jump';
		const presses = press < 0 ? this.actions.length : Math.min(press, this.actions.length);
		for (let i = 0; i < presses; i++) this.#perform(this.actions[i], false);
		this.press = presses;
		this.revealed = presses === this.actions.length && press < 0;
	}

	get actions(): readonly LessonAction[] {
		return this.step.sim.actions;
	}

	/** True while a multi-step press is still playing out. */
	get busy(): boolean {
		return this.#pending > 0;
	}

	/** One press forward: the next action, then the answer to the question, then 'step-done'. */
	next(pace: number): PressResult {
		if (this.#pending > 0) this.#flush();
		if (this.press < this.actions.length) {
			this.#perform(this.actions[this.press], pace > 0, pace);
			this.press++;
			return 'pressed';
		}
		if (this.step.sim.question && !this.revealed) {
			this.revealed = true;
			return 'revealed';
		}
		return 'step-done';
	}

	/** One press back; false when already at the start of the step. */
	back(): boolean {
		this.#stop();
		if (this.revealed && this.step.sim.question) {
			this.revealed = false;
			return true;
		}
		if (this.press === 0) return false;
		this.press--;
		this.player.seek(this.#marks[this.press]);
		this.#marks.length = this.press;
		return true;
	}

	/** Stops any playing-out action (call when the step is left). */
	dispose(): void {
		this.#stop();
	}

	#perform(action: LessonAction, animate: boolean, pace = 0): void {
		this.#marks.push(this.player.position);
		const p = this.player;
		if (action.kind === 'command') {
			const refused = p.act(action.command as Tagged);
			if (refused) throw new Error(refused);
		} else if (action.kind === 'round') {
			for (let i = 0; i < action.count; i++) p.forwardRound();
		} else if (action.kind === 'end') {
			p.end();
		} else if (!animate || action.count === 1) {
			for (let i = 0; i < action.count && p.forward(); i++);
		} else {
			this.#pending = action.count;
			p.forward();
			this.#pending--;
			this.#timer = setInterval(
				() => {
					if (this.#pending <= 0 || !p.forward()) return this.#stop();
					this.#pending--;
				},
				Math.max(60, pace / 2)
			);
		}
	}

	#flush(): void {
		const p = this.player;
		for (; this.#pending > 0 && p.forward(); this.#pending--);
		this.#stop();
	}

	#stop(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
		this.#pending = 0;
	}
}
