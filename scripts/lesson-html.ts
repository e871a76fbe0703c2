// Dumps the rendered HTML (narration and speaker notes) of every step of every lesson in lessons/, as
// JSON, so a change to the Markdown renderer or the sanitiser can be compared before and after:
//   npx tsx scripts/lesson-html.ts dump before.json
//   npx tsx scripts/lesson-html.ts compare before.json   (exit 1 when a step's DOM differs)
//   npx tsx scripts/lesson-html.ts pages old-build/ build/   (the narration of every prerendered page)
// The comparison parses both versions into a DOM (jsdom) and compares the serialised trees, so a
// change of serialisation alone (`&#39;` against `'`, attribute quoting) is reported as such, not as a
// difference in what the page shows.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { compileLesson } from '../src/lib/lessons/compile';

type Dump = Record<string, { title: string; html: string; notes: string }[]>;

function render(): Dump {
	const out: Dump = {};
	for (const f of readdirSync('lessons')
		.filter((n) => n.endsWith('.md'))
		.sort()) {
		const lesson = compileLesson(`lessons/${f}`, readFileSync(`lessons/${f}`, 'utf8'));
		out[f] = lesson.steps.map((s) => ({ title: s.title, html: s.html, notes: s.notes }));
	}
	return out;
}

const { document } = new JSDOM('').window;
function dom(html: string): string {
	const t = document.createElement('template');
	t.innerHTML = html;
	return t.innerHTML;
}

/** Every prerendered page's narration (the lesson pages' `narration-text`), by path. */
function narrations(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = `${d}/${name}`;
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.html')) {
				const el = new JSDOM(readFileSync(p, 'utf8')).window.document.querySelector(
					'[data-testid=narration-text]'
				);
				if (el) out.set(p.slice(dir.length), el.innerHTML);
			}
		}
	};
	walk(dir.replace(/\/$/, ''));
	return out;
}

function comparePages(oldDir: string, newDir: string): number {
	const a = narrations(oldDir);
	const b = narrations(newDir);
	const differ = [...new Set([...a.keys(), ...b.keys()])].filter(
		(p) => a.get(p) === undefined || b.get(p) === undefined || dom(a.get(p)!) !== dom(b.get(p)!)
	);
	console.log(
		`${a.size} pages with narration before, ${b.size} after: ${differ.length} with a different DOM`
	);
	for (const d of differ) console.log(`  differs: ${d}`);
	return differ.length ? 1 : 0;
}

const [mode, path, other] = process.argv.slice(2);
if (mode === 'dump' && path) {
	writeFileSync(path, JSON.stringify(render(), null, 1));
	console.log(`wrote ${path}`);
} else if (mode === 'compare' && path) {
	const before = JSON.parse(readFileSync(path, 'utf8')) as Dump;
	const now = render();
	let steps = 0;
	let identical = 0;
	let sameDom = 0;
	const differ: string[] = [];
	for (const f of new Set([...Object.keys(before), ...Object.keys(now)])) {
		const a = before[f] ?? [];
		const b = now[f] ?? [];
		for (let i = 0; i < Math.max(a.length, b.length); i++) {
			for (const part of ['title', 'html', 'notes'] as const) {
				steps++;
				const x = a[i]?.[part];
				const y = b[i]?.[part];
				if (x === y) identical++;
				else if (x !== undefined && y !== undefined && dom(x) === dom(y)) sameDom++;
				else differ.push(`${f} step ${i + 1} ${part}`);
			}
		}
	}
	console.log(
		`${steps} parts (title, narration, notes of each step): ${identical} byte-identical, ${sameDom} same DOM after re-serialising, ${differ.length} different`
	);
	for (const d of differ) console.log(`  differs: ${d}`);
	process.exitCode = differ.length ? 1 : 0;
} else if (mode === 'pages' && path && other) {
	process.exitCode = comparePages(path, other);
} else {
	console.error(
		'usage: tsx scripts/lesson-html.ts dump|compare FILE.json, or pages OLD_BUILD NEW_BUILD'
	);
	process.exitCode = 2;
}
