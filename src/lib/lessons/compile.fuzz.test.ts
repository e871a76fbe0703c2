import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile';
import { LessonError } from './types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const FILE = 'lessons/fuzz.md';
const { document } = new JSDOM('').window;

/**
 * What /lessons/try and the build may see for any text: a lesson whose HTML holds no script, or a
 * LessonError that names the file and a line of it. Anything else thrown would reach the page as
 * an unexplained failure (or break the build without a line to look at).
 */
function expectLessonOrLessonError(source: string): void {
	const lines = source.split(/\r\n?|\n/).length;
	let lesson;
	try {
		lesson = compileLesson(FILE, source);
	} catch (e) {
		if (!(e instanceof LessonError)) throw e;
		expect(e.file).toBe(FILE);
		expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines, `line ${e.line}`).toBe(true);
		expect(e.message).toBe(`${FILE}:${e.line}: ${e.problem}`);
		expect(e.problem).toMatch(/\S/);
		return;
	}
	expect(lesson.steps.length).toBeGreaterThan(0);
	for (const step of lesson.steps)
		for (const html of [step.html, step.notes]) {
			const t = document.createElement('template');
			t.innerHTML = html;
			for (const el of t.content.querySelectorAll('*')) {
				expect(el.localName).not.toMatch(/^(script|iframe|object|embed|style|form)$/);
				for (const a of el.attributes) expect(a.name).not.toMatch(/^on/i);
			}
		}
}

/** Pieces of narration: Markdown, math (good and broken), raw HTML, comments, fences, any text. */
const narration = fc.oneof(
	fc.constantFrom(
		'Some **bold** and _em_ text.', '$\\log_{16} N$ hops', '$$\n\\sum_i i\n$$', '$\\frac{1}{$',
		'$x', '$$', '\\$5 and $10', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>',
		'<!-- notes: say $N$ -->', '<!-- never closed', '-->', '```js\nconst x = 1;\n```', '```',
		'~~~', '| a | b |\n|-|-|\n| 1 | 2 |', '- [x] done', '[x](javascript:alert(1))', '# Heading',
		'## Sub', '#', '---', '***', '\t', '\r\n', '<svg onload=alert(1)>', '$\\href{javascript:x}{y}$'
	), // prettier-ignore
	fc.string({ maxLength: 20 })
);

/** Lines of a ```sim block: the keys and actions lessons use, in and out of what they accept. */
const simLine = fc.oneof(
	fc.constantFrom(
		'model: ring', 'model: pastry', 'model: gossip', 'model: search', 'model: chord', 'model:',
		'params: { nodes: 5, keys: 2 }', 'params: { digits: 4, nodes: 3, keys: 0 }', 'params: { nodes: -1 }',
		'params: { nodes: 12, viewSize: 3, rounds: 3 }', 'params: { speed: 3 }', 'params: [1, 2]',
		'params: { nodes: 20, overlay: random }', 'params: { scenario: random, nodes: 12 }',
		'seed: a', 'seed: ""', "seed: 'x y'", 'seed: [1]',
		'actions:', '  - step: 2', '  - step: 0', '  - step: x', '  - round: 1', '  - round', '  - end',
		'  - add-node: 65a1fc', '  - add-node: 12345z', '  - add-key: { name: x }', '  - add-key: d46a1c',
		'  - remove-node: 65a1fc', '  - route: { from: 65a1fc, key: d46a1c }', '  - kill-node: x',
		'  - start-query: {}', '  - fail-fraction: 0.5', '  - run-rounds: 2', '  - nope: 1',
		'  - [a, b]', '  - { a: 1, b: 2 }', '  -', 'panels: [ring]', 'panels: [nope]', 'panels: x',
		'highlight: [65a1fc]', 'highlight: [zz]', 'question: { ask: Where?, answer: There. }',
		'question: { ask: "" }', 'question: x', 'actions: x', 'a: b: c', '  bad indent', '\tx: 1',
		'- list', '{', '"open', '&anchor x', '*alias', '!!binary x', '? complex', '%YAML 1.2'
	), // prettier-ignore
	fc.string({ maxLength: 16 })
);

const frontLine = fc.oneof(
	fc.constantFrom(
		'title: T', 'topic: X', 'summary: S', 'title:', 'title: a: b', 'outline: [Mapping]',
		'outline: { Mapping: "1" }', 'outline: { Mapping: "9" }', 'outline: [Nope]', 'extra: 1',
		'outline: x', '  - y', '{', 'title: [1]'
	), // prettier-ignore
	fc.string({ maxLength: 16 })
);

