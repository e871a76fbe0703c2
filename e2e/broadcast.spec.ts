import { expect, expectAccessible, linkUpdated, open, shoot, test, usePrefs } from './fixtures';

const informed = (page: import('@playwright/test').Page) =>
	page.locator('[data-testid=broadcast-stage] svg.layer').getAttribute('data-informed');

test.describe('broadcast playground', () => {
	// Every panel of the playground on screen at once (at 1280×720 the stage keeps some a tab away;
	// layout.spec.ts checks that screen).
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('rounds light the graph up and the curve ticks beside the theory; back is exact', async ({
		page
	}) => {
		await open(page, '/play/broadcast?nodes=100&seed=epidemic');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('narration')).toContainText('Round 1 starts: 1 node take a turn');
		await page.keyboard.press('n');
		await page.keyboard.press('n');
		await expect(page.getByTestId('round')).toHaveText('3');
		const curve = page.getByTestId('broadcast-curve');
		await expect(page.getByTestId('curve-round')).toHaveText('3');
		const atThree = await informed(page);
		expect(Number(atThree)).toBeGreaterThan(3);
		await expect(curve).toContainText(`${atThree} of 100 informed`);
		await expect(curve).toContainText('theory log2 N + ln N ≈ 11.2');
		await page.keyboard.press('n');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('n');
		await expect(page.getByTestId('round')).toHaveText('3');
		expect(await informed(page)).toBe(atThree);
		await page.keyboard.press('End');
		await expect(page.getByTestId('rounds-to-all')).toBeVisible();
		expect(await informed(page)).toBe('100');
	});

	test('failures and whole rounds are in the link; a reload restores the same spread', async ({
		page
	}) => {
		await open(page, '/play/broadcast?nodes=120&seed=3');
		await page.keyboard.press('n');
		await page.keyboard.press('n');
		await page.getByRole('textbox', { name: 'Share of nodes' }).fill('0.25');
		await page.getByRole('button', { name: 'Fail this share' }).click();
		await expect(page.getByTestId('narration')).toContainText('30 nodes fail');
		await page.keyboard.press('n');
		await page.keyboard.press('n');
		await expect(page.getByTestId('round')).toHaveText('4');
		await linkUpdated(page);
		const url = page.url();
		expect(url).toContain('log=');
		const count = await informed(page);
		const figures = await page.getByTestId('broadcast-curve').locator('.figures').textContent();
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('round')).toHaveText('4');
		expect(await informed(page)).toBe(count);
		await expect(page.getByTestId('broadcast-curve').locator('.figures')).toHaveText(figures ?? '');
		await expect(page.getByTestId('broadcast-curve')).toContainText('of 90 informed');
		expect(page.url()).toBe(url);
	});

	test('compares push, pull and push-pull; a ring lattice is slower', async ({ page }) => {
		await open(page, '/play/broadcast?seed=epidemic&show=graph,compare');
		const rounds = page.getByTestId('compare-rounds');
		await expect(rounds).toContainText('push: 15 rounds');
		await expect(rounds).toContainText('pull: 11 rounds');
		await expect(rounds).toContainText('push-pull: 8 rounds');
		await expect(rounds).toContainText('push, ring lattice: 63 rounds');
	});

	test('refuses a bad share and a fanout above the view size, keeping the run', async ({
		page
	}) => {
		await open(page, '/play/broadcast?nodes=60&step=4');
		await page.getByRole('textbox', { name: 'Share of nodes' }).fill('1.5');
		await page.getByRole('button', { name: 'Fail this share' }).click();
		await expect(page.getByTestId('refused')).toContainText('below 1, got "1.5"');
		await expect(page.getByTestId('step')).toHaveText('4');
		await page.getByText('Parameters and seed').click();
		await page.locator('input[name=fanout]').fill('9');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'the fanout f must be an integer from 1 to 8, got 9'
		);
		await expect(page.getByTestId('step')).toHaveText('4');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`is accessible in the ${theme} theme (screenshots)`, async ({ page }) => {
			test.setTimeout(90_000);
			await usePrefs(page, { theme, lecture: theme === 'light' });
			for (const [w, h] of [
				[1920, 1080],
				[1280, 720]
			]) {
				await page.setViewportSize({ width: w, height: h });
				await open(page, '/play/broadcast?seed=epidemic&step=40&show=graph,curve,compare');
				await shoot(page, `broadcast-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
		});
	}
});
