import type { ParamValues } from '$lib/models/types';
import type { OutlineEntry } from './outline';

/** One press of the lecturer's clicker inside a step. */
export type LessonAction = (
	| { readonly kind: 'step'; readonly count: number }
	| { readonly kind: 'round'; readonly count: number }
	| { readonly kind: 'end' }
	| {
			readonly kind: 'command';
			readonly command: { readonly type: string } & Record<string, unknown>;
			readonly label: string;
	  }
) & {
	/** The line of the lesson file that asks for it. */
	readonly line?: number;
};

/** A predict-then-reveal question: asked when the step opens, answered after its last action. */
export interface LessonQuestion {
	readonly ask: string;
	readonly answer: string;
}

/** What the simulation does in one step, as its `sim` block says (after validation). */
export interface StepSim {
	/** The model, parameters and seed of this step's scenario (inherited when not declared). */
	readonly model: string;
	readonly params: ParamValues;
	readonly seed: string;
	/** True when the step declares its own scenario instead of continuing the previous step's. */
	readonly fresh: boolean;
	readonly actions: readonly LessonAction[];
	readonly panels: readonly string[];
	/** Ids (as typed) to highlight in the views. */
	readonly highlight: readonly string[];
	readonly question?: LessonQuestion;
}

/** One step of a lesson: narration beside the simulation. */
export interface LessonStep {
	readonly title: string;
	/** Narration rendered to HTML (Markdown with KaTeX math). */
	readonly html: string;
	/** Speaker notes (the step's HTML comments), rendered to HTML; shown in the presenter window. */
	readonly notes: string;
	readonly sim: StepSim;
	/** The line of the lesson file where this step starts. */
	readonly line: number;
}

/** A lesson, as the player and the index use it. */
export interface Lesson {
	readonly slug: string;
	readonly file: string;
	readonly title: string;
	readonly topic: string;
	readonly summary: string;
	/** Topics of the lecture outline this lesson covers, with the step that teaches each. */
	readonly outline: readonly OutlineEntry[];
	readonly steps: readonly LessonStep[];
}

/** A lesson file that does not parse or validate: names the file, the line and what was expected. */
export class LessonError extends Error {
	override name = 'LessonError';
	constructor(
		readonly file: string,
		readonly line: number,
		readonly problem: string
	) {
		super(`${file}:${line}: ${problem}`);
	}
}
