import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { entryFor, MODEL_NAMES } from '$lib/models/registry';
import { defaultParams, paramNamed, parseParam, seedError } from '$lib/models/params';
import type { ParamValues } from '$lib/models/types';
import { renderMarkdown } from './markdown';
import { LECTURE_OUTLINE, type OutlineEntry } from './outline';
import { frontSchema, simSchema, type SimBlock } from './schema';
import { splitLesson, stepParts } from './split';
import { dryRun } from './dryrun';
import { fillFacts } from './placeholders';
import {
	LessonError,
	type Lesson,
	type LessonAction,
	type LessonStep,
	type StepSim
} from './types';

/** A YAML text with its position in the file, parsed with line tracking. */
function yamlAt(file: string, text: string, firstLine: number) {
	const lineCounter = new LineCounter();
	// The failsafe schema keeps every scalar a string, so an id such as 000001 keeps its digits.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'failsafe' });
	const lineOf = (path: readonly PropertyKey[]): number => {
		for (let p = path.length; p >= 0; p--) {
			const node = doc.getIn(path.slice(0, p) as (string | number)[], true) as
				{ range?: [number] } | undefined;
			if (node?.range) return firstLine + lineCounter.linePos(node.range[0]).line - 1;
		}
		return firstLine;
	};
	if (doc.errors.length > 0) {
		const e = doc.errors[0];
		throw new LessonError(
			file,
			firstLine + lineCounter.linePos(e.pos[0]).line - 1,
			`YAML: ${e.message.split('\n')[0]}${/mapping/i.test(e.message) ? ' (quote a text that contains ": ")' : ''}`
		);
	}
	try {
		doc.toJS();
	} catch (e) {
		// Only converting finds an alias to no anchor (or aliases that expand too far): name its line.
		let line = firstLine;
		visit(doc, {
			Alias(_, node) {
				if (!node.range || node.resolve(doc)) return;
				line = firstLine + lineCounter.linePos(node.range[0]).line - 1;
				return visit.BREAK;
			}
		});
		throw new LessonError(file, line, `YAML: ${(e as Error).message}`);
	}
	return { doc: doc as Document, lineOf };
}

function check<T>(
	schema: z.ZodType<T>,
	data: unknown,
	file: string,
	lineOf: (p: readonly PropertyKey[]) => number,
	what: string
): T {
	const result = schema.safeParse(data ?? {});
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const where = issue.path.length ? ` at "${issue.path.join('.')}"` : '';
	throw new LessonError(file, lineOf(issue.path), `${what}${where}: ${issue.message}`);
}

function outlineOf(
	file: string,
	raw: string[] | Record<string, string>,
	steps: number,
	lineOf: (p: readonly PropertyKey[]) => number
): OutlineEntry[] {
	const pairs: [string, string][] = Array.isArray(raw)
		? raw.map((t) => [t, '1'])
		: Object.entries(raw);
	return pairs.map(([topic, at], i) => {
		const path = Array.isArray(raw) ? ['outline', i] : ['outline', topic];
		if (!(LECTURE_OUTLINE as readonly string[]).includes(topic))
			throw new LessonError(
				file,
				lineOf(path),
				`"${topic}" is not a topic of the lecture outline; expected one of: ${LECTURE_OUTLINE.join('; ')}`
			);
		const step = Number(at);
		if (!Number.isInteger(step) || step < 1 || step > steps)
			throw new LessonError(
				file,
				lineOf(path),
				`outline topic "${topic}" points to step ${at}; the lesson has steps 1 to ${steps}`
			);
		return { topic, step };
	});
}

/** The line of the placeholder an error names (`"{{name…}}"`), or the step's first line. */
function lineOfPlaceholder(text: string, first: number, message: string): number {
	const name = /"\{\{(\S+?)\}\}"/.exec(message)?.[1];
	if (!name) return first;
	const at = text.split('\n').findIndex((l) => new RegExp(`\\{\\{\\s*${name}\\b`).test(l));
	return at < 0 ? first : first + at;
}

/** The slug of a lesson file: its name without the numeric order prefix and the extension. */
export function slugOf(file: string): string {
	return (file.split('/').pop() ?? file).replace(/\.md$/, '').replace(/^\d+[-_]/, '');
}

function actionOf(raw: unknown, model: string, params: ParamValues): LessonAction {
	const [name, given] =
		typeof raw === 'string'
			? [raw, null]
			: (Object.entries(raw as Record<string, unknown>)[0] ?? ['', null]);
	let arg: unknown = given;
	if (typeof raw === 'object' && Object.keys(raw as object).length !== 1)
		throw new Error('each action is one "name: argument" pair');
	const count = (v: unknown) => {
		const n = v === null || v === '' ? 1 : Number(v);
		if (!Number.isInteger(n) || n < 1 || n > 100_000)
			throw new Error(`"${name}" takes a whole number of at least 1, got ${String(v)}`);
		return n;
	};
	if (name === 'step') return { kind: 'step', count: count(arg) };
	if (name === 'round') return { kind: 'round', count: count(arg) };
	if (name === 'end') return { kind: 'end' };
	if (arg === '') arg = null;
	const entry = entryFor(model);
	if (!entry) throw new Error(`unknown model "${model}"`);
	const command = entry.lessonCommand(name, arg, params) as LessonAction & { type: string };
	const label =
		arg === null ? name : `${name} ${typeof arg === 'object' ? JSON.stringify(arg) : String(arg)}`;
	return { kind: 'command', command: command as unknown as { type: string }, label };
}

