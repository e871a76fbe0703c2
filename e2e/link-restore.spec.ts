import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * A link restores the picture exactly: for every playground, a state reached by keyboard, its link
 * (the URL follows the picture) opened in a fresh browser with reduced motion at 1280×720, and the
 * stage's pixels compared byte for byte. The fresh page is shot as soon as its picture is drawn (no
 * waiting for motion: with reduced motion the final frame comes at once).
 */

const CASES: { model: string; path: string; keys: string[]; drawn: string }[] = [
	{ model: 'ring', path: '/play/ring', keys: ['ArrowRight*14'], drawn: '.nodes .node' },
	{
		model: 'pastry',
		path: '/play/pastry',
		keys: ['ArrowRight*4'],
		drawn: '.route path'
	},
	{
		model: 'gossip',
		path: '/play/gossip?nodes=60&view=6',
		keys: ['n*3', 'ArrowRight*2'],
		drawn: '[data-testid=gossip-graph] circle.node'
	},
	{
		model: 'gossip at 1,000 nodes (canvas)',
		path: '/play/gossip?nodes=1000&view=20&show=graph',
		keys: ['n*2'],
		drawn: '[data-testid=gossip-graph]:not([data-pending]) canvas[data-nodes="1000"]'
	},
	{
		model: 'search',
		path: '/play/search?seed=flood',
		keys: ['ArrowRight*3'],
		drawn: '[data-testid=search-graph] .reached'
	}
];

/** Presses keys written as "Key*times". */
async function press(page: Page, keys: readonly string[]): Promise<void> {
	for (const spec of keys) {
		const [key, times] = spec.split('*');
		for (let i = 0; i < Number(times ?? 1); i++) await page.keyboard.press(key);
	}
}

/** The element's pixels once two screenshots in a row agree (every animation has ended). */
async function settled(stage: Locator): Promise<Buffer> {
	let last = await stage.screenshot({ animations: 'allow' });
	for (let i = 0; i < 40; i++) {
		await stage.page().waitForTimeout(150);
		const shot = await stage.screenshot({ animations: 'allow' });
		if (shot.equals(last)) return shot;
		last = shot;
	}
	throw new Error('the picture never stopped moving');
}

/**
 * Waits until the page has drawn: fonts loaded and two animation frames after `drawn` shows. A
 * 1,000-node layout comes from a worker: on a busy machine that can take several seconds.
 */
async function drawn(page: Page, selector: string): Promise<void> {
	await expect(page.locator(selector).first()).toBeVisible({ timeout: 30_000 });
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	});
}

for (const c of CASES) {
	test(`${c.model}: the link shows the same pixels in a fresh browser with reduced motion`, async ({
		page,
		browser
	}) => {
		test.setTimeout(90_000);
		await open(page, c.path);
		await expect(page.getByTestId('stage')).not.toContainText('Loading');
		const before = page.url();
		await press(page, c.keys);
		await expect(page).not.toHaveURL(before);
		await drawn(page, c.drawn);
		// The URL follows the picture shortly after each step.
		await expect
			.poll(async () => page.url(), { timeout: 5_000 })
			.toContain(`step=${await page.getByTestId('step').textContent()}`);
		await page.mouse.move(0, 0);
		const stage = page.getByTestId('stage');
		await settled(stage);
		// One full repaint, as the fresh page gets: Chrome's incremental repaints while stepping can
		// anti-alias a few border pixels differently from a full paint of the same page.
		await page.setViewportSize({ width: 1281, height: 720 });
		await page.setViewportSize({ width: 1280, height: 720 });
		// A resize repaints only what moved: hiding the page for a frame repaints all of it (an SVG
		// attribute animation, such as a joined node's pulse, leaves tiles rastered piecemeal).
		await page.evaluate(async () => {
			const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
			document.documentElement.style.visibility = 'hidden';
			await frame();
			await frame();
			document.documentElement.style.visibility = '';
			await frame();
		});
		const reference = await settled(stage);
		const link = page.url();

		const context = await browser.newContext({
			viewport: { width: 1280, height: 720 },
			reducedMotion: 'reduce'
		});
		const fresh = await context.newPage();
		const errors: string[] = [];
		fresh.on('pageerror', (e) => errors.push(e.message));
		fresh.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await open(fresh, link);
		await drawn(fresh, c.drawn);
		await expect(fresh.getByTestId('step')).toHaveText(
			(await page.getByTestId('step').textContent()) ?? ''
		);
		const restored = await fresh.getByTestId('stage').screenshot({ animations: 'allow' });
		await context.close();
		expect(errors).toEqual([]);
		expect(restored.length).toBeGreaterThan(1000);
		if (!restored.equals(reference)) {
			const { writeFileSync } = await import('node:fs');
			writeFileSync(test.info().outputPath('original.png'), reference);
			writeFileSync(test.info().outputPath('restored.png'), restored);
		}
		expect(
			restored.equals(reference),
			`${c.model}: the restored stage differs from the original`
		).toBe(true);
	});
}