/** A ```sim block: usually well formed YAML with values in and out of what the models accept. */
const simBlock = fc
	.record({
		model: fc.option(
			fc.constantFrom('model: ring', 'model: pastry', 'model: gossip', 'model: search', 'model: x')
		),
		params: fc.option(
			fc.constantFrom(
				'params: { nodes: 5, keys: 2 }', 'params: { digits: 4, nodes: 3, keys: 0 }',
				'params: { nodes: -1 }', 'params: { nodes: 12, viewSize: 3, rounds: 3 }',
				'params: { speed: 3 }', 'params: { nodes: 20, overlay: random, queries: 3 }',
				'params: { scenario: random, nodes: 12 }', 'params: { scenario: lecture }',
				'params: { nodes: 12, viewSize: 3, rounds: 3, preset: cyclon, fail: 0.5, failRound: 1 }'
			) // prettier-ignore
		),
		seed: fc.option(fc.constantFrom('seed: a', 'seed: ""', 'seed: lecture', 'seed: [1]')),
		actions: fc.option(
			fc.array(
				fc.constantFrom(
					'  - step: 2', '  - step: 0', '  - step: x', '  - round: 1', '  - round', '  - end',
					'  - add-node: 65a1fc', '  - add-node: 12345z', '  - add-key: { name: x }',
					'  - add-key: d46a1c', '  - remove-node: 65a1fc', '  - kill-node: x',
					'  - route: { from: 65a1fc, key: d46a1c }', '  - route: { key-name: jazz.mp3 }',
					'  - start-query: {}', '  - fail-fraction: 0.5', '  - run-rounds: 2', '  - nope: 1',
					'  - [a, b]', '  - { a: 1, b: 2 }', '  -'
				), // prettier-ignore
				{ maxLength: 4 }
			)
		),
		more: fc.array(
			fc.constantFrom(
				'panels: [ring]', 'panels: [nope]', 'panels: [table, sets]', 'highlight: [65a1fc]',
				'highlight: [zz]', 'question: { ask: Where?, answer: There. }', 'question: { ask: "" }'
			), // prettier-ignore
			{ maxLength: 2 }
		),
		junk: fc.option(simLine, { freq: 4 })
	})
	.map(({ model, params, seed, actions, more, junk }) => [
		...[model, params, seed].filter((l) => l !== null),
		...(actions ? ['actions:', ...actions] : []),
		...new Set(more.map((l) => l)),
		...(junk !== null ? [junk] : [])
	]);

const step = fc
	.tuple(
		fc.constantFrom('# A step', '## Another', 'no heading', '#'),
		fc.array(narration, { maxLength: 4 }),
		fc.option(simBlock, { nil: undefined, freq: 4 })
	)
	.map(([heading, text, sim]) =>
		[heading, '', ...text, ...(sim ? ['```sim', ...sim, '```'] : [])].join('\n')
	);

/** A lesson file put together from those pieces, usually with a working front block and first step. */
const lessonFile = fc
	.tuple(
		fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, fc.array(frontLine, { maxLength: 4 })),
		fc.boolean(),
		fc.array(step, { minLength: 0, maxLength: 3 }),
		fc.oneof({ weight: 6, arbitrary: fc.constant('---') }, fc.constantFrom('--- ', '', '---\n---'))
	)
	.map(([front, standard, steps, separator]) =>
		[
			'---',
			...(standard || front.length === 0 ? ['title: T', 'topic: X', 'summary: S'] : []),
			...front,
			'---',
			...(standard
				? ['# First', '', '```sim', 'model: ring', 'params: { nodes: 3, keys: 1 }', '```']
				: []),
			...steps.flatMap((s) => [separator, s])
		].join('\n')
	);

const realLessons = readdirSync('lessons')
	.filter((f) => f.endsWith('.md'))
	.map((f) => readFileSync(`lessons/${f}`, 'utf8'));

/** A real lesson with a few lines deleted, doubled, swapped for a piece, or cut short. */
const mutatedLesson = fc
	.tuple(
		fc.constantFrom(...realLessons),
		fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'double', 'replace', 'cut'), simLine), {
			minLength: 1,
			maxLength: 3
		})
	)
	.map(([source, edits]) => {
		const lines = source.split('\n');
		for (const [at, edit, piece] of edits) {
			const i = at % lines.length;
			if (edit === 'delete') lines.splice(i, 1);
			if (edit === 'double') lines.splice(i, 0, lines[i]);
			if (edit === 'replace') lines[i] = piece;
			if (edit === 'cut') lines.length = Math.max(1, i);
		}
		return lines.join('\n');
	});

describe('compileLesson, whatever text it is given', () => {
	it.each([
		// What the fuzzers found: each was a plain Error, or a line past the end of the file.
		['---\n---', 'lessons/fuzz.md:2: expected at least one step after the front block'],
		[
			'---\ntitle: T\ntopic: X\nsummary: S\n---\n# A\n\n```sim\nmodel: ring\nseed: *a\n```',
			'lessons/fuzz.md:10: YAML: Unresolved alias (the anchor must be set before the alias): a'
		],
		[
			'---\ntitle: &t [x, x]\ntopic: &u [*t, *t, *t, *t, *t, *t, *t, *t, *t, *t, *t]\nsummary: [*u, *u, *u, *u, *u, *u, *u, *u, *u, *u]\n---\n# A',
			'lessons/fuzz.md:2: YAML: Excessive alias count indicates a resource exhaustion attack'
		]
	])('refuses %j with a LessonError naming its line', (source, message) => {
		expect(() => compileLesson(FILE, source)).toThrow(LessonError);
		expect(() => compileLesson(FILE, source)).toThrow(message);
	});

	it('any text at all: a lesson or a LessonError naming the file and a line of it', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })),
				fc.boolean(),
				(text, fronted) => expectLessonOrLessonError(fronted ? `---\n${text}` : text)
			),
			{ numRuns: RUNS * 3 }
		);
	});

	it('lesson-shaped text: front blocks, steps, narration and sim blocks in and out of shape', () => {
		fc.assert(fc.property(lessonFile, expectLessonOrLessonError), { numRuns: RUNS * 3 });
	});

	it('the lessons in lessons/ with lines deleted, doubled, replaced or cut', () => {
		// Each run dry-runs a whole lesson: fewer runs, and room for a loaded machine.
		fc.assert(fc.property(mutatedLesson, expectLessonOrLessonError), {
			numRuns: Math.ceil(RUNS / 2)
		});
	}, 120_000);
});
