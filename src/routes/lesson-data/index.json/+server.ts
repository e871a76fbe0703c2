import { json } from '@sveltejs/kit';
import { summaryOf } from '$lib/lessons/summary';
import { allLessons } from '$lib/server/lessons';
import type { RequestHandler } from './$types';

/** Every lesson's slug, title and step titles, as a file of the static site. */
export const prerender = true;

export const GET: RequestHandler = () => json(allLessons().map(summaryOf));
