import LZString from 'lz-string';
import { expect, expectAccessible, open, shoot, test, usePrefs } from './fixtures';

/** A link's command log, as the playground writes it. */
const log = (entries: unknown[]) => LZString.compressToEncodedURIComponent(JSON.stringify(entries));

test.describe('scribe playground', () => {
	// Every panel of the playground on screen at once (at 1280×720 the stage keeps some a tab away;
	// layout.spec.ts checks that screen).
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('a JOIN follows the slide route hop by hop, the tree grows, the multicast reaches every member', async ({
		page
	}) => {
		await open(page, '/play/scribe?members=3');
		const told = page.getByTestId('narration');
		await page.keyboard.press('ArrowRight');
		await expect(told).toContainText(
			'65a1fc joins the group: it routes a JOIN towards the groupId d46a1c, whose root is d467c4.'
		);
		for (const [from, to] of [
			['65a1fc', 'd13da3'],
			['d13da3', 'd4213f'],
			['d4213f', 'd462ba'],
			['d462ba', 'd467c4']
		]) {
			await page.keyboard.press('ArrowRight');
			await expect(told).toContainText(`The JOIN goes from ${from} to ${to}`);
		}
		await expect(told).toContainText("d467c4 is the groupId's root");
		const tree = page.getByTestId('scribe-tree');
		await expect(page.getByTestId('tree-depth')).toHaveText('4');
		await expect(tree.locator('circle.node')).toHaveCount(5);
		// d42a9b grafts onto the tree at d462ba after one hop.
		await page.keyboard.press('n');
		await expect(told).toContainText('d462ba is already in the tree: it adds d42a9b');
		await expect(tree.locator('circle.node')).toHaveCount(6);
		await page.keyboard.press('End');
		await expect(page.getByTestId('multicast-status')).toHaveText(
			'Multicast 0: 3 of 3 members have it'
		);
		await expect(told).toContainText(
			'Multicast 0 is done: 3 of 3 members received it with 5 messages.'
		);
		// One step back: the last level has not been sent yet.
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('multicast-status')).toContainText(
			'2 of 3 members have it, level 3'
		);
	});

	test('a failed forwarder, the heartbeat and a new multicast are in the link; a reload restores them', async ({
		page
	}) => {
		await open(page, '/play/scribe?members=6');
		await page.keyboard.press('End');
		await page.locator('[data-testid=scribe-tree] circle[data-id="d462ba"]').dispatchEvent('click');
		await page.getByRole('button', { name: 'Fail node d462ba' }).click();
		await expect(page.getByTestId('narration')).toContainText('Node d462ba fails');
		await expect(page.locator('[data-testid=scribe-tree] path.failed')).toHaveCount(1);
		await page.getByRole('button', { name: 'Heartbeat' }).click();
		await page.keyboard.press('End');
		await page.getByRole('button', { name: 'Multicast from the root' }).click();
		await page.keyboard.press('End');
		await expect(page.getByTestId('multicast-status')).toHaveText(
			'Multicast 1: 6 of 6 members have it'
		);
		await page.waitForTimeout(300);
		const url = page.url();
		expect(url).toContain('log=');
		const figures = await page.getByTestId('tree-figures').textContent();
		const step = await page.getByTestId('step').textContent();
		const nodes = await page.locator('[data-testid=scribe-tree] circle.node').count();
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('step')).toHaveText(step ?? '');
		await expect(page.getByTestId('tree-figures')).toHaveText(figures ?? '');
		await expect(page.locator('[data-testid=scribe-tree] circle.node')).toHaveCount(nodes);
		await expect(page.locator('[data-testid=scribe-tree] circle[data-id="d462ba"]')).toHaveCount(0);
		expect(page.url()).toBe(url);
	});

	test('refuses a bad id, a leave of a non-member and bad parameters, keeping the run', async ({
		page
	}) => {
		await open(page, '/play/scribe?step=3');
		const node = page.getByRole('textbox', { name: 'A node joins or leaves the group' });
		await node.fill('d46a1x');
		await page.getByRole('button', { name: 'Join' }).click();
		await expect(page.getByTestId('refused')).toHaveText(
			'Node: "d46a1x" is not an id: "x" is not one of the hexadecimal digits'
		);
		await node.fill('d42a9b');
		await page.getByRole('button', { name: 'Leave' }).click();
		await expect(page.getByTestId('refused')).toHaveText(
			'node d42a9b is not a member of the group'
		);
		await page.getByRole('textbox', { name: 'Share of forwarders' }).fill('2');
		await page.getByRole('button', { name: 'Fail this share of forwarders' }).click();
		await expect(page.getByTestId('refused')).toContainText('at most 1, got "2"');
		await expect(page.getByTestId('step')).toHaveText('3');

		await page.getByText('Parameters and seed').click();
		await page.locator('select[name=scenario]').selectOption('random');
		await page.locator('input[name=nodes]').fill('10');
		await page.locator('input[name=members]').fill('50');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'M (the members) must be an integer from 0 to N = 10, got 50'
		);
		await expect(page.getByTestId('step')).toHaveText('3');
	});

	test('a tampered link is named and the defaults shown, with no error', async ({ page }) => {
		await open(page, `/play/scribe?step=3&log=${log([[1, { type: 'join', member: 'x' }]])}`);
		await expect(page.getByTestId('notices')).toContainText(
			'The link could not be replayed (the join command needs member as a node id, got "x"); showing the defaults.'
		);
		await expect(page.getByTestId('step')).toHaveText('0');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('narration')).toContainText('65a1fc joins the group');
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
				await open(page, '/play/scribe?step=34&show=ring,tree,proximity');
				await shoot(page, `scribe-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
		});
	}
});
