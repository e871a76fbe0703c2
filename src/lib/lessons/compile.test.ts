import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLesson, slugOf } from './compile';
import { LessonError } from './types';

const lesson = (steps: string, front = 'title: T\ntopic: X\nsummary: S') =>
	`---\n${front}\n---\n${steps}`;

const ok = lesson(`
# First

Text with $N$.

\`\`\`sim
model: ring
params: { digits: 4, nodes: 3, keys: 0 }
seed: s
actions:
  - step: 3
  - add-key: { name: a }
question: { ask: Where?, answer: There. }
\`\`\`

<!-- notes: say hello -->

---

# Second

\`\`\`sim
actions:
  - add-node: 0abc
highlight: [0abc]
\`\`\`
`);

describe('compileLesson', () => {
	it('reads steps, narration, notes, questions and inherited scenarios', () => {
		const l = compileLesson('lessons/07-demo.md', ok);
		expect(l.slug).toBe('demo');
		expect(l.outline).toEqual([]);
		expect(l.steps.map((s) => s.title)).toEqual(['First', 'Second']);
		expect(l.steps[0].html).toContain('class="katex"');
		expect(l.steps[0].notes).toContain('say hello');
		expect(l.steps[0].sim).toMatchObject({
			model: 'ring',
			seed: 's',
			fresh: true,
			params: { digits: 4, nodes: 3, keys: 0 }
		});
		expect(l.steps[0].sim.actions).toEqual([
			{ kind: 'step', count: 3, line: 16 },
			{
				kind: 'command',
				command: { type: 'add-key', name: 'a' },
				label: 'add-key {"name":"a"}',
				line: 17
			}
		]);
		expect(l.steps[1].sim).toMatchObject({ model: 'ring', fresh: false, highlight: ['0abc'] });
		expect(l.steps[0].line).toBe(7);
		expect(l.steps[1].line).toBe(25);
	});

	it.each([
		['no front block', '# Hi', 'lessons/x.md:1: expected the lesson to start with a front block'],
		[
			'a front field missing',
			lesson('# A\n```sim\nmodel: ring\n```', 'title: T\ntopic: X'),
			'lessons/x.md:2: front block at "summary"'
		],
		[
			'an unknown model',
			lesson('# A\n```sim\nmodel: chord\n```'),
			'lessons/x.md:8: unknown model "chord"; expected one of ring'
		],
		[
			'a parameter out of range',
			lesson('# A\n```sim\nmodel: ring\nparams:\n  nodes: 9999\n```'),
			'lessons/x.md:10: Nodes must be a whole number from 0 to 512, got "9999"'
		],
		[
			'an unknown parameter',
			lesson('# A\n```sim\nmodel: ring\nparams: { fingers: 3 }\n```'),
			'ring has no parameter "fingers"'
		],
		[
			'an id with a bad digit',
			lesson('# A\n```sim\nmodel: ring\nactions:\n  - step\n  - add-node: d46g1c\n```'),
			'lessons/x.md:11: action 2: "d46g1c" is not an id: "g" is not one of the hexadecimal digits'
		],
		[
			'an action the model refuses',
			lesson(
				'# A\n```sim\nmodel: ring\nparams: { nodes: 0 }\nactions:\n  - add-node: 000001\n  - add-node: 000001\n```'
			),
			'lessons/x.md:12: action 2 (add-node 000001) is refused: node 000001 is already in the ring'
		],
		['bad YAML', lesson('# A\n```sim\nmodel: ring\nactions: [\n```'), 'lessons/x.md:9: YAML:'],
		[
			'a step without a heading',
			lesson('text\n```sim\nmodel: ring\n```'),
			'expected the step to start with a heading'
		],
		[
			'an unknown key in a sim block',
			lesson('# A\n```sim\nmodel: ring\nspeed: 3\n```'),
			'sim block: Unrecognized key: "speed"'
		],
		[
			'broken math',
			lesson('# A $\\frac{1}{$\n```sim\nmodel: ring\n```'),
			'lessons/x.md:6: narration: KaTeX parse error'
		],
		['an unclosed sim block', lesson('# A\n```sim\nmodel: ring\n'), 'is never closed'],
		[
			'an outline topic the lecture does not have',
			lesson('# A\n```sim\nmodel: ring\n```', 'title: T\ntopic: X\nsummary: S\noutline: [Chord]'),
			'lessons/x.md:5: "Chord" is not a topic of the lecture outline'
		],
		[
			'an outline topic pointing past the last step',
			lesson(
				'# A\n```sim\nmodel: ring\n```',
				'title: T\ntopic: X\nsummary: S\noutline: { Mapping: 3 }'
			),
			'outline topic "Mapping" points to step 3; the lesson has steps 1 to 1'
		]
	])('refuses %s, naming the file and line', (_, source, message) => {
		expect(() => compileLesson('lessons/x.md', source)).toThrow(LessonError);
		expect(() => compileLesson('lessons/x.md', source)).toThrow(message);
	});

	it('fills placeholders from the state each step ends in', () => {
		const l = compileLesson(
			'lessons/x.md',
			lesson(`
# {{nodes}} nodes

Now {{nodes:word}} nodes and {{keys}} keys; the last key went to {{root}}.

\`\`\`sim
model: ring
params: { digits: 4, nodes: 3, keys: 0 }
seed: s
actions:
  - step: 3
  - add-key: 0abc
question: { ask: Where?, answer: 'At {{root}}.' }
\`\`\`

<!-- {{keys:Word}} key. -->

---

# Then

{{moved:Word}} keys moved.

\`\`\`sim
actions:
  - add-node: 0abd
\`\`\`
`)
		);
		const [first, second] = l.steps;
		expect(first.title).toBe('3 nodes');
		expect(first.html).toMatch(/Now three nodes and 1 keys; the last key went to [0-9a-f]{4}\./);
		const root = /went to ([0-9a-f]{4})/.exec(first.html)?.[1];
		expect(first.sim.question?.answer).toBe(`At ${root}.`);
		expect(first.notes).toContain('One key.');
		// 0abd is the closest node to key 0abc, so the key moves to it.
		expect(second.html).toContain('One keys moved.');
	});

	it("names an unknown fact with the step's line and the facts it offers", () => {
		const source = lesson('# A\n\n{{hops}}\n\n```sim\nmodel: ring\n```');
		expect(() => compileLesson('lessons/x.md', source)).toThrow(
			/lessons\/x\.md:8: narration: unknown fact "\{\{hops\}\}"; this step offers keys, moved/
		);
	});

	it('reads an earlier name of a parameter as the parameter (view for viewSize)', () => {
		const file = (params: string) =>
			lesson(`\n# One\n\n\`\`\`sim\nmodel: gossip\nparams: ${params}\n\`\`\`\n`);
		const old = compileLesson('lessons/08-views.md', file('{ nodes: 12, view: 3 }'));
		const now = compileLesson('lessons/08-views.md', file('{ nodes: 12, viewSize: 3 }'));
		expect(old.steps[0].sim.params).toEqual(now.steps[0].sim.params);
		expect(now.steps[0].sim.params).toMatchObject({ viewSize: 3 });
		expect(now.steps[0].sim.params).not.toHaveProperty('view');
	});

	it('compiles and dry-runs every lesson in the repository', () => {
		const files = readdirSync('lessons').filter((f) => f.endsWith('.md'));
		expect(files.length).toBeGreaterThan(0);
		const lessons = files.map((f) =>
			compileLesson(`lessons/${f}`, readFileSync(`lessons/${f}`, 'utf8'))
		);
		const slugs = new Set(lessons.map((l) => l.slug));
		for (const [i, l] of lessons.entries()) {
			expect(l.slug).toBe(slugOf(files[i]));
			expect(l.steps.length).toBeGreaterThan(1);
			// Links between lessons point to lessons that exist.
			for (const step of l.steps)
				for (const [, slug] of step.html.matchAll(/href="\/lessons\/([\w-]+)/g))
					expect(slugs, `${l.file}: /lessons/${slug}`).toContain(slug);
		}
	});
});
