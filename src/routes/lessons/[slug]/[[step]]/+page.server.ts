import { error } from '@sveltejs/kit';
import { allLessons, lessonBySlug } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/lessons/<slug>` is the first step; `/lessons/<slug>/<n>` step n. Every one is prerendered. */
export const entries: EntryGenerator = () =>
	allLessons().flatMap((l) => [
		{ slug: l.slug, step: undefined },
		...l.steps.map((_, i) => ({ slug: l.slug, step: String(i + 1) }))
	]);

export const load: PageServerLoad = ({ params }) => {
	const lesson = lessonBySlug(params.slug);
	if (!lesson) error(404, `There is no lesson "${params.slug}".`);
	const step = params.step === undefined ? 1 : Number(params.step);
	if (!Number.isInteger(step) || step < 1 || step > lesson.steps.length)
		error(
			404,
			`Lesson "${lesson.title}" has steps 1 to ${lesson.steps.length}, not "${params.step}".`
		);
	return { lesson, step };
};
