import { compileLesson } from '$lib/lessons/compile';
import type { Lesson } from '$lib/lessons/types';

const sources = import.meta.glob('/lessons/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cache: Lesson[] | null = null;

/**
 * Every lesson under lessons/, in file-name order, compiled and dry-run at build time. A broken lesson
 * throws a LessonError naming its file and line, which fails the build.
 */
export function allLessons(): Lesson[] {
	cache ??= Object.keys(sources)
		.sort()
		.map((path) => compileLesson(path.replace(/^\//, ''), sources[path]));
	return cache;
}

/** The lesson with this slug, or undefined. */
export function lessonBySlug(slug: string): Lesson | undefined {
	return allLessons().find((l) => l.slug === slug);
}
