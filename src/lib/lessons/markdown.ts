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

/** Tags a lesson may write as raw HTML, bare (no attributes: Markdown has links and images). */
// prettier-ignore
const RAW_TAGS = [
	'em', 'strong', 'code', 'del', 'sub', 'sup', 'kbd', 'br', 'hr', 'p', 'div', 'span', 'ul', 'ol',
	'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'pre', 'h[1-6]'
];
/** Every `<` of raw HTML that does not open or close one of {@link RAW_TAGS}, bare. */
const NOT_BARE_TAG = new RegExp(`<(?!/?(?:${RAW_TAGS.join('|')})\\s*/?>)`, 'gi');

const marked = new Marked({
	gfm: true,
	breaks: false,
	extensions: [blockMath, inlineMath],
	// Other raw HTML is shown as text: the lecturer sees what the file holds, and markup from a file
	// someone sent never reaches a DOM parser (Chromium reports every inline handler it parses
	// against the page's CSP, even in an inert document).
	renderer: { html: ({ text }) => text.replace(NOT_BARE_TAG, '&lt;') }
});

/**
 * Lesson Markdown to HTML, with `$…$` and `$$…$$` typeset by KaTeX at build time (so no math
 * library ships to the browser). Raw HTML other than a bare tag of {@link RAW_TAGS} is escaped
 * (shown as text); then the whole is sanitised ({@link sanitizeLessonHtml}): anything outside the
 * lesson allow-list, event handlers and `javascript:` links are dropped. Throws KaTeX's ParseError
 * on bad math; the caller adds the line.
 */
export function renderMarkdown(source: string): string {
	return sanitizeLessonHtml(marked.parse(source, { async: false }));
}
