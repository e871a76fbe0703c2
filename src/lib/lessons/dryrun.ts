import { SimError, Timeline, type Tagged } from '$lib/sim/core';
import { entryFor } from '$lib/models/registry';
import { factsOf } from './facts';
import type { FactSource } from './placeholders';
import { LessonError, type LessonAction, type StepSim } from './types';

/** The most steps a lesson's actions may take in the dry run, so a typo cannot hang the build. */
const MAX_STEPS = 200_000;

/** Performs one lesson action on a timeline; throws SimError when the model refuses it. */
export function performOnTimeline(
	timeline: Timeline<unknown, Tagged, Tagged>,
	action: LessonAction
): void {
	switch (action.kind) {
		case 'step':
			for (let i = 0; i < action.count && timeline.forward() !== null; i++);
			return;
		case 'round':
			for (let i = 0; i < action.count; i++) timeline.forwardRound();
			return;
		case 'end':
			for (let i = 0; i < MAX_STEPS && timeline.forward() !== null; i++);
			return;
		case 'command':
			timeline.act(action.command);
	}
}

/** What the dry run needs of a lesson: its file and each step's scenario and line. */
export interface DryRunLesson {
	readonly file: string;
	readonly steps: readonly { readonly sim: StepSim; readonly line: number }[];
}

/**
 * Plays a lesson from its first step to its last on the real models; throws LessonError on the
 * first refusal. Returns, for each step, the facts of its state after its last action (what the
 * step's placeholders state).
 */
export function dryRun(lesson: DryRunLesson): FactSource[] {
	let timeline: Timeline<unknown, Tagged, Tagged> | null = null;
	const facts: FactSource[] = [];
	for (const step of lesson.steps) {
		const entry = entryFor(step.sim.model);
		if (!entry) throw new LessonError(lesson.file, step.line, `unknown model "${step.sim.model}"`);
		try {
			if (step.sim.fresh || timeline === null)
				timeline = new Timeline(entry.model, entry.init(step.sim.params, step.sim.seed));
		} catch (e) {
			if (e instanceof SimError)
				throw new LessonError(lesson.file, step.line, `scenario: ${e.message}`);
			throw e;
		}
		step.sim.actions.forEach((action, i) => {
			try {
				performOnTimeline(timeline as Timeline<unknown, Tagged, Tagged>, action);
			} catch (e) {
				if (e instanceof SimError)
					throw new LessonError(
						lesson.file,
						action.line ?? step.line,
						`action ${i + 1} (${action.kind === 'command' ? action.label : action.kind}) is refused: ${e.message}`
					);
				throw e;
			}
		});
		// A copy: facts are computed on demand, after later steps have moved the timeline on.
		facts.push(factsOf(step.sim.model, entry.model.clone(timeline.state), timeline.eventsAt()));
	}
	return facts;
}
