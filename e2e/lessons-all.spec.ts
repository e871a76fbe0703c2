import { expect, open, test } from './fixtures';

/** Every lesson on the index plays from its first step to its last by keyboard, with no console error. */
test('every lesson plays through by keyboard', async ({ page }) => {
	test.setTimeout(240_000);
	await open(page, '/lessons');
	const links = await page
		.locator('ol.list > li > a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(links.length).toBeGreaterThan(5);
	for (const href of links) {
		await open(page, href);
		const progress = page.getByTestId('lesson-progress');
		const total = Number((await progress.textContent())?.match(/of (\d+)/)?.[1]);
		for (let presses = 0; presses < 200; presses++) {
			if ((await progress.textContent()) === `Step ${total} of ${total}`) break;
			await page.keyboard.press('PageDown');
			await page.waitForTimeout(40);
		}
		await expect(progress, href).toHaveText(`Step ${total} of ${total}`);
		await expect(page.locator('[data-testid=stage]')).not.toContainText('Loading the simulation');
	}
});
