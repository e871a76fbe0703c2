import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { LessonSummary } from '$lib/lessons/summary';
import type { Lesson } from '$lib/lessons/types';
import type { PageLoad } from './$types';

/**
 * `/lessons/<slug>` is the first step, `/lessons/<slug>/<n>` step n. The lesson comes from the static
 * site's lesson files (`/lesson-data/…`): a slug or a step that does not exist is answered here, from
 * the index, with a page listing the lessons or the lesson's steps, and nothing is fetched that does
 * not exist (no 404 in the console).
 */
export const load: PageLoad = async ({ params, fetch }) => {
	const index: LessonSummary[] = await (await fetch(resolve('/lesson-data/index.json'))).json();
	const found = index.find((l) => l.slug === params.slug);
	if (!found) error(404, `There is no lesson "${params.slug}".`);
	const step = params.step === undefined ? 1 : Number(params.step);
	if (!Number.isInteger(step) || step < 1 || step > found.steps.length)
		error(
			404,
			`Lesson "${found.title}" has steps 1 to ${found.steps.length}, not "${params.step}".`
		);
	const url = resolve('/lesson-data/[slug].json', { slug: found.slug });
	const lesson: Lesson = await (await fetch(url)).json();
	return { lesson, step };
};
