import type { Page } from '@playwright/test';
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

/** The marker of a chart: where the current round is drawn. */
const markerX = (page: Page, chart: string) =>
	page.locator(`[data-testid=chart-${chart}] line.marker`).getAttribute('x1').then(Number);

/** Waits until the metrics replay has measured at least `rounds` + 1 rounds. */
async function measured(page: Page, rounds: number): Promise<void> {
	await expect
		.poll(
			async () => Number(await page.getByTestId('gossip-metrics').getAttribute('data-rounds')),
			// The worker measures every round: slower when other tests share the cores.
			{ timeout: 30_000 }
		)
		.toBeGreaterThan(rounds);
}

test.describe('gossip playground', () => {
	// Room for the graph beside the exchange, the metrics and the inspector.
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('steps one exchange, then a whole round; the exchange plays in four phases', async ({
		page
	}) => {
		await open(page, '/play/gossip?nodes=20&viewSize=4&show=graph,exchange,inspector');
		const step = page.getByTestId('step');
		const round = page.getByTestId('round');
		const exchange = page.getByTestId('gossip-exchange');
		await expect(exchange).toBeVisible();
		// Every phase the exchange panel shows, in order, as the step plays.
		await exchange.evaluate((el) => {
			const seen: string[] = [];
			(window as unknown as { phases: string[] }).phases = seen;
			new MutationObserver(() => {
				const p = el.getAttribute('data-phase') ?? '';
				if (seen.at(-1) !== p) seen.push(p);
			}).observe(el, { attributes: true, attributeFilter: ['data-phase'] });
		});
		await page.keyboard.press('ArrowRight');
		await expect(step).toHaveText('1');
		// Round 1 is under way: the bar says so, as the narration and the inspector do.
		await expect(round).toHaveText('1');
		await expect(exchange).toHaveAttribute('data-phase', '3', { timeout: 4000 });
		expect(await page.evaluate(() => (window as unknown as { phases: string[] }).phases)).toEqual([
			'0',
			'1',
			'2',
			'3'
		]);
		const told = (await page.getByTestId('narration').textContent()) ?? '';
		const [, active, passive] = told.match(/Node (\d+) gossips with node (\d+)/) ?? [];
		expect(active).toBeDefined();
		await expect(exchange).toContainText(`node ${active}`);
		await expect(exchange).toContainText(`node ${passive}`);
		await expect(page.locator(`circle.node.active[data-id="${active}"]`)).toHaveCount(1);
		await expect(page.getByTestId('gossip-inspector')).toContainText(
			`Last exchange with node ${passive} in round 1`
		);
		// N finishes the round: 20 exchanges in all, one recorded step each.
		await page.keyboard.press('n');
		await expect(round).toHaveText('1');
		await expect(step).toHaveText('20');
		await expect(page.getByTestId('narration')).toContainText('Round 1 ends: 20 exchanges');
		await expect(exchange).toContainText('Round 1: 20 exchanges');
	});

	test('one round number everywhere: the bar, the inspector and whole-number round ticks', async ({
		page
	}) => {
		await open(page, '/play/gossip?nodes=20&viewSize=4&show=graph,metrics,inspector');
		await page.keyboard.press('n');
		await measured(page, 1);
		const ticks = page.getByTestId('chart-clustering').locator('text.tick[text-anchor=middle]');
		await expect(ticks).toHaveText(['0', '1']);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('round')).toHaveText('2');
		await page.locator('circle.node.active').first().click();
		await expect(page.getByTestId('gossip-inspector')).toContainText('in round 2');
	});

	test('the URL restores the picture: round, views, edges and the by-id layout', async ({
		page
	}) => {
		await open(page, '/play/gossip?preset=tman&nodes=40&viewSize=4&show=graph,inspector');
		for (let i = 0; i < 3; i++) await page.keyboard.press('n');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('step')).toHaveText('121');
		await page.locator('circle.node[data-id="7"]').click();
		await expect(page.getByTestId('gossip-graph')).toHaveAttribute('data-layout', 'by-id');
		await linkUpdated(page);
		await still(page);
		const before = {
			url: page.url(),
			picture: await picture(page),
			inspector: await page.getByTestId('gossip-inspector').textContent()
		};
		expect(before.url).toContain('step=121');
		await page.goto(before.url);
		await page.waitForSelector('html[data-hydrated]');
		// Three whole rounds and the first exchange of round 4.
		await expect(page.getByTestId('round')).toHaveText('4');
		await page.locator('circle.node[data-id="7"]').click();
		await still(page);
		expect(await picture(page)).toBe(before.picture);
		expect(await page.getByTestId('gossip-inspector').textContent()).toBe(before.inspector);
	});

	test('user actions are in the link; a force layout comes back with the same edges', async ({
		page
	}) => {
		await open(page, '/play/gossip?nodes=60&viewSize=6');
		await page.keyboard.press('n');
		await page.locator('#gossip-fail').fill('0.25');
		await page.getByRole('button', { name: 'Fail', exact: true }).click();
		await expect(page.getByTestId('narration')).toContainText('15 nodes fail');
		await page.keyboard.press('n');
		await expect(page.getByTestId('round')).toHaveText('2');
		await still(page);
		const svg = page.locator('[data-testid=gossip-graph] svg');
		const edges = await svg.getAttribute('data-edges');
		const dead = await svg.getAttribute('data-dead');
		expect(Number(dead)).toBeGreaterThan(0);
		const url = page.url();
		expect(url).toContain('log=');
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.getByTestId('round')).toHaveText('2');
		await expect(svg).toHaveAttribute('data-edges', edges as string);
		await expect(svg).toHaveAttribute('data-dead', dead as string);
		await expect(svg).toHaveAttribute('data-nodes', '45');
		expect(page.url()).toBe(url);
	});

	test('a bad parameter is named and the run is kept', async ({ page }) => {
		await open(page, '/play/gossip?nodes=30&viewSize=4&step=5');
		await page.getByText('Parameters and seed').click();
		await page.locator('input[name=viewSize]').fill('500');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'View size c must be a whole number from 1 to 50, got "500"'
		);
		await page.locator('input[name=viewSize]').fill('30');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'the view size c must be an integer from 1 to 29 (below N), got 30'
		);
		await page.locator('input[name=viewSize]').fill('4');
		await page.locator('select[name=merge]').selectOption('random');
		await page.locator('input[name=healer]').fill('2');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('param-errors')).toContainText(
			'healer and swapper apply to the age merge only, not to "random"'
		);
		await expect(page.getByTestId('step')).toHaveText('5');
		await page.locator('#gossip-fail').fill('1.5');
		await page.getByRole('button', { name: 'Fail', exact: true }).click();
		await expect(page.getByTestId('refused')).toContainText('at most 1, got "1.5"');
		await expect(page.getByTestId('step')).toHaveText('5');
	});

	test('the metrics follow the scrubber and keep their values after a seek', async ({ page }) => {
		await open(page, '/play/gossip?nodes=400&viewSize=8&rounds=12&show=graph,metrics');
		await page.keyboard.press('End');
		await expect(page.getByTestId('round')).toHaveText('12');
		await measured(page, 12);
		const chart = page.getByTestId('chart-clustering');
		const label = await chart.locator('svg').getAttribute('aria-label');
		const atEnd = await markerX(page, 'clustering');
		await page.getByRole('slider').fill('4');
		await expect(page.getByTestId('round')).toHaveText('4');
		const atFour = await markerX(page, 'clustering');
		expect(atFour).toBeLessThan(atEnd);
		expect(await chart.locator('svg').getAttribute('aria-label')).toBe(label);
		await page.getByRole('slider').fill('8');
		await expect(page.getByTestId('round')).toHaveText('8');
		expect(await markerX(page, 'clustering')).toBeGreaterThan(atFour);
		// A fork at round 8 keeps the first eight rounds and recomputes the rest.
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await expect(page.getByTestId('round')).toHaveText('108');
		await measured(page, 108);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`is accessible and readable in the ${theme} theme (screenshots)`, async ({ page }) => {
			test.setTimeout(60_000);
			await usePrefs(page, { theme });
			for (const [w, h] of [
				[1920, 1080],
				[1280, 720]
			]) {
				await page.setViewportSize({ width: w, height: h });
				await open(
					page,
					'/play/gossip?nodes=100&viewSize=8&show=graph,metrics,inspector&step=3000'
				);
				await measured(page, 30);
				await page.locator('circle.node[data-id="12"]').click();
				await shoot(page, `gossip-converged-${theme}-${w}x${h}`);
				await open(page, '/play/gossip?nodes=30&viewSize=6&show=graph,exchange,inspector&step=4');
				// Where there is no room beside the graph, the exchange is its second panel's key away.
				if (w === 1280) await page.locator('[data-tab=exchange]').click();
				await page.keyboard.press('ArrowRight');
				await expect(page.getByTestId('gossip-exchange')).toHaveAttribute('data-phase', '3');
				await page.screenshot({ path: `screenshots/gossip-exchange-${theme}-${w}x${h}.png` });
				await open(page, '/play/gossip?nodes=100&viewSize=8&init=random&show=compare');
				await expect(page.getByTestId('gossip-compare').locator('svg path')).not.toHaveCount(0);
				await shoot(page, `gossip-compare-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
			await open(
				page,
				'/play/gossip?nodes=30&viewSize=6&show=graph,exchange,inspector,degree&step=4'
			);
			await expectAccessible(page);
		});
	}
});

test.describe('gossip at scale', () => {
	test('1,000 nodes animate on a canvas', async ({ page }) => {
		await open(page, '/play/gossip?nodes=1000&viewSize=20&show=graph');
		const canvas = page.locator('[data-testid=gossip-graph] canvas');
		await expect(canvas).toHaveAttribute('data-nodes', '1000');
		await page.keyboard.press('n');
		const fps = await page.evaluate(
			() =>
				new Promise<{ frames: number; worst: number; drawMs: number }>((resolve) => {
					const times: number[] = [];
					const start = performance.now();
					const tick = (t: number) => {
						times.push(t);
						if (t - start < 600) requestAnimationFrame(tick);
						else {
							const gaps = times.slice(1).map((x, i) => x - times[i]);
							const el = document.querySelector('[data-testid=gossip-graph] canvas');
							resolve({
								frames: (times.length - 1) / ((times.at(-1)! - times[0]) / 1000),
								worst: Math.max(...gaps),
								drawMs: Number(el?.getAttribute('data-frame-ms'))
							});
						}
					};
					requestAnimationFrame(tick);
				})
		);
		console.log(
			`1,000 nodes: ${fps.frames.toFixed(1)} frames/s, worst gap ${fps.worst.toFixed(0)} ms, median draw ${fps.drawMs} ms`
		);
		// Drawing a frame must leave room for 30 frames/s even on a busy shared machine (median of the
		// last 15 draws; SVG takes several times this at 1,000 nodes).
		expect(fps.drawMs).toBeLessThan(33);
		await expect(page.getByTestId('round')).toHaveText('1');
	});

	test('10,000 nodes: 100 rounds run in the worker with progress; the metrics match the paper', async ({
		page
	}) => {
		test.setTimeout(300_000);
		await open(page, '/play/gossip?nodes=10000&viewSize=30&rounds=200&show=graph,metrics');
		await expect(page.getByTestId('gossip-graph')).toContainText('A sample of');
		await measured(page, 0);
		const started = Date.now();
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await expect(page.getByTestId('run-progress')).toBeVisible();
		// The page answers while the worker runs.
		const lag = await page.evaluate(() => {
			const t = performance.now();
			return new Promise<number>((r) => requestAnimationFrame(() => r(performance.now() - t)));
		});
		expect(lag).toBeLessThan(500);
		await expect(page.getByTestId('round')).toHaveText('100', { timeout: 280_000 });
		console.log(
			`10,000 nodes, Cyclon: 100 rounds with metrics in the worker: ${Date.now() - started} ms`
		);
		await measured(page, 100);
		await page.getByText('Export').click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'State (JSON)' }).click()
		]);
		const { readFileSync } = await import('node:fs');
		const state = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
		const last = state.rounds.at(-1);
		const ref = state.randomGraphReference;
		expect(last.round).toBe(100);
		expect(last.inDegree.sd).toBeLessThanOrEqual(ref.inDegreeSd);
		expect(Math.abs(last.clustering / ref.clustering - 1)).toBeLessThan(0.2);
		expect(Math.abs(last.pathLength / ref.pathLength - 1)).toBeLessThan(0.2);
		console.log(
			`round 100: sd ${last.inDegree.sd.toFixed(3)} (random ${ref.inDegreeSd.toFixed(3)}), clustering ${last.clustering.toFixed(5)} (${ref.clustering.toFixed(5)}), path ${last.pathLength.toFixed(3)} (${ref.pathLength.toFixed(3)})`
		);
	});
});

test.describe('gossip lessons', () => {
	// Every gossip lesson plays through by the clicker in layout.spec, at two screen sizes.
	for (const theme of ['light', 'dark'] as const) {
		test(`lesson steps are accessible in the ${theme} theme (screenshots)`, async ({ page }) => {
			test.setTimeout(60_000);
			await usePrefs(page, { theme, lecture: true });
			for (const [w, h] of [
				[1920, 1080],
				[1280, 720]
			]) {
				await page.setViewportSize({ width: w, height: h });
				await open(page, '/lessons/gossip-substrate/2');
				// In lecture mode the exchange does not fit beside the graph: it is one tab away.
				await page.locator('[data-tab=exchange]').click();
				await page.keyboard.press('ArrowRight');
				await expect(page.getByTestId('gossip-exchange')).toHaveAttribute('data-phase', '3', {
					timeout: 6000
				});
				await page.screenshot({
					path: `screenshots/lesson-gossip-exchange-${theme}-${w}x${h}.png`
				});
				await open(page, '/lessons/random-graph/2?press=end');
				await shoot(page, `lesson-gossip-converge-${theme}-${w}x${h}`);
				await open(page, '/lessons/closest-peer/2?press=end');
				await shoot(page, `lesson-gossip-ring-${theme}-${w}x${h}`);
			}
			await expectAccessible(page);
			await open(page, '/lessons/self-healing/1?press=end');
			await expectAccessible(page);
		});
	}
});
