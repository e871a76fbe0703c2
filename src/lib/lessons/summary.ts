import type { Lesson } from './types';

/** What a page needs to name a lesson and list its steps without loading it (e.g. "no such step"). */
export interface LessonSummary {
	readonly slug: string;
	readonly title: string;
	readonly topic: string;
	/** The title of every step, in order. */
	readonly steps: readonly string[];
}

/** The summary of a compiled lesson. */
export function summaryOf(lesson: Lesson): LessonSummary {
	return {
		slug: lesson.slug,
		title: lesson.title,
		topic: lesson.topic,
		steps: lesson.steps.map((s) => s.title)
	};
}
