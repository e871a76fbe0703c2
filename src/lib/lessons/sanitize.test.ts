import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';
import { LESSON_ATTRS, LESSON_TAGS, sanitizeLessonHtml } from './sanitize';

const { document } = new JSDOM('').window;
const parse = (html: string) => {
	const t = document.createElement('template');
	t.innerHTML = html;
	return t;
};
/** The DOM of an HTML text, serialised again: equal for two texts that build the same tree. */
const dom = (html: string) => parse(html).innerHTML;
/** The same, with each element's attributes in name order. */
function canonical(html: string): string {
	const t = parse(html);
	for (const el of t.content.querySelectorAll('*')) {
		const attrs = [...el.attributes].map((a) => [a.name, a.value] as const).sort();
		for (const [name] of attrs) el.removeAttribute(name);
		for (const [name, value] of attrs) el.setAttribute(name, value);
	}
	return t.innerHTML;
}

/** An address is safe when it has no scheme (relative, in-page) or is http(s), as a browser reads it. */
function safeUrl(tag: string, name: string, value: string): boolean {
	// The URL parser drops tabs and newlines anywhere, and control characters and spaces in front.
	let url = value.replace(/[\t\n\r]/g, '');
	while (url !== '' && url.charCodeAt(0) <= 0x20) url = url.slice(1);
	const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1].toLowerCase();
	if (tag === 'img' && name === 'src' && url.startsWith('data:image/')) return true;
	return scheme === undefined || scheme === 'http' || scheme === 'https';
}

