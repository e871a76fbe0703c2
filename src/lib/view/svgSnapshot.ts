import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Snapshot tests of pictures, as Observable Plot keeps them: a view rendered with fixed seeds into
 * an SVG file under `__snapshots__/`, numbers rounded to one decimal, one element per line, so a
 * change of the picture shows as a readable diff in review. `UPDATE_SNAPSHOTS=1 npx vitest run
 * src/lib/view/pictures.svelte.test.ts` rewrites the files; otherwise a missing or different file
 * fails the test.
 */

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/**
 * Gives every element a `width`×`height` box in jsdom (which lays nothing out), so views that
 * measure their box (`bind:clientWidth`) draw at that size. Returns the undo.
 */
export function withBox(width: number, height: number): () => void {
	const proto = HTMLElement.prototype;
	const saved = ['clientWidth', 'clientHeight'].map(
		(k) => [k, Object.getOwnPropertyDescriptor(proto, k)] as const
	);
	Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width });
	Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
	const hadObserver = 'ResizeObserver' in globalThis;
	if (!hadObserver)
		(globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
			observe(): void {}
			unobserve(): void {}
			disconnect(): void {}
		};
	return () => {
		for (const [k, d] of saved) if (d) Object.defineProperty(proto, k, d);
		if (!hadObserver) delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
	};
}

/** Attributes holding coordinates and sizes: their numbers are rounded to one decimal. */
const GEOMETRY = new Set(
	'd points x y x1 y1 x2 y2 cx cy r rx ry width height transform viewBox refX refY'.split(' ')
);

const round = (n: string) => {
	const r = Math.round(Number(n) * 10) / 10;
	return String(Object.is(r, -0) ? 0 : r);
};

/**
 * The markup of `el` as a snapshot: Svelte's scoping classes and comments removed, the numbers of
 * geometry attributes rounded to one decimal (text, such as a chart's tick labels, is kept as is).
 */
export function pictureText(el: Element): string {
	const copy = el.cloneNode(true) as Element;
	for (const e of [copy, ...copy.querySelectorAll('*')]) {
		for (const a of [...e.attributes]) {
			if (GEOMETRY.has(a.name))
				e.setAttribute(a.name, a.value.replace(/-?\d+\.\d+(e-?\d+)?/g, round));
			if (a.name === 'style')
				e.setAttribute(
					a.name,
					a.value.replace(/(-?\d+\.\d+)(px|em)/g, (_, n, u) => round(n) + u)
				);
		}
		const cls = [...e.classList].filter((c) => !c.startsWith('svelte-'));
		if (cls.length > 0) e.setAttribute('class', cls.join(' '));
		else e.removeAttribute('class');
	}
	return copy.outerHTML
		.replace(/<!---->/g, '')
		.replace(/></g, '>\n<')
		.concat('\n');
}

/** Compares `text` with the snapshot file `name` (or writes it when UPDATE_SNAPSHOTS=1). */
export function snapshotDiff(name: string, text: string): { expected: string; actual: string } {
	const file = join(DIR, name);
	if (process.env.UPDATE_SNAPSHOTS === '1') {
		mkdirSync(DIR, { recursive: true });
		writeFileSync(file, text);
	}
	const expected = existsSync(file)
		? readFileSync(file, 'utf8')
		: `(no snapshot ${name}: run UPDATE_SNAPSHOTS=1 npx vitest run src/lib/view/pictures.svelte.test.ts)`;
	return { expected, actual: text };
}
