import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders Markdown with inline and display math', () => {
		const html = renderMarkdown(
			'About $\\log_{16} N$ hops, **not** $N$.\n\n$$\n(2^b-1)\\lceil \\log_{2^b} N \\rceil\n$$\n'
		);
		expect(html).toContain('<strong>not</strong>');
		expect(html).toContain('class="katex"');
		expect(html).toContain('<div class="math-display"><span class="katex-display">');
		expect(html.match(/class="katex"/g)?.length).toBe(3);
	});

	it('leaves dollar amounts alone', () => {
		expect(renderMarkdown('It costs $5 and $10.')).not.toContain('katex');
	});

	it('shows raw HTML as text, except bare tags such as <sub> and <kbd>', () => {
		expect(renderMarkdown('H<sub>2</sub>O, press <kbd>P</kbd>.<br>')).toBe(
			'<p>H<sub>2</sub>O, press <kbd>P</kbd>.<br></p>\n'
		);
		expect(renderMarkdown('One <img src="x" onerror="alert(1)"> two <b>three</b>')).toBe(
			'<p>One &lt;img src="x" onerror="alert(1)"&gt; two &lt;b&gt;three&lt;/b&gt;</p>\n'
		);
		expect(renderMarkdown('<script>alert(1)</script>\n\nafter')).toBe(
			'&lt;script&gt;alert(1)&lt;/script&gt;<p>after</p>\n'
		);
		expect(renderMarkdown('<span style="color:red">x</span> <sub >y</sub >')).toBe(
			'<p>&lt;span style="color:red"&gt;x <sub>y</sub></p>\n'
		);
	});

	it('throws on broken math', () => {
		expect(() => renderMarkdown('$\\frac{1}{$')).toThrow();
	});
});