function simOf(
	file: string,
	block: SimBlock,
	lineOf: (p: readonly PropertyKey[]) => number,
	previous: StepSim | null
): StepSim {
	const fresh =
		previous === null ||
		block.model !== undefined ||
		block.params !== undefined ||
		block.seed !== undefined;
	const model = block.model ?? previous?.model;
	if (model === undefined)
		throw new LessonError(
			file,
			lineOf([]),
			'the first step\'s sim block must name a model ("model: ring")'
		);
	const entry = entryFor(model);
	if (!entry)
		throw new LessonError(
			file,
			lineOf(['model']),
			`unknown model "${model}"; expected one of ${MODEL_NAMES.join(', ')}`
		);
	const params: ParamValues =
		previous && previous.model === model ? { ...previous.params } : defaultParams(entry.params);
	for (const [key, value] of Object.entries(block.params ?? {})) {
		const spec = paramNamed(entry.params, key);
		if (!spec)
			throw new LessonError(
				file,
				lineOf(['params', key]),
				`${model} has no parameter "${key}"; expected ${entry.params.map((p) => p.key).join(', ')}`
			);
		const parsed = parseParam(spec, String(value));
		if ('error' in parsed) throw new LessonError(file, lineOf(['params', key]), parsed.error);
		params[spec.key] = parsed.value;
	}
	const seed = block.seed !== undefined ? String(block.seed) : (previous?.seed ?? '1');
	const badSeed = seedError(seed);
	if (badSeed) throw new LessonError(file, lineOf(['seed']), `seed ${badSeed}`);
	const actions = block.actions.map((raw, i) => {
		try {
			return { ...actionOf(raw, model, params), line: lineOf(['actions', i]) };
		} catch (e) {
			throw new LessonError(
				file,
				lineOf(['actions', i]),
				`action ${i + 1}: ${(e as Error).message}`
			);
		}
	});
	const panels =
		block.panels ?? (fresh || previous?.model !== model ? [entry.panels[0]] : previous.panels);
	panels.forEach((p, i) => {
		if (!entry.panels.includes(p))
			throw new LessonError(
				file,
				lineOf(['panels', i]),
				`${model} has no panel "${p}"; expected ${entry.panels.join(', ')}`
			);
	});
	const highlight = block.highlight.map((h, i) => {
		try {
			entry.parseHighlight(String(h), params);
			return String(h);
		} catch (e) {
			throw new LessonError(file, lineOf(['highlight', i]), (e as Error).message);
		}
	});
	return { model, params, seed, fresh, actions, panels, highlight, question: block.question };
}

/**
 * Parses and validates a lesson file, then plays every action of every step on the real model, so a
 * lesson that builds is a lesson that plays, and fills each step's placeholders (`{{fact}}`, see
 * `placeholders.ts`) from the state that step ends in. Throws {@link LessonError} with the file, the line and
 * what was expected.
 */
export function compileLesson(file: string, source: string): Lesson {
	const raw = splitLesson(file, source);
	const front = yamlAt(file, raw.front, raw.frontLine);
	const meta = check(frontSchema, front.doc.toJS(), file, front.lineOf, 'front block');
	let previous: StepSim | null = null;
	const drafts = raw.steps.map((step) => {
		const parts = stepParts(file, step);
		let sim: StepSim;
		if (parts.sim) {
			const y = yamlAt(file, parts.sim.yaml, parts.sim.line);
			sim = simOf(
				file,
				check(simSchema, y.doc.toJS(), file, y.lineOf, 'sim block'),
				y.lineOf,
				previous
			);
		} else if (previous) {
			sim = { ...previous, fresh: false, actions: [], question: undefined };
		} else {
			throw new LessonError(
				file,
				step.line,
				'the first step needs a ```sim block naming its model'
			);
		}
		previous = sim;
		const title = /^#{1,3}\s+(.+)$/m.exec(parts.narration)?.[1]?.trim();
		if (!title)
			throw new LessonError(
				file,
				step.line,
				'expected the step to start with a heading ("# Title")'
			);
		return { title, parts, sim, line: step.line, text: step.text };
	});
	const facts = dryRun({ file, steps: drafts });
	const steps: LessonStep[] = drafts.map(({ title, parts, sim, line, text }, i) => {
		const fill = (text: string) => fillFacts(text, facts[i]);
		let html: string;
		let notes: string;
		let question = sim.question;
		try {
			html = renderMarkdown(fill(parts.narration));
			notes = parts.notes ? renderMarkdown(fill(parts.notes)) : '';
			if (question) question = { ask: fill(question.ask), answer: fill(question.answer) };
		} catch (e) {
			const message = (e as Error).message;
			throw new LessonError(file, lineOfPlaceholder(text, line, message), `narration: ${message}`);
		}
		return { title: fill(title), html, notes, sim: { ...sim, question }, line };
	});
	const outline = outlineOf(file, meta.outline, steps.length, front.lineOf);
	return { slug: slugOf(file), file, ...meta, outline, steps };
}
