import { LessonError } from './types';

/** A raw step: its Markdown and where it starts in the file. */
export interface RawStep {
	readonly text: string;
	readonly line: number;
}

/** The front block and the raw steps of a lesson file. */
export interface RawLesson {
	readonly front: string;
	readonly frontLine: number;
	readonly steps: readonly RawStep[];
}

const FENCE = /^(```|~~~)/;

/**
 * Splits a lesson file the way Slidev and Marp split slides: a front block between the first two
 * `---` lines, then steps separated by lines holding only `---` (ignored inside code fences).
 */
export function splitLesson(file: string, source: string): RawLesson {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	if (lines[0]?.trim() !== '---')
		throw new LessonError(
			file,
			1,
			'expected the lesson to start with a front block opened by "---"'
		);
	const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (close < 0)
		throw new LessonError(file, 1, 'the front block opened by "---" on line 1 is never closed');
	const front = lines.slice(1, close).join('\n');
	const steps: RawStep[] = [];
	let start = close + 1;
	let fence: string | null = null;
	for (let i = close + 1; i <= lines.length; i++) {
		const line = lines[i];
		if (line !== undefined && FENCE.test(line.trim())) {
			const marker = line.trim().slice(0, 3);
			fence = fence === null ? marker : fence === marker ? null : fence;
		}
		if (i === lines.length || (fence === null && line.trim() === '---')) {
			while (start < i && lines[start].trim() === '') start++;
			const text = lines.slice(start, i).join('\n');
			if (text.trim() !== '') steps.push({ text, line: start + 1 });
			start = i + 1;
		}
	}
	if (fence !== null)
		throw new LessonError(file, lines.length, `a code fence (${fence}) is never closed`);
	if (steps.length === 0)
		throw new LessonError(
			file,
			Math.min(close + 2, lines.length),
			'expected at least one step after the front block'
		);
	return { front, frontLine: 2, steps };
}

/** A step's `sim` block (a fenced code block whose info string is `sim`), its notes, and its narration. */
export interface StepParts {
	readonly narration: string;
	readonly sim: { readonly yaml: string; readonly line: number } | null;
	readonly notes: string;
}

/** Separates a raw step into narration, its `sim` YAML block and its speaker notes (HTML comments). */
export function stepParts(file: string, step: RawStep): StepParts {
	const lines = step.text.split('\n');
	let sim: StepParts['sim'] = null;
	const kept: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = lines[i].trim().match(/^(```|~~~)\s*sim\s*$/);
		if (!open) {
			kept.push(lines[i]);
			continue;
		}
		if (sim) throw new LessonError(file, step.line + i, 'a step may have only one ```sim block');
		const end = lines.findIndex((l, j) => j > i && l.trim() === open[1]);
		if (end < 0) throw new LessonError(file, step.line + i, 'this ```sim block is never closed');
		sim = { yaml: lines.slice(i + 1, end).join('\n'), line: step.line + i + 1 };
		i = end;
	}
	const notes: string[] = [];
	const narration = kept.join('\n').replace(/<!--([\s\S]*?)-->/g, (_, body: string) => {
		notes.push(body.trim().replace(/^notes?:\s*/i, ''));
		return '';
	});
	return { narration: narration.trim(), sim, notes: notes.join('\n\n') };
}
