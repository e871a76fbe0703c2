import {
	expect,
	expectAccessible,
	linkUpdated,
	open,
	picture,
	shoot,
	still,
	test,
	usePrefs
} from './fixtures';

test.describe('ring playground', () => {
	test('steps forward and back by keyboard; the URL, step and picture follow; a reload restores it', async ({
		page
	}) => {
		await open(page, '/play/ring');
		const step = page.getByTestId('step');
		await expect(step).toHaveText('0');
		const start = { url: page.url(), picture: await picture(page) };

		const seen: { url: string; picture: string }[] = [];
		for (let i = 1; i <= 5; i++) {
			await page.keyboard.press('ArrowRight');
			await expect(step).toHaveText(String(i));
			await expect(page).toHaveURL(new RegExp(`step=${i}(&|$)`));
			await still(page);
			seen.push({ url: page.url(), picture: await picture(page) });
		}
		expect(new Set(seen.map((s) => s.picture)).size).toBe(5);
		expect(seen[0].picture).not.toBe(start.picture);
		await expect(page.locator('.nodes .node')).toHaveCount(5);

		const fifth = seen[4];
		for (let i = 4; i >= 0; i--) {
			await page.keyboard.press('ArrowLeft');
			await expect(step).toHaveText(String(i));
		}
		await expect(page).toHaveURL(/step=0(&|$)/);
		await still(page);
		expect(await picture(page)).toBe(start.picture);

		await page.goto(fifth.url);
		await page.waitForSelector('html[data-hydrated]');
		await expect(step).toHaveText('5');
		await still(page);
		expect(await picture(page)).toBe(fifth.picture);
		expect(page.url()).toBe(fifth.url);
	});

	test('the same seed in a fresh page gives the same ids', async ({ browser }) => {
		const ids: string[][] = [];
		for (let run = 0; run < 2; run++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await open(page, '/play/ring?seed=lecture&step=16');
			await expect(page.locator('.nodes .node')).toHaveCount(16);
			ids.push(
				await page
					.locator('.nodes .node')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))
			);
			await context.close();
		}
		expect(ids[0]).toEqual(ids[1]);
		expect(ids[0].every((id) => /^[0-9a-f]{6}$/.test(id))).toBe(true);
	});

	test('a mangled URL shows a notice naming the problem and falls back to defaults', async ({
		page
	}) => {
		await open(page, '/play/ring?nodes=abc&digits=99&step=-3&log=%%%');
		const notices = page.getByTestId('notices');
		await expect(notices).toContainText('Nodes must be a whole number from 0 to 512, got "abc"');
		await expect(notices).toContainText('Id digits must be a whole number from 1 to 13, got "99"');
		await expect(notices).toContainText('step must be a whole number from 0, got "-3"');
		await expect(notices).toContainText(
			"The link's list of your actions is damaged (it is not a compressed command list); it was left out."
		);
		await expect(notices).not.toContainText("the link's the link's");
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('step')).toHaveText('1');
	});

	test('an unknown model in the URL says so and shows the ring', async ({ page }) => {
		await open(page, '/play/chord');
		await expect(page.getByTestId('notices')).toContainText('There is no model "chord"');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('DHT identifier space');
	});

	test('bad keys and ids are refused with a message, and the simulation stays as it was', async ({
		page
	}) => {
		await open(page, '/play/ring?step=6');
		await still(page);
		const before = await picture(page);
		await page.getByLabel('The key is given as').selectOption('hex');
		await page.locator('#key-text').fill('d46g1c');
		await page.getByRole('button', { name: 'Add key' }).click();
		await expect(page.getByTestId('refused')).toHaveText(
			'"d46g1c" is not an id: "g" is not one of the hexadecimal digits'
		);
		await page.locator('#key-text').fill('d46a1');
		await page.getByRole('button', { name: 'Add key' }).click();
		await expect(page.getByTestId('refused')).toContainText('has 5 digits; ids here have 6');
		await expect(page.getByTestId('step')).toHaveText('6');
		expect(await picture(page)).toBe(before);

		await page.getByText('Parameters and seed').click();
		await page.locator('input[name=nodes]').fill('100000');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'Nodes must be a whole number from 0 to 512, got "100000"'
		);
		await expect(page.getByTestId('step')).toHaveText('6');
	});

	test('a key added by name lands on its numerically closest node, and moves when that node leaves', async ({
		page
	}) => {
		await open(page, '/play/ring?nodes=3&keys=0&seed=7&step=3');
		await page.locator('#key-text').fill('jazz.mp3');
		await page.getByRole('button', { name: 'Add key' }).click();
		const told = page.getByTestId('narration');
		await expect(told).toContainText('(SHA-1 of "jazz.mp3") is stored at its root, node');
		const root = (await told.textContent())?.match(/node ([0-9a-f]{6})/)?.[1] as string;
		await page.locator(`.node[data-id="${root}"]`).click();
		await page.getByRole('button', { name: `Remove node ${root}` }).click();
		await expect(told).toContainText(`Node ${root} leaves the ring.`);
		await expect(told).toContainText('moves to its new root');
		// The user's actions are in the link (written once the page has settled): a reload shows
		// the same state.
		await linkUpdated(page);
		const url = page.url();
		expect(url).toContain('log=');
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.locator('.nodes .node')).toHaveCount(2);
		await expect(page.locator('.keys .key')).toHaveCount(1);
		expect(page.url()).toBe(url);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`is accessible and readable in the ${theme} theme (screenshots)`, async ({ page }) => {
			await usePrefs(page, { theme });
			for (const [w, h] of [
				[1920, 1080],
				[1280, 720]
			]) {
				await page.setViewportSize({ width: w, height: h });
				await open(page, '/play/ring?step=20');
				await shoot(page, `ring-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
		});
	}

	test('lecture mode has no text under 18 px at 1280x720', async ({ page }) => {
		await usePrefs(page, { lecture: true });
		await open(page, '/play/ring?step=24');
		await still(page);
		const small = await page.evaluate(() => {
			const out: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (!el || !n.textContent?.trim()) continue;
				if (
					el.closest(
						'.visually-hidden, dialog:not([open]), [hidden], details:not([open]) > :not(summary)'
					)
				)
					continue;
				const style = getComputedStyle(el);
				if (style.display === 'none' || style.visibility === 'hidden') continue;
				const size = parseFloat(style.fontSize);
				if (size < 18) out.push(`${size}px: ${n.textContent.trim().slice(0, 30)}`);
			}
			return out;
		});
		expect(small).toEqual([]);
		await shoot(page, 'ring-lecture-1280x720');
	});
});

test.describe('share and export', () => {
	test('share shows the link as a QR code', async ({ page }) => {
		await open(page, '/play/ring?step=4');
		await page.getByRole('button', { name: 'Share' }).click();
		const dialog = page.getByRole('dialog', { name: 'Share this picture' });
		await expect(dialog.locator('.qr svg')).toBeVisible();
		await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(
			/\/play\/ring\?digits=6&nodes=16&keys=8&seed=1&step=4$/
		);
		const box = await dialog.locator('.qr').boundingBox();
		expect(box?.width).toBeGreaterThan(300);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
	});

	test('exports the picture as SVG and PNG, and the state as JSON and CSV', async ({ page }) => {
		await open(page, '/play/ring?nodes=3&keys=2&seed=7&step=5');
		await page.getByText('Export').click();
		const save = async (name: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name }).click()
			]);
			const path = await download.path();
			const { readFileSync } = await import('node:fs');
			return { name: download.suggestedFilename(), body: readFileSync(path) };
		};
		const json = await save('State (JSON)');
		expect(json.name).toBe('peerscope-ring-seed7-step5.json');
		const state = JSON.parse(json.body.toString());
		expect(state.nodes).toHaveLength(3);
		expect(state.keys).toHaveLength(2);
		expect(state.keys[0].root).toMatch(/^[0-9a-f]{6}$/);
		const csv = await save('State (CSV)');
		expect(csv.body.toString().split('\n')[0]).toBe('kind,id,name,root');
		const svg = await save('Picture (SVG)');
		expect(svg.body.toString()).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg.body.toString()).toContain(state.nodes[0]);
		const png = await save('Picture (PNG)');
		expect(png.body.subarray(1, 4).toString()).toBe('PNG');
	});
});
