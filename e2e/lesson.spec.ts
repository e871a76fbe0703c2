import { expect, expectAccessible, open, pressOn, shoot, test, usePrefs } from './fixtures';

test.describe('lessons', () => {
	test('the index lists each lesson with its title, topic and length', async ({ page }) => {
		await open(page, '/lessons');
		const first = page.getByRole('listitem').filter({ hasText: 'The DHT identifier space' });
		await expect(first).toContainText('Structured overlays · 6 steps');
		await first.getByRole('link').click();
		await expect(page).toHaveURL(/\/lessons\/identifier-space$/);
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 1 of 6');
	});

	test('the identifier-space lesson plays through all its steps by keyboard, and back', async ({
		page
	}) => {
		await open(page, '/lessons/identifier-space');
		const progress = page.getByTestId('lesson-progress');
		const seen = new Set<string>();
		// Each press waits until the lesson has moved on (a press, a reveal or a step): a key
		// pressed while the next step is still loading only asks for that same step again.
		for (let presses = 0; presses < 40; presses++) {
			const now = (await progress.textContent()) ?? '';
			seen.add(now);
			if (now === 'Step 6 of 6') break;
			await pressOn(page, presses % 2 ? 'PageDown' : 'ArrowRight');
		}
		expect([...seen]).toEqual(
			['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5', 'Step 6'].map((s) => `${s} of 6`)
		);
		await expect(page).toHaveURL(/\/lessons\/identifier-space\/6$/);
		// ← walks back through the presses and steps; step 5 is shown at its end, answer revealed.
		await page.keyboard.press('ArrowLeft');
		await expect(progress).toHaveText('Step 5 of 6');
		await expect(page.getByTestId('answer')).toContainText('e00000');
		await expect(page).toHaveURL(/\/lessons\/identifier-space\/5\?press=end$/);
		await page.keyboard.press('PageUp');
		await expect(page.getByTestId('answer')).toHaveCount(0);
		await page.keyboard.press('PageUp');
		// One action and the press that reveals the answer.
		await expect(page.getByTestId('presses')).toHaveText('0/2');
		await expect(page.locator('.node[data-id="dcab68"]')).toHaveCount(1);
	});

	test('a question is answered only after the step has played', async ({ page }) => {
		await open(page, '/lessons/identifier-space/2');
		await expect(page.getByText('Which node stores key d46a1c?')).toBeVisible();
		for (let i = 0; i < 3; i++) {
			await expect(page.getByTestId('answer')).toHaveCount(0);
			await page.keyboard.press('ArrowRight');
		}
		await expect(page.getByTestId('narration')).toContainText(
			'Key d46a1c is stored at its root, node dcab68'
		);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('answer')).toContainText('dcab68');
		// A reload keeps the moment.
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('answer')).toContainText('dcab68');
		await expect(page.locator('.keys .key')).toHaveCount(3);
	});

	test('the presenter window follows the projected one and can drive it', async ({
		page,
		context
	}) => {
		await open(page, '/lessons/identifier-space/2');
		const presenter = await context.newPage();
		await open(presenter, '/presenter');
		await expect(presenter.getByTestId('presenter-step')).toHaveText(
			'Step 2 of 6: A key lives at the numerically closest node'
		);
		await expect(presenter.getByTestId('presenter-notes')).toContainText('Before the third press');
		await expect(presenter.getByTestId('presenter-presses')).toHaveText('Actions done: 0 of 3');
		await page.keyboard.press('ArrowRight');
		await expect(presenter.getByTestId('presenter-presses')).toHaveText('Actions done: 1 of 3');
		await presenter.keyboard.press('ArrowRight');
		await expect(page.getByTestId('presses')).toHaveText('2/4');
		await presenter.getByRole('button', { name: 'Next →' }).click();
		await presenter.getByRole('button', { name: 'Next →' }).click();
		await presenter.getByRole('button', { name: 'Next →' }).click();
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 3 of 6');
		await expect(presenter.getByTestId('presenter-step')).toContainText('Step 3 of 6');
	});

	test('the counter shows the press that reveals the answer is still to come', async ({ page }) => {
		await open(page, '/lessons/pastry-routing/2');
		const presses = page.getByTestId('presses');
		await expect(presses).toHaveText('0/2');
		await page.keyboard.press('ArrowRight');
		await expect(presses).toHaveText('1/2 → answer');
		await expect(page.getByTestId('answer')).toHaveCount(0);
		await page.keyboard.press('ArrowRight');
		await expect(presses).toHaveText('2/2');
		await expect(page.getByTestId('answer')).toContainText('Row 1');
	});

	test('a press past the last step of a lesson says the lesson ends there', async ({ page }) => {
		await open(page, '/lessons/take-away/3?press=end');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('lesson-note')).toContainText('This is the end of');
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 3 of 3');
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('lesson-note')).toHaveCount(0);
	});

	test("an unknown lesson lists the lessons; an unknown step lists the lesson's steps; no console error", async ({
		page
	}) => {
		await open(page, '/lessons/nope');
		await expect(page.getByTestId('error-message')).toHaveText('There is no lesson "nope".');
		const list = page.getByTestId('lesson-list');
		await expect(list.getByRole('link', { name: 'Routing to d46a1c' })).toBeVisible();
		await open(page, '/lessons/pastry-routing/99');
		await expect(page.getByTestId('error-message')).toHaveText(
			'Lesson "Routing to d46a1c" has steps 1 to 5, not "99".'
		);
		const steps = page.getByTestId('lesson-steps');
		await expect(steps.getByRole('link')).toHaveCount(5);
		await steps.getByRole('link', { name: 'Hop 1: match the first digit' }).click();
		await expect(page).toHaveURL(/\/lessons\/pastry-routing\/2$/);
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 2 of 5');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`a lesson step is accessible in the ${theme} theme (screenshots)`, async ({ page }) => {
			await usePrefs(page, { theme, lecture: true });
			for (const [w, h] of [
				[1920, 1080],
				[1280, 720]
			]) {
				await page.setViewportSize({ width: w, height: h });
				await open(page, '/lessons/identifier-space/4?press=1');
				await shoot(page, `lesson-ring-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
		});
	}
});

test.describe('trying a lesson file', () => {
	const good = `---\ntitle: Mine\ntopic: Test\nsummary: A test lesson.\n---\n\n# Two nodes\n\n\`\`\`sim\nmodel: ring\nparams: { nodes: 2, keys: 0 }\nactions:\n  - step: 2\n\`\`\`\n\n---\n\n# A key\n\n\`\`\`sim\nactions:\n  - add-key: { name: x }\n\`\`\`\n`;
	const broken = good.replace('step: 2', 'add-node: 12345z');

	test('a broken file gets a message naming its line; the lesson on screen is kept', async ({
		page
	}) => {
		await open(page, '/lessons/try');
		const input = page.locator('#lesson-file');
		await input.setInputFiles({
			name: 'mine.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(broken)
		});
		await expect(page.getByTestId('notices')).toContainText(
			'mine.md:13: action 1: "12345z" is not an id'
		);
		await input.setInputFiles({
			name: 'mine.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(good)
		});
		await expect(page.getByTestId('notices')).toHaveCount(0);
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 1 of 2');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.nodes .node')).toHaveCount(2);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 2 of 2');
		await input.setInputFiles({
			name: 'mine.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from('# no front block')
		});
		await expect(page.getByTestId('notices')).toContainText(
			'mine.md:1: expected the lesson to start with a front block'
		);
		await expect(page.getByTestId('notices')).toContainText('The lesson on screen was kept.');
		await expect(page.getByTestId('lesson-progress')).toHaveText('Step 2 of 2');
		await expect(page.locator('.nodes .node')).toHaveCount(2);
	});
});
