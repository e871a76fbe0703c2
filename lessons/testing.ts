import { readFileSync } from 'node:fs';
import { Timeline, type Tagged } from '$lib/sim/core';
import { compileLesson } from '$lib/lessons/compile';
import { performOnTimeline } from '$lib/lessons/dryrun';
import type { Lesson, LessonStep } from '$lib/lessons/types';
import { entryFor } from '$lib/models/registry';

/** A lesson file of this folder, compiled (and dry-run) as the build compiles it. */
export function lessonFile(name: string): Lesson {
	const file = `lessons/${name}`;
	return compileLesson(file, readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
}

/** A step's narration and question as plain text, for checking the numbers it states. */
export function textOf(step: LessonStep): string {
	const html = `${step.html} ${step.sim.question?.ask ?? ''} ${step.sim.question?.answer ?? ''}`;
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The simulation state at the end of step `n` (1-based) of a lesson, played from the step that
 * starts its scenario, as the lesson player and the build's dry run play it.
 */
export function stateAfter<S>(lesson: Lesson, n: number): S {
	let timeline: Timeline<unknown, Tagged, Tagged> | null = null;
	for (const step of lesson.steps.slice(0, n)) {
		const entry = entryFor(step.sim.model);
		if (!entry) throw new Error(`unknown model ${step.sim.model}`);
		if (step.sim.fresh || timeline === null)
			timeline = new Timeline(entry.model, entry.init(step.sim.params, step.sim.seed));
		for (const action of step.sim.actions) performOnTimeline(timeline, action);
	}
	return (timeline as Timeline<unknown, Tagged, Tagged>).state as S;
}
