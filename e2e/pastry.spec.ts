import { expect, expectAccessible, linkUpdated, open, shoot, test, usePrefs } from './fixtures';

test.describe('pastry playground', () => {
	// Room for the ring, the routing table and the sets side by side (at 1280×720 the table is one
	// key away: see 'the routing table is one key away at 1280×720').
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the routing table is one key away at 1280×720', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await open(page, '/play/pastry?step=3');
		await expect(page.locator('[data-stage]')).toHaveAttribute('data-shown', 'ring');
		await expect(page.locator('[data-tab=table]')).toHaveText('2 table');
		await page.keyboard.press('2');
		await expect(page.getByRole('region', { name: 'Routing table of d4213f' })).toBeVisible();
		await expect(page.getByTestId('rule')).toContainText('routing table row 1, column 4');
		await page.locator('[data-tab=ring]').click();
		await expect(page.locator('[data-stage]')).toHaveAttribute('data-shown', /^ring/);
	});
	test('routes d46a1c from 65a1fc exactly as the lecture does, hop by hop', async ({ page }) => {
		await open(page, '/play/pastry');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('narration')).toContainText('its root is d467c4');
		const rules: string[] = [];
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('ArrowRight');
			rules.push((await page.getByTestId('rule').textContent()) ?? '');
		}
		expect(rules).toEqual([
			'routing table row 0, column d: shares no digit, next digit d',
			'routing table row 1, column 4: shares d, next digit 4',
			'routing table row 2, column 6: shares d4, next digit 6',
			"leaf set: d46a1c is within the leaf set's range and d467c4 is numerically closest"
		]);
		const ladder = page.getByTestId('route-ladder');
		await expect(ladder.locator('li .id')).toHaveText([
			'65a1fc',
			'd13da3',
			'd4213f',
			'd462ba',
			'd467c4'
		]);
		await expect(ladder).toContainText('delivered to the numerically closest node');
		await expect(page.getByTestId('narration')).toContainText(
			'Delivered at d467c4, the numerically closest live node to d46a1c, after 4 hops.'
		);
		// Back two steps: the message is at d4213f, whose table shows the cell it will use.
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('routing-table')).toContainText('Routing table of d4213f');
		await expect(page.locator('td.focus')).toHaveAttribute('data-cell', '2,6');
	});

	test('refuses bad keys, unknown nodes and bad parameters with a message, keeping the network', async ({
		page
	}) => {
		await open(page, '/play/pastry?step=5');
		const ladder = page.getByTestId('route-ladder');
		await expect(ladder.locator('li')).toHaveCount(5);
		const from = page.getByRole('textbox', { name: 'From' });
		const key = page.getByRole('textbox', { name: 'Key' });
		await from.fill('65a1fc');
		await key.fill('d46a1x');
		await page.getByRole('button', { name: 'Route' }).click();
		await expect(page.getByTestId('refused')).toHaveText(
			'Key: "d46a1x" is not an id: "x" is not one of the hexadecimal digits'
		);
		await key.fill('d46a1');
		await page.getByRole('button', { name: 'Route' }).click();
		await expect(page.getByTestId('refused')).toContainText('has 5 digits; ids here have 6');
		await from.fill('123456');
		await key.fill('d46a1c');
		await page.getByRole('button', { name: 'Route' }).click();
		await expect(page.getByTestId('refused')).toContainText('123456');
		await expect(page.getByTestId('step')).toHaveText('5');
		await expect(ladder.locator('li')).toHaveCount(5);

		await page.getByText('Parameters and seed').click();
		await page.locator('input[name=b]').fill('5');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'b (bits per digit) must be a whole number from 1 to 4, got "5"'
		);
		await page.locator('input[name=b]').fill('4');
		await page.locator('input[name=leaf]').fill('15');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'|L| (the leaf set size) must be an even integer from 2 to 64, got 15'
		);
		await page.locator('input[name=leaf]').fill('16');
		await page.locator('input[name=nodes]').fill('0');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'Nodes (N) must be a whole number from 1 to 2000, got "0"'
		);
		await expect(page.getByTestId('step')).toHaveText('5');
		await expect(ladder.locator('li')).toHaveCount(5);
	});

	test('a routed name, a join and a failure are kept in the link', async ({ page }) => {
		await open(page, '/play/pastry?scenario=random&nodes=60&seed=3');
		await page.getByLabel('The key is given as').selectOption('name');
		await page.getByRole('textbox', { name: 'Key' }).fill('jazz.mp3');
		await page.getByRole('button', { name: 'Route' }).click();
		await page.keyboard.press('End');
		await expect(page.getByTestId('route-ladder')).toContainText('jazz.mp3 =');
		await expect(page.getByTestId('narration')).toContainText('the numerically closest live node');
		const root =
			(await page.getByTestId('route-ladder').locator('li .id').last().textContent()) ?? '';
		await page.locator(`.node[data-id="${root}"]`).dispatchEvent('click');
		await page.getByRole('button', { name: `Fail node ${root}` }).click();
		await page.keyboard.press('End');
		await linkUpdated(page);
		const url = page.url();
		expect(url).toContain('log=');
		const ladder = await page.getByTestId('route-ladder').textContent();
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('route-ladder')).toHaveText(ladder ?? '');
		await expect(page.locator('.node.dead')).toHaveCount(1);
	});

	test('the statistics follow the paper', async ({ page }) => {
		test.setTimeout(60_000);
		await open(page, '/play/pastry?show=stats');
		const chart = page.getByTestId('hops-vs-n');
		await expect(chart).toBeVisible({ timeout: 30_000 });
		const rows = page.locator('.figures tbody tr');
		await expect(rows).toHaveCount(4);
		const mean = async (i: number) => Number(await rows.nth(i).locator('td').nth(1).textContent());
		expect(Math.abs((await mean(1)) - 2.485) / 2.485).toBeLessThan(0.03);
		expect(Math.abs((await mean(2)) - 3.232) / 3.232).toBeLessThan(0.03);
		expect(Math.abs((await mean(3)) - 3.976) / 3.976).toBeLessThan(0.03);
		await shoot(page, 'pastry-stats-1280x720');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`is accessible in the ${theme} theme (screenshots)`, async ({ page }) => {
			test.setTimeout(90_000);
			await usePrefs(page, { theme });
			for (const [w, h] of [
				[1920, 1080],
				[1280, 720]
			]) {
				await page.setViewportSize({ width: w, height: h });
				await open(page, '/play/pastry?step=3&show=ring,proximity,table,sets');
				await shoot(page, `pastry-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
		});
	}

	test('a press after the delivered route says the route is finished, instead of doing nothing', async ({
		page
	}) => {
		await open(page, '/play/pastry?step=5');
		await expect(page.getByTestId('route-ladder')).toContainText('delivered');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('narration')).toHaveText(
			'The route of d46a1c is finished: delivered at d467c4 after 4 hops. Route another key with the form, or press Home to watch it again.'
		);
		await expect(page.getByTestId('step')).toHaveText('5');
		// Stepping back and forth tells the steps again.
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('narration')).toContainText('d4213f forwards to d462ba');
	});

	test('the link brings back the From and Key fields and every parameter field', async ({
		page
	}) => {
		await open(page, '/play/pastry?scenario=random&nodes=60&seed=3');
		const from = page.getByRole('textbox', { name: 'From' });
		const key = page.getByRole('textbox', { name: 'Key' });
		const source = await page.locator('.node').first().getAttribute('data-id');
		await from.fill(source as string);
		await page.getByLabel('The key is given as').selectOption('name');
		await key.fill('jazz.mp3');
		await page.getByRole('button', { name: 'Route' }).click();
		await page.keyboard.press('End');
		await linkUpdated(page);
		await page.goto(page.url());
		await page.waitForSelector('html[data-hydrated]');
		await expect(from).toHaveValue(source as string);
		await expect(page.getByLabel('The key is given as')).toHaveValue('name');
		await expect(key).toHaveValue('jazz.mp3');
		await page.getByText('Parameters and seed').click();
		const form = page.getByRole('form', { name: 'Parameters' });
		await expect(form.locator('[name=scenario]')).toHaveValue('random');
		await expect(form.locator('[name=nodes]')).toHaveValue('60');
		await expect(form.locator('[name=b]')).toHaveValue('4');
		await expect(form.getByLabel('Seed')).toHaveValue('3');
	});
});
