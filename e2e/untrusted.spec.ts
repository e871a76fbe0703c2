import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { test as plain, type Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * A lesson file as a colleague might send it, with every classic way to run script from HTML: each
 * payload would set window.__pwned and open a dialog. Its ordinary text (alpha, bravo…) must show.
 */
const HOSTILE = `---
title: Hostile
topic: Test
summary: A lesson file someone sent.
---

# Payloads everywhere

Plain text alpha. <img src="x" onerror="window.__pwned='img';alert('img')">
<script>window.__pwned='script';alert('script')</script>
<svg onload="window.__pwned='svg';alert('svg')"><circle r="3"></circle></svg> bravo
<iframe src="javascript:window.__pwned='iframe';alert('iframe')"></iframe>

A Markdown link: [click me](javascript:window.__pwned='link';alert('link'))

<!-- notes: Speaker note charlie <img src="x" onerror="window.__pwned='note';alert('note')"> <svg onload="window.__pwned='note-svg'"></svg> [note link](javascript:window.__pwned='note-link') -->

\`\`\`sim
model: ring
params: { nodes: 2, keys: 0 }
actions:
  - step: 1
\`\`\`

---

# Second step

Text delta <img src="x" onerror="window.__pwned='next';alert('next')"> <iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>

<!-- echo <svg><animate onbegin="window.__pwned='animate'" attributeName="x" dur="1s"></animate></svg> -->

\`\`\`sim
actions:
  - step: 1
\`\`\`
`;

/** Records what a payload would leave behind: dialogs, the global flag, CSP violations. */
async function watch(page: Page): Promise<{ dialogs: string[] }> {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`)
		);
	});
	// The payloads' image: a broken picture (so an onerror would fire), not a 404 in the console.
	await page.route('**/x', (route) =>
		route.fulfill({ status: 200, contentType: 'image/png', body: 'not a png' })
	);
	return { dialogs };
}

/**
 * Chromium checks each inline handler against the CSP, and blocks it, as soon as it is parsed, even
 * in DOMPurify's inert document: raw HTML that reaches the sanitiser in the browser (not through
 * the Markdown renderer, which escapes it) logs this.
 */
const PARSED_HANDLER =
	/^Executing inline event handler violates the following Content Security Policy directive .* The action has been blocked\.$/;

/**
 * Nothing ran: no flag, no dialog, and nothing needed the CSP to stop it, unless `parsedHandlers`
 * (raw HTML handed to the sanitiser directly): then only inline handlers the CSP refused to compile.
 */
async function expectInert(page: Page, dialogs: string[], parsedHandlers = false): Promise<void> {
	await page.waitForTimeout(300);
	const left = await page.evaluate(() => {
		const w = window as unknown as { __pwned?: string; __violations: string[] };
		return { pwned: w.__pwned ?? null, violations: w.__violations };
	});
	expect(left.pwned).toBeNull();
	if (parsedHandlers) for (const v of left.violations) expect(v).toBe('script-src-attr inline');
	else expect(left.violations).toEqual([]);
	expect(dialogs).toEqual([]);
}

async function tryLesson(page: Page, source: string): Promise<void> {
	await open(page, '/lessons/try');
	await page.locator('#lesson-file').setInputFiles({
		name: 'hostile.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(source)
	});
	await expect(page.getByTestId('lesson-progress')).toHaveText('Step 1 of 2');
}

test.describe('untrusted lesson files', () => {
	test('a hostile lesson runs no script on /lessons/try or in the presenter window; its text shows', async ({
		page,
		context
	}) => {
		const projected = await watch(page);
		await tryLesson(page, HOSTILE);
		const narration = page.getByTestId('narration-text');
		await expect(narration).toContainText('Plain text alpha.');
		await expect(narration).toContainText('bravo');
		// The links stay links (their text shows) but lose their javascript: target.
		await narration.locator('a', { hasText: 'click me' }).click();
		await expect(narration.locator('a[href]')).toHaveCount(0);
		await expectInert(page, projected.dialogs);
		// The raw HTML is shown as the text it is, never as elements.
		await expect(narration).toContainText(`<script>window.__pwned='script'`);
		await expect(narration.locator('img, svg, iframe, script')).toHaveCount(0);

		const presenter = await context.newPage();
		const presenting = await watch(presenter);
		await open(presenter, '/presenter');
		await expect(presenter.getByTestId('presenter-step')).toHaveText(
			'Step 1 of 2: Payloads everywhere'
		);
		const notes = presenter.getByTestId('presenter-notes');
		await expect(notes).toContainText('Speaker note charlie');
		await notes.locator('a', { hasText: 'note link' }).click();
		await expect(notes.locator('a[href]')).toHaveCount(0);
		await expect(presenter.locator('.preview')).toContainText('Text delta');
		await expectInert(presenter, presenting.dialogs);

		// The presenter drives the projected window into step 2: its narration and notes, inert too.
		await presenter.getByRole('button', { name: 'Next →' }).click();
		await presenter.getByRole('button', { name: 'Next →' }).click();
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 2 of 2');
		await expect(narration).toContainText('Text delta');
		await expect(notes).toContainText('echo');
		await expectInert(page, projected.dialogs);
		await expectInert(presenter, presenting.dialogs);
	});

	test('a lesson restored from sessionStorage, and a forged presenter message, are sanitised where shown', async ({
		page,
		context,
		consoleErrors
	}) => {
		const { dialogs } = await watch(page);
		await tryLesson(page, HOSTILE);
		// What an older PeerScope (or anything else) may have left in sessionStorage: raw HTML.
		await page.evaluate(() => {
			const key = 'peerscope:try-lesson';
			const lesson = JSON.parse(sessionStorage.getItem(key) as string);
			lesson.steps[0].html = `<p>kept foxtrot</p><img src="x" onerror="window.__pwned='stored'">`;
			sessionStorage.setItem(key, JSON.stringify(lesson));
		});
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('narration-text')).toContainText('kept foxtrot');
		await expectInert(page, dialogs, true);
		await expect(page.getByTestId('narration-text').locator('img')).not.toHaveAttribute(
			'onerror',
			/./
		);
		// Those refusals are the only console errors (the fixture checks the rest).
		const others = consoleErrors.filter((m) => !PARSED_HANDLER.test(m));
		consoleErrors.splice(0, consoleErrors.length, ...others);

		const presenter = await context.newPage();
		const presenting = await watch(presenter);
		await open(presenter, '/presenter');
		await expect(presenter.getByTestId('presenter-step')).toHaveText(
			'Step 1 of 2: Payloads everywhere'
		);
		// Any page of the origin can post on the channel: the presenter sanitises what arrives.
		await page.evaluate(() => {
			const channel = new BroadcastChannel('peerscope-presenter');
			channel.postMessage({
				type: 'state',
				lesson: 'Forged',
				slug: 'forged',
				step: 1,
				steps: 1,
				title: 'Forged golf',
				notes: `<p>golf</p><img src="x" onerror="window.__pwned='channel';alert(1)">`,
				press: 0,
				presses: 0,
				revealed: false,
				next: { title: 'n', html: `<svg onload="window.__pwned='channel-next'"></svg>hotel` }
			});
			channel.close();
		});
		await expect(presenter.getByTestId('presenter-step')).toHaveText('Step 1 of 1: Forged golf');
		await expect(presenter.getByTestId('presenter-notes')).toContainText('golf');
		await expect(presenter.locator('.preview')).toContainText('hotel');
		await expectInert(presenter, presenting.dialogs, true);
		await expect(presenter.locator('[data-testid=presenter-notes] img')).not.toHaveAttribute(
			'onerror',
			/./
		);
	});
});

/** The built pages, as a static host serves them. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = `${dir}/${name}`;
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

test.describe('Content-Security-Policy', () => {
	test('build/index.html, the 404.html shell and every prerendered page carry one, with every inline script hashed', () => {
		const files = htmlFiles('build');
		expect(files).toContain('build/index.html');
		expect(files).toContain('build/404.html');
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(
				html
			)?.[1];
			expect(policy, file).toBeDefined();
			const directives = new Map(
				(policy as string).split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)])
			);
			const scripts = directives.get('script-src') ?? [];
			expect(scripts, file).not.toContain("'unsafe-inline'");
			expect(scripts, file).not.toContain("'unsafe-eval'");
			expect(directives.get('default-src'), file).toEqual(["'self'"]);
			expect(directives.get('object-src'), file).toEqual(["'none'"]);
			// No other origin anywhere: every source is a keyword, a hash or data:.
			for (const [name, sources] of directives)
				for (const s of sources)
					expect(`${name} ${s}`, file).toMatch(/ ('[a-z-]+'|'sha256-[\w+/=]+'|data:)$/);
			// The CSP comes before the first script, and each inline script's hash is allowed.
			expect(html.indexOf('content-security-policy'), file).toBeLessThan(html.indexOf('<script'));
			for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
				const hash = createHash('sha256').update(body).digest('base64');
				expect(scripts, file).toContain(`'sha256-${hash}'`);
			}
		}
	});

	test('the SPA fallback (404.html) served for a path with no page carries it too', async ({
		page
	}) => {
		const response = await page.goto('/play/no-such-model');
		expect(await response?.text()).toBe(readFileSync('build/404.html', 'utf8'));
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
	});
});

// Outside the console-error fixture: this test provokes CSP violations on purpose.
plain(
	'the CSP alone stops an inline handler, an inline script and eval that got past the sanitiser',
	async ({ page }) => {
		// A script of the site's own origin that tries eval and new Function.
		await page.route('**/csp-probe.js', (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				body: `for (const run of [() => eval("window.__pwned='eval'"), () => new Function("window.__pwned='function'")()])
				try { run(); } catch { window.__refused = (window.__refused ?? 0) + 1; }`
			})
		);
		await open(page, '/');
		const outcome = await page.evaluate(async () => {
			const w = window as unknown as { __pwned?: string; __refused?: number };
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				violations.push(e.effectiveDirective)
			);
			const div = document.createElement('div');
			div.innerHTML = `<img src="data:," onerror="window.__pwned='handler'">`;
			document.body.append(div);
			const inline = document.createElement('script');
			inline.textContent = "window.__pwned='inline'";
			document.body.append(inline);
			const probe = document.createElement('script');
			probe.src = '/csp-probe.js';
			await new Promise((resolve) => {
				probe.onload = resolve;
				document.body.append(probe);
			});
			await new Promise((r) => setTimeout(r, 300));
			return {
				pwned: w.__pwned ?? null,
				refused: w.__refused,
				violations: [...new Set(violations)].sort()
			};
		});
		expect(outcome).toEqual({
			pwned: null,
			refused: 2,
			violations: ['script-src', 'script-src-attr', 'script-src-elem']
		});
	}
);
