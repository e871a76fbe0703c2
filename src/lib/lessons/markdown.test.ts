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

	it('throws on broken math', () => {
		expect(() => renderMarkdown('$\\frac{1}{$')).toThrow();
	});
});
