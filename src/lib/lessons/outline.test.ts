import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile';
import { LECTURE_OUTLINE } from './outline';

describe('the lecture outline', () => {
	it('has every topic taught by some lesson step', () => {
		const taught = new Set(
			readdirSync('lessons')
				.filter((f) => f.endsWith('.md'))
				.flatMap((f) =>
					compileLesson(`lessons/${f}`, readFileSync(`lessons/${f}`, 'utf8')).outline.map(
						(o) => o.topic
					)
				)
		);
		expect(LECTURE_OUTLINE.filter((t) => !taught.has(t))).toEqual([]);
	});
});
