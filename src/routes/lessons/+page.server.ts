import { LECTURE_OUTLINE } from '$lib/lessons/outline';
import { allLessons } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const lessons = allLessons();
	return {
		lessons: lessons.map((l) => ({
			slug: l.slug,
			title: l.title,
			topic: l.topic,
			summary: l.summary,
			steps: l.steps.length
		})),
		/** Each topic of the lecture outline with the lesson steps that teach it. */
		outline: LECTURE_OUTLINE.map((topic) => ({
			topic,
			taughtIn: lessons.flatMap((l) =>
				l.outline
					.filter((o) => o.topic === topic)
					.map((o) => ({
						slug: l.slug,
						lesson: l.title,
						step: o.step,
						title: l.steps[o.step - 1].title
					}))
			)
		}))
	};
};
