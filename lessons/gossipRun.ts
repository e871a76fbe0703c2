import { readFileSync } from 'node:fs';
import { Timeline, type Tagged } from '$lib/sim/core';
import { compileLesson } from '$lib/lessons/compile';
import { performOnTimeline } from '$lib/lessons/dryrun';
import { splitLesson, stepParts } from '$lib/lessons/split';
import type { Lesson, LessonStep } from '$lib/lessons/types';
import { gossipEntry } from '$lib/models/gossip';
import {
	cloneGossip,
	finishRound,
	gossipMetrics,
	type GossipEvent,
	type GossipMetrics,
	type GossipState
} from '$lib/sim/gossip';

/**
 * Test support for the gossip lessons (20–25): plays a lesson file the way the lesson player does
 * (its compiled steps on the model's timeline), and keeps what a test needs to check the numbers
 * the lesson states: the state and events after each press, and the metrics of every round the
 * step went through (rounds inside one `run-rounds` press included, replayed from a copy).
 */

/** One step as played. */
export interface PlayedStep {
	readonly step: LessonStep;
	/** The step's Markdown source: narration, question, answer and speaker notes, as one text. */
	readonly text: string;
	/** The narration's Markdown as written (without the sim block and notes). */
	readonly narration: string;
	/** Words of narration on screen. */
	readonly words: number;
	/** The state when the step opens (index 0) and after each press. */
	readonly states: readonly GossipState[];
	/** The events of each press (index i: press i + 1). */
	readonly events: readonly (readonly GossipEvent[])[];
	/** The metrics when the step opens (index 0) and after each press. */
	readonly metrics: readonly GossipMetrics[];
	/** Metrics of the step's first state and of every round completed during the step, by round. */
	readonly rounds: ReadonlyMap<number, GossipMetrics>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Words as a reader counts them: tokens with a letter or digit, after dropping TeX commands (`\pm`
 * reads as a sign) and the heading's `#`; table bars and `$` are not words.
 */
export const countWords = (markdown: string) =>
	markdown
		.replace(/\\[a-zA-Z]+/g, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Every step of `lessons/<file>` played in order, each continuing from the previous one. */
export function playLesson(file: string): { lesson: Lesson; steps: PlayedStep[] } {
	const source = readFileSync(`lessons/${file}`, 'utf8');
	const lesson = compileLesson(`lessons/${file}`, source);
	const raw = splitLesson(file, source).steps.map((st) => stepParts(file, st));
	let t: Timeline<GossipState, Tagged, GossipEvent> | null = null;
	const steps = lesson.steps.map((step, index) => {
		if (step.sim.fresh || t === null)
			t = new Timeline(
				gossipEntry.model,
				gossipEntry.init(step.sim.params, step.sim.seed)
			) as never;
		const timeline = t as unknown as Timeline<GossipState, Tagged, GossipEvent>;
		const states = [cloneGossip(timeline.state)];
		const metrics = [gossipMetrics(timeline.state)];
		const events: (readonly GossipEvent[])[] = [];
		const rounds = new Map<number, GossipMetrics>([
			[timeline.state.round, gossipMetrics(timeline.state)]
		]);
		for (const action of step.sim.actions) {
			const before = cloneGossip(timeline.state);
			const at = timeline.position;
			performOnTimeline(timeline as never, action);
			const after = timeline.state;
			if (action.kind === 'command' && action.command.type === 'run-rounds') {
				for (let r = 0; r < Number(action.command.count); r++) {
					finishRound(before);
					rounds.set(before.round, gossipMetrics(before));
				}
			} else if (after.round !== before.round && !after.inRound)
				rounds.set(after.round, gossipMetrics(after));
			states.push(cloneGossip(after));
			metrics.push(gossipMetrics(after));
			const moved: GossipEvent[] = [];
			for (let i = at + 1; i <= timeline.position; i++) moved.push(...timeline.eventsAt(i));
			events.push(moved);
		}
		const q = step.sim.question;
		const { narration, notes } = raw[index];
		const text = oneLine([narration, q?.ask, q?.answer, notes].filter(Boolean).join(' '));
		const words = countWords(narration);
		return { step, text, narration, words, states, events, metrics, rounds };
	});
	return { lesson, steps };
}

/** A figure as lessons print it: `digits` decimals. */
export const fixed = (x: number | null, digits: number) => (x === null ? '-' : x.toFixed(digits));

/** A fraction as a whole percentage, as lessons print it ("52%"). */
export const percent = (x: number | null) => (x === null ? '-' : `${Math.round(x * 100)}%`);
