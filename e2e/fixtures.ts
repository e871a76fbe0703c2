import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Every test fails if the page logs an error or throws: "no console errors anywhere". */
export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens a path and waits for hydration (prerendered HTML is visible before it is live). */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForSelector('html[data-hydrated]');
}

/** Sets the theme and lecture mode before the page loads. */
export async function usePrefs(
	page: Page,
	prefs: { theme?: 'light' | 'dark'; lecture?: boolean }
): Promise<void> {
	await page.addInitScript(
		(p) => localStorage.setItem('peerscope:prefs', JSON.stringify({ scaleIndex: 2, ...p })),
		prefs
	);
}

/** Fails on serious or critical accessibility violations (axe-core). */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')})`
		);
	expect(serious, 'serious accessibility violations').toEqual([]);
}

/** Waits until the playground's address shows what is on screen (it follows a moment later). */
export async function linkUpdated(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const want = document.querySelector<HTMLElement>('[data-url]')?.dataset.url;
		return !!want && location.pathname + location.search === want;
	});
}

/**
 * Waits until nothing moves on the stage: no CSS animation is running and the drawing (its SVG
 * and every canvas) is the same over two animation frames.
 */
export async function still(page: Page): Promise<void> {
	await page.waitForFunction(
		() => document.getAnimations().every((a) => a.playState !== 'running'),
		null,
		{ timeout: 15_000 }
	);
	const look = () =>
		page.evaluate(async () => {
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const stage = document.querySelector('[data-testid=stage]');
			if (!stage) return '';
			const canvases = [...stage.querySelectorAll('canvas')].map((c) => c.toDataURL().length);
			return `${stage.innerHTML.length}:${stage.innerHTML}|${canvases.join(',')}`;
		});
	let before = await look();
	for (let i = 0; i < 100; i++) {
		const now = await look();
		if (now === before) return;
		before = now;
	}
	throw new Error('the stage kept moving');
}

/** A screenshot saved under screenshots/ for a person to look at, once the stage is still. */
export async function shoot(page: Page, name: string): Promise<void> {
	await still(page);
	await page.screenshot({ path: `screenshots/${name}.png` });
}

/**
 * The on-screen picture of the stage, as a string that changes when anything drawn changes.
 * Transient decorations of a forward step (the pulse around a new node) are left out: they are
 * motion, not state.
 */
export async function picture(page: Page): Promise<string> {
	return page
		.locator('[data-testid=stage] svg')
		.first()
		.evaluate((svg) => {
			const copy = svg.cloneNode(true) as SVGElement;
			copy.querySelectorAll('.pulse').forEach((e) => e.remove());
			copy.querySelectorAll('.fresh').forEach((e) => e.classList.remove('fresh'));
			return copy.innerHTML.replaceAll('<!---->', '');
		});
}

/** Where a lesson is: "Step s of n", and the presses done in the step ("d/t") when it has any. */
export async function lessonPosition(page: Page): Promise<string> {
	// Read in one go: between a count and a read, a step change can remove the presses counter, and
	// a read of a removed element waits for it to come back (it never does on an action-less step).
	return page.evaluate(() => {
		const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
		return `${text('lesson-progress')} ${text('presses')}`.trim();
	});
}

/** Presses `key` in a lesson and waits until the lesson has moved on (a press, a reveal, a step). */
export async function pressOn(page: Page, key = 'ArrowRight'): Promise<string> {
	const before = await lessonPosition(page);
	await page.keyboard.press(key);
	await expect
		.poll(() => lessonPosition(page), {
			message: `${key} moves the lesson on`,
			// A new step replays the lesson up to it (whole gossip rounds): slow on a busy machine.
			timeout: 20_000
		})
		.not.toBe(before);
	return lessonPosition(page);
}
