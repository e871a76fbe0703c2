import { expect, expectAccessible, open, shoot, test, usePrefs } from './fixtures';

test.describe('past playground', () => {
	// Every panel of the playground on screen at once (at 1280×720 the stage keeps some a tab away;
	// layout.spec.ts checks that screen).
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('an insert is stored on the k closest nodes; a lookup is answered by the first copy on its route', async ({
		page
	}) => {
		await open(page, '/play/past?objects=1&seed=dht');
		const told = page.getByTestId('narration');
		await page.keyboard.press('ArrowRight');
		await expect(told).toContainText('inserts "file-0": its fileId is');
		await page.keyboard.press('End');
		await expect(told).toContainText('stores "file-0"');
		const around = page.getByTestId('past-around');
		await expect(around.locator('li.replica')).toHaveCount(5);
		await expect(around).toContainText('replica, the root');
		await expect(page.getByTestId('past-files')).toContainText('5 of 5');
		await page.getByRole('combobox', { name: 'A file, from a random node' }).fill('file-0');
		await page.getByRole('button', { name: 'Look up' }).click();
		await page.keyboard.press('End');
		await expect(told).toContainText('answers the lookup of "file-0"');
		await expect(told).toContainText('the first copy on the route');
		await expect(around.locator('li.answer')).toHaveCount(1);
		await expect(page.getByTestId('past-files')).toContainText('1 of 1 lookups answered');
	});

	test('failures, a join and the restore are in the link; a reload restores the same store', async ({
		page
	}) => {
		await open(page, '/play/past?objects=3&seed=dht');
		await page.keyboard.press('End');
		const around = page.getByTestId('past-around');
		const root = (await around.locator('li.replica .id').first().textContent()) ?? '';
		await around.locator('li.replica .id').first().click();
		await page.getByRole('button', { name: `Fail node ${root}` }).click();
		await expect(around.locator('li.dead')).toHaveCount(1);
		await expect(page.getByTestId('past-files')).toContainText('4 of 5');
		await page.getByRole('button', { name: 'A node joins' }).click();
		await page.getByRole('button', { name: 'Restore replicas' }).click();
		await page.keyboard.press('End');
		await expect(page.getByTestId('narration')).toContainText('Re-replication is done: 3 files');
		await expect(page.getByTestId('past-files')).not.toContainText('4 of 5');
		await page.waitForTimeout(300);
		const url = page.url();
		expect(url).toContain('log=');
		const files = await page.getByTestId('past-files').textContent();
		const list = await around.textContent();
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('past-files')).toHaveText(files ?? '');
		await expect(around).toHaveText(list ?? '');
		expect(page.url()).toBe(url);
	});

	test('refuses an unknown file, a second insert of a name and bad parameters, keeping the store', async ({
		page
	}) => {
		await open(page, '/play/past?objects=2');
		await page.keyboard.press('End');
		const step = (await page.getByTestId('step').textContent()) ?? '';
		const name = page.getByRole('combobox', { name: 'A file, from a random node' });
		await name.fill('nope.mp3');
		await page.getByRole('button', { name: 'Look up' }).click();
		await expect(page.getByTestId('refused')).toHaveText('no file named "nope.mp3" was inserted');
		await name.fill('file-0');
		await page.getByRole('button', { name: 'Insert' }).click();
		await expect(page.getByTestId('refused')).toHaveText(
			'a file named "file-0" is already stored; PAST files are immutable'
		);
		await page.getByRole('textbox', { name: 'Share of nodes' }).fill('1');
		await page.getByRole('button', { name: 'Fail this share' }).click();
		await expect(page.getByTestId('refused')).toContainText('below 1, got "1"');
		await expect(page.getByTestId('step')).toHaveText(step);

		await page.getByText('Parameters and seed').click();
		await page.locator('input[name=replicas]').fill('9');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'k (the replicas) must be an integer from 1 to |L|/2 = 8'
		);
		await expect(page.getByTestId('step')).toHaveText(step);
		await expect(page.getByTestId('past-files')).toContainText('2 files, k = 5');
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
				await open(page, '/play/past?seed=dht&objects=6&cache=2&show=ring,leafset,files');
				await page.keyboard.press('End');
				await page.getByRole('combobox', { name: 'A file, from a random node' }).fill('file-2');
				await page.getByRole('button', { name: 'Look up' }).click();
				await page.keyboard.press('End');
				await shoot(page, `past-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
		});
	}
});
