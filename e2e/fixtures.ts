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

/** A screenshot saved under screenshots/ for a person to look at. */
export async function shoot(page: Page, name: string): Promise<void> {
	await page.waitForTimeout(1100);
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
