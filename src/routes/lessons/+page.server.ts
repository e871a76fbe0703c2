import { allLessons } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	lessons: allLessons().map((l) => ({
		slug: l.slug,
		title: l.title,
		topic: l.topic,
		summary: l.summary,
		outline: l.outline,
		steps: l.steps.length,
		stepTitles: l.steps.map((s) => s.title)
	}))
});
