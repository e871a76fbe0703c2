import katex from 'katex';
import { Marked, type TokenizerAndRendererExtension } from 'marked';
import { sanitizeLessonHtml } from './sanitize';

function math(tex: string, displayMode: boolean): string {
	return katex.renderToString(tex, { displayMode, throwOnError: true, output: 'htmlAndMathml' });
}

const blockMath: TokenizerAndRendererExtension = {
	name: 'blockMath',
	level: 'block',
	start: (src) => src.indexOf('$$'),
	tokenizer(src) {
		const m = /^\$\$([\s\S]+?)\$\$(?:\n|$)/.exec(src);
		if (m) return { type: 'blockMath', raw: m[0], text: m[1].trim() };
	},
	renderer: (token) => `<div class="math-display">${math(token.text as string, true)}</div>\n`
};

const inlineMath: TokenizerAndRendererExtension = {
	name: 'inlineMath',
	level: 'inline',
	start: (src) => src.indexOf('$'),
	tokenizer(src) {
		const m = /^\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
		if (m) return { type: 'inlineMath', raw: m[0], text: m[1] };
	},
	renderer: (token) => math(token.text as string, false)
};

const marked = new Marked({ gfm: true, breaks: false, extensions: [blockMath, inlineMath] });

/**
 * Lesson Markdown to HTML, with `$…$` and `$$…$$` typeset by KaTeX at build time (so no math
 * library ships to the browser), then sanitised ({@link sanitizeLessonHtml}): raw HTML outside the
 * lesson allow-list, event handlers and `javascript:` links are dropped. Throws KaTeX's ParseError
 * on bad math; the caller adds the line.
 */
export function renderMarkdown(source: string): string {
	return sanitizeLessonHtml(marked.parse(source, { async: false }));
}
