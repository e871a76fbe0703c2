import { expect, open, test, usePrefs } from './fixtures';

/**
 * The one worker stack as a student uses it: a long run of rounds shows a progress bar that a
 * projector can show, Escape cancels a run and leaves the simulation where it was, and the rounds
 * run in the worker enter the timeline (step back and forward over them).
 */
test.describe('long jobs in the worker', () => {
	test('10,000 nodes with metrics: 100 rounds with a progress bar; Escape cancels a second run', async ({
		page
	}) => {
		test.setTimeout(240_000);
		await usePrefs(page, { lecture: true });
		await open(page, '/play/gossip?nodes=10000&viewSize=30&rounds=1000&show=graph,metrics');
		await expect(page.getByTestId('gossip-graph')).toContainText('A sample of');
		const round = page.getByTestId('round');
		await expect(round).toHaveText('0');
		const rounds = page.getByLabel('Run rounds in the background');
		await rounds.fill('100');
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await expect(page.getByText('wrong value')).toHaveCount(0);

		// The bar, readable at 1280×720 in lecture mode: inside the screen, its count at 18 px or more.
		const bar = page.getByRole('progressbar', { name: 'Rounds run' });
		await expect(bar).toBeVisible();
		const box = await bar.boundingBox();
		expect(box!.y + box!.height).toBeLessThanOrEqual(720);
		expect(box!.width).toBeGreaterThan(100);
		const count = page.getByRole('status').filter({ hasText: 'of 100 rounds' });
		await expect(count).toBeVisible();
		const px = await count.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(px).toBeGreaterThanOrEqual(18);
		await page.screenshot({ path: 'screenshots/workers-progress-1280x720-lecture.png' });

		await expect(round).toHaveText('100', { timeout: 200_000 });
		await expect(bar).toBeHidden();
		const time = await page.getByTestId('run-time').textContent();
		console.log(`10,000 nodes, Cyclon, 100 rounds with metrics: ${time?.trim()} (in the browser)`);
		expect(await page.getByTestId('step').textContent()).toBe('1');

		// A second, longer run: Escape cancels it and the simulation stays at round 100, step 1.
		await rounds.fill('1000');
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await expect(bar).toBeVisible();
		await expect(bar).toHaveAttribute('max', '1000');
		await expect(page.getByRole('button', { name: 'Cancel Esc' })).toBeInViewport();
		await page.keyboard.press('Escape');
		await expect(bar).toBeHidden();
		await expect(page.getByTestId('refused')).toHaveText(
			'The run of 1000 rounds was cancelled; the simulation stays at round 100.'
		);
		await expect(round).toHaveText('100');
		expect(await page.getByTestId('step').textContent()).toBe('1');

		// The adopted step is part of the timeline: back to round 0 and forward to 100 again.
		await page.keyboard.press('ArrowLeft');
		await expect(round).toHaveText('0');
		await page.keyboard.press('ArrowRight');
		await expect(round).toHaveText('100');
	});
});