/** Every way the sanitised HTML could still run script or leave the allow-list. */
function problems(html: string): string[] {
	const found: string[] = [];
	for (const el of parse(html).content.querySelectorAll('*')) {
		const tag = el.localName;
		if (!LESSON_TAGS.includes(tag)) found.push(`tag <${tag}>`);
		for (const a of el.attributes) {
			const name = a.name.toLowerCase();
			// DOMPurify empties an `is` it may not remove (it cannot be taken off a live element).
			if (!LESSON_ATTRS.includes(name) && !(name === 'is' && a.value === ''))
				found.push(`<${tag} ${name}>`);
			if (name.startsWith('on')) found.push(`handler ${name}`);
			if ((name === 'href' || name === 'src') && !safeUrl(tag, name, a.value))
				found.push(`${name}="${a.value}"`);
			if (name === 'style' && /url\(|expression|position:\s*(fixed|absolute)/i.test(a.value))
				found.push(`style="${a.value}"`);
		}
		if (tag === 'input' && (el.getAttribute('type') !== 'checkbox' || !el.hasAttribute('disabled')))
			found.push('an input that is not a disabled checkbox');
	}
	return found;
}

const ATTACKS: [source: string, text: string][] = [
	['<img src="x" onerror="window.pwned=1"> one', 'one'],
	['<script>window.pwned=1</script> two', 'two'],
	['<svg onload="window.pwned=1"><circle r="3"></circle></svg> three', 'three'],
	['<iframe src="javascript:window.pwned=1"></iframe> four', 'four'],
	['[five](javascript:window.pwned=1) [FIVE](JaVaScRiPt:alert(1))', 'five FIVE'],
	[
		'<a href=" java&#x09;script:alert(1)">six</a> <a href="&#106;avascript:alert(1)">6</a>',
		'six 6'
	],
	['<a href="vbscript:msgbox(1)">seven</a> [7](data:text/html,<script>alert(1)</script>)', 'seven'],
	['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
	[
		'<form action="https://x.org"><input type="text" autofocus onfocus="alert(1)">nine</form>',
		'nine'
	],
	[
		'<style>body{display:none}</style><link rel="stylesheet" href="https://x.org/a.css"> ten',
		'ten'
	],
	[
		'<span style="position:fixed;inset:0;background:url(https://x.org/t.png)">eleven</span>',
		'eleven'
	],
	['<details open ontoggle="alert(1)"><summary>twelve</summary></details>', 'twelve'],
	['<div id="presenter" name="cookie" data-x="1">thirteen</div>', 'thirteen'],
	[
		'<object data="x.swf"></object><embed src="x.swf"><base href="https://x.org/"> fourteen',
		'fourteen'
	],
	['$\\href{javascript:alert(1)}{x}$ fifteen', 'fifteen']
];

describe('sanitizeLessonHtml', () => {
	it.each(ATTACKS)('makes %j inert and keeps its text, as Markdown and as HTML', (source, text) => {
		for (const html of [renderMarkdown(source), sanitizeLessonHtml(source)]) {
			expect(problems(html)).toEqual([]);
			for (const word of text.split(' ')) expect(parse(html).content.textContent).toContain(word);
		}
	});

	it('keeps http(s), relative and in-page links and drops other schemes', () => {
		const html = renderMarkdown(
			'[a](https://x.org/p) [b](http://x.org) [c](/play/ring?nodes=5) [d](#top) [e](notes.md) [f](mailto:a@x.org) [g](tel:1)'
		);
		const hrefs = [...parse(html).content.querySelectorAll('a')].map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual([
			'https://x.org/p',
			'http://x.org',
			'/play/ring?nodes=5',
			'#top',
			'notes.md',
			null,
			null
		]);
	});

	it('keeps what Markdown makes: emphasis, code, lists, task lists, tables, quotes, images', () => {
		const source = [
			'# Title',
			'**bold** _em_ ~~del~~ `code` <sub>2</sub> <kbd>P</kbd>',
			'```js\nconst x = 1;\n```',
			'1. one\n2. two',
			'- [x] done\n- [ ] todo',
			'| a | b |\n|:-|-:|\n| 1 | 2 |',
			'> quoted',
			'![a picture](pic.png "its title")',
			'---'
		].join('\n\n');
		const html = renderMarkdown(source);
		expect(problems(html)).toEqual([]);
		for (const part of [
			'<h1>Title</h1>',
			'<strong>bold</strong> <em>em</em> <del>del</del> <code>code</code> <sub>2</sub> <kbd>P</kbd>',
			'<pre><code class="language-js">const x = 1;\n</code></pre>',
			'<ol>\n<li>one</li>',
			'<li><input checked="" disabled="" type="checkbox"> done</li>',
			'<th align="left">a</th>',
			'<blockquote>\n<p>quoted</p>\n</blockquote>',
			'<img src="pic.png" alt="a picture" title="its title">',
			'<hr>'
		])
			expect(html).toContain(part);
	});

	it('leaves KaTeX output exactly as KaTeX made it, SVG and MathML included', () => {
		const formulas = [
			'\\log_{16} N',
			'\\lceil \\log_{2^b} N \\rceil',
			'(2^b-1)\\lceil \\log_{2^b} N \\rceil + \\ell',
			'\\frac{a}{b} \\sqrt{2} \\sqrt[3]{x}',
			'\\overrightarrow{AB} \\widehat{xyz} \\overbrace{a+b}^{n} \\underbrace{c}_{m}',
			'\\cancel{x} \\bcancel{y} \\boxed{z} \\text{\\sout{w}}',
			'\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}',
			'\\begin{cases} a & x > 0 \\\\ b & \\text{otherwise} \\end{cases}',
			'\\begin{array}{c|c} a & b \\\\ \\hline c & d \\end{array}',
			'\\color{red}{r} \\colorbox{yellow}{y} \\fcolorbox{red}{blue}{f}',
			'\\sum_{i=1}^{n} i = \\binom{n+1}{2} \\quad \\int_0^1 x\\,dx',
			'\\xrightarrow[below]{above} \\not= \\phantom{x} \\hspace{1em} \\rule{1em}{0.5em}',
			'\\mathbb{R} \\mathcal{O}(\\log N) \\operatorname{hash}(k) \\vec{v} \\dots'
		];
		for (const tex of formulas)
			for (const displayMode of [false, true]) {
				const html = katex.renderToString(tex, { displayMode, output: 'htmlAndMathml' });
				expect(dom(sanitizeLessonHtml(html)), tex).toBe(dom(html));
			}
		// \stackrel and \overset: KaTeX's MathML nests <mover> in <mo> or <mi>, where HTML parsing
		// makes it an HTML element, not MathML. That broken screen-reader part is dropped; the math
		// on screen stays exactly as it was.
		const stackrel = katex.renderToString('\\stackrel{?}{=}', { output: 'htmlAndMathml' });
		const visible = (html: string) => parse(html).content.querySelector('.katex-html')?.outerHTML;
		expect(visible(sanitizeLessonHtml(stackrel))).toBe(visible(stackrel));
	});

	it('whatever HTML it is given, leaves only allowed tags, attributes and addresses, and shows the same sanitised twice', () => {
		const tag = fc.constantFrom(
			'a',
			'img',
			'svg',
			'math',
			'script',
			'iframe',
			'style',
			'span',
			'p',
			'input',
			'form',
			'object',
			'mtext',
			'mglyph',
			'annotation-xml',
			'foreignObject',
			'template',
			'noscript',
			'table',
			'td',
			'select',
			'textarea',
			'title',
			'xmp',
			'use',
			'animate',
			'set',
			'base'
		);
		const attr = fc.constantFrom(
			'onerror',
			'onload',
			'onclick',
			'href',
			'src',
			'xlink:href',
			'style',
			'id',
			'name',
			'class',
			'type',
			'srcdoc',
			'action',
			'formaction',
			'attributeName',
			'values',
			'to',
			'encoding',
			'data-x',
			'is'
		);
		const value = fc.oneof(
			fc.constantFrom(
				'javascript:window.pwned=1',
				' JAVASCRIPT:alert(1)',
				'java\tscript:x',
				'data:text/html,x',
				'https://x.org',
				'/ok',
				'#in',
				'alert(1)',
				'text/html',
				'checkbox',
				'position:fixed;top:0',
				'height:1em;background:url(//x.org/a)',
				'"><img src=x onerror=alert(1)>'
			),
			fc.string({ maxLength: 12 })
		);
		const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
			node: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				fc.string({ maxLength: 10 }),
				fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '</p>', '<', '&lt;script&gt;', '</style>'),
				fc
					.tuple(
						tag,
						fc.array(fc.tuple(attr, value), { maxLength: 3 }),
						fc.array(tie('node'), { maxLength: 3 })
					)
					.map(
						([t, attrs, kids]) =>
							`<${t}${attrs.map(([a, v]) => ` ${a}="${v.replaceAll('"', '&quot;')}"`).join('')}>${kids.join('')}</${t}>`
					)
			)
		})).node;
		fc.assert(
			fc.property(fc.array(element, { maxLength: 4 }), (parts) => {
				const html = sanitizeLessonHtml(parts.join(''));
				expect(problems(html)).toEqual([]);
				// Sanitised again (where it is shown), it builds the same page.
				expect(canonical(sanitizeLessonHtml(html))).toBe(canonical(html));
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 1000) }
		);
	});
});
