import { error, json } from '@sveltejs/kit';
import { allLessons, lessonBySlug } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

/** One compiled lesson (narration HTML, steps, actions), as a file of the static site. */
export const prerender = true;

export const entries: EntryGenerator = () => allLessons().map((l) => ({ slug: l.slug }));

export const GET: RequestHandler = ({ params }) => {
	const lesson = lessonBySlug(params.slug);
	if (!lesson) error(404, `There is no lesson "${params.slug}".`);
	return json(lesson);
};
