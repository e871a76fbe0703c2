import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';

/**
 * The HTML a lesson may show: what Markdown produces (emphasis, code, lists and task lists, tables,
 * links, images, quotes, headings), a few inline tags a lecturer may type (`<sub>`, `<sup>`, `<kbd>`),
 * and KaTeX's output (HTML spans, MathML, and the SVG of stretchy symbols). Everything else is dropped.
 */
// prettier-ignore
export const LESSON_TAGS: readonly string[] = [
	// Markdown
	'a', 'blockquote', 'br', 'code', 'del', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
	'img', 'input', 'li', 'ol', 'p', 'pre', 'span', 'strong', 'table', 'tbody', 'td', 'th', 'thead',
	'tr', 'ul', 'sub', 'sup', 'kbd',
	// KaTeX: MathML
	'math', 'semantics', 'annotation', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'msub',
	'msup', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'mpadded', 'mphantom', 'menclose',
	'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd',
	// KaTeX: SVG
	'svg', 'path', 'line'
];

/** The attributes those tags may carry; event handlers, `id`, `name` and `data-*` are never among them. */
// prettier-ignore
export const LESSON_ATTRS: readonly string[] = [
	// Markdown
	'href', 'title', 'src', 'alt', 'class', 'align', 'start', 'type', 'checked', 'disabled',
	// KaTeX
	'style', 'aria-hidden', 'xmlns', 'display', 'encoding', 'mathvariant', 'stretchy', 'fence',
	'separator', 'lspace', 'rspace', 'width', 'height', 'depth', 'voffset', 'accent', 'accentunder',
	'linethickness', 'columnalign', 'rowalign', 'columnspacing', 'rowspacing', 'columnlines',
	'rowlines', 'frame', 'scriptlevel', 'displaystyle', 'minsize', 'maxsize', 'symmetric', 'largeop',
	'movablelimits', 'notation', 'mathcolor', 'mathbackground', 'mathsize',
	'viewbox', 'preserveaspectratio', 'd', 'x1', 'y1', 'x2', 'y2', 'stroke-width'
];

/**
 * The CSS properties KaTeX writes into `style` attributes (its `cssStyleToString`); a declaration
 * of any other property, or with a value that is not a plain length, colour or keyword, is dropped,
 * so a lesson cannot lay a fixed box over the page or load an image from elsewhere.
 */
// prettier-ignore
const KATEX_STYLES = new Set([
	'background-color', 'border', 'border-bottom-width', 'border-color', 'border-right-style',
	'border-right-width', 'border-style', 'border-top-width', 'border-width', 'bottom', 'color',
	'height', 'left', 'margin', 'margin-left', 'margin-right', 'margin-top', 'min-width',
	'padding-left', 'position', 'text-shadow', 'top', 'vertical-align', 'width'
]);
const PLAIN_VALUE = /^(?:[-\w.#%\s]+|calc\([-\w.%\s+*/]+\))$/;

/**
 * Link and image targets: http(s), and relative or in-page addresses (no scheme at all, as the URL
 * standard reads one: a letter, then letters, digits, `+`, `.` or `-`, then `:`).
 */
const SAFE_URL = /^(?:https?:|(?![a-z][a-z\d+.-]*:))/i;

const CONFIG: Config = {
	ALLOWED_TAGS: [...LESSON_TAGS],
	ALLOWED_ATTR: [...LESSON_ATTRS],
	ALLOWED_URI_REGEXP: SAFE_URL,
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	ALLOW_UNKNOWN_PROTOCOLS: false
};

function keptStyle(style: string): string {
	const declarations = style
		.split(';')
		.map((d) => d.trim())
		.filter((d) => d !== '');
	const kept = declarations.filter((d) => {
		const colon = d.indexOf(':');
		const property = d.slice(0, colon).trim().toLowerCase();
		const value = d.slice(colon + 1).trim();
		if (colon < 0 || !KATEX_STYLES.has(property) || !PLAIN_VALUE.test(value)) return false;
		return property !== 'position' || value === 'relative';
	});
	// Unchanged when every declaration stays, so KaTeX's output keeps its exact text.
	return kept.length === declarations.length ? style : kept.map((d) => `${d};`).join('');
}

/**
 * The window DOMPurify works in: the page's own in the browser; in Node (the build's prerendering,
 * unit tests) a jsdom window, loaded through `process.getBuiltinModule` so that jsdom is never
 * bundled into the browser's code.
 */
function domWindow(): WindowLike {
	if (typeof window !== 'undefined') return window;
	const { createRequire } = process.getBuiltinModule('node:module');
	const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
	return new JSDOM('').window;
}

let purifier: DOMPurify | null = null;

function lessonPurifier(): DOMPurify {
	if (purifier) return purifier;
	const p = createDOMPurify(domWindow());
	p.addHook('uponSanitizeAttribute', (node, data) => {
		// DOMPurify lets an image's src or href be any data: address; keep only a picture's src.
		if (/^(src|href|xlink:href)$/.test(data.attrName) && /^\s*data:/i.test(data.attrValue))
			data.keepAttr =
				node.nodeName.toLowerCase() === 'img' &&
				data.attrName === 'src' &&
				/^data:image\//i.test(data.attrValue);
		if (data.attrName === 'style') {
			data.attrValue = keptStyle(data.attrValue);
			if (data.attrValue === '') data.keepAttr = false;
		}
	});
	p.addHook('afterSanitizeAttributes', (node) => {
		// Markdown's task lists are the one use of <input>: a checkbox that cannot be changed.
		if (node.nodeName.toLowerCase() !== 'input') return;
		if (node.getAttribute('type')?.toLowerCase() === 'checkbox') node.setAttribute('disabled', '');
		else node.remove();
	});
	purifier = p;
	return p;
}

/**
 * Lesson HTML made inert: only {@link LESSON_TAGS} with {@link LESSON_ATTRS}, no event handlers or
 * scripts, links and images only to http(s), relative or in-page addresses (DOMPurify). Used where
 * the Markdown is rendered and again wherever lesson HTML is shown, since a lesson tried on
 * /lessons/try comes from someone else and the presenter window's messages from another window.
 */
export function sanitizeLessonHtml(html: string): string {
	if (typeof html !== 'string' || html === '') return '';
	return lessonPurifier().sanitize(html, CONFIG) as string;
}
