import type { Page } from '@playwright/test';
import {
	expect,
	expectAccessible,
	lessonPosition,
	open,
	pressOn,
	test,
	usePrefs
} from './fixtures';
import { layoutProblems, measureLayout, sidePanelProblem } from './layout';

/**
 * The projector rules over every playground and every press of every lesson: the page does not
 * scroll, no two texts overlap, the main picture covers at least 30% of the screen, a routing table
 * shown has its 16 digit columns and is whole on screen, and in lecture mode at 1280×720 no text is
 * under 18 px. Each screen size walks all lessons in one page by the clicker's key (PageDown), so
 * every lesson also plays through from its first step to its last with no console error (motion
 * reduced, so the picture is the step's final frame). The transport bar stays whole on screen.
 * A playground's side panel (its controls) does not scroll inside at 1280×720 in lecture mode and
 * at 1920×1080, as it opens and three steps in.
 */

interface Screen {
	readonly name: string;
	readonly width: number;
	readonly height: number;
	readonly lecture: boolean;
	/** Presses of + after loading. */
	readonly plus: number;
	readonly minFont: number;
	/** Whether a playground's side panel must fit without scrolling inside. */
	readonly sideFits: boolean;
}

const LECTURE: Screen = {
	name: '1280x720 lecture',
	width: 1280,
	height: 720,
	lecture: true,
	plus: 0,
	minFont: 18,
	sideFits: true
};
const WIDE: Screen = {
	name: '1920x1080',
	width: 1920,
	height: 1080,
	lecture: false,
	plus: 0,
	minFont: 0,
	sideFits: true
};
// Text half as large again is the lecturer's choice over the panel's room: its panel may scroll.
const LARGE: Screen = {
	...LECTURE,
	name: '1280x720 lecture, + three times',
	plus: 3,
	minFont: 18,
	sideFits: false
};

const PLAYGROUNDS = ['ring', 'pastry', 'gossip', 'search', 'scribe', 'past', 'broadcast'];

/** Waits until the stage has drawn its panels and nothing on it is still being computed. */
async function settled(page: Page): Promise<void> {
	const stage = page.getByTestId('stage');
	await expect(stage).not.toContainText('Loading the simulation');
	await expect(stage.locator('[data-panel]').first()).toBeVisible();
	await expect(stage.locator('[role=status]')).toHaveCount(0, { timeout: 90_000 });
	// Two frames: the panels have measured their boxes and drawn into them.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/**
 * Checks this screen: every broken rule goes to `found`, named by page and panels shown. A
 * playground's screen also has its side panel checked, where the screen asks for it.
 */
async function check(
	page: Page,
	where: string,
	screen: Screen,
	found: string[],
	playground = false
): Promise<void> {
	await settled(page);
	const report = await measureLayout(page, screen.minFont);
	const problems = layoutProblems(report);
	const side = playground && screen.sideFits ? sidePanelProblem(report) : null;
	if (side) problems.push(side);
	for (const p of problems) found.push(`${where} [${report.panels}]: ${p}`);
}

async function prepare(page: Page, screen: Screen): Promise<void> {
	await page.setViewportSize({ width: screen.width, height: screen.height });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await usePrefs(page, { lecture: screen.lecture });
}

/** Every playground on every screen, as it opens and three steps in (axe in lecture mode). */
async function walkPlaygrounds(page: Page, found: string[]): Promise<void> {
	for (const screen of [LECTURE, WIDE, LARGE]) {
		await prepare(page, screen);
		for (const model of PLAYGROUNDS) {
			await open(page, `/play/${model}`);
			for (let i = 0; i < screen.plus; i++) await page.keyboard.press('+');
			await check(page, `/play/${model}`, screen, found, true);
			// The first steps put something in flight (a route, an exchange, a query).
			for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
			await expect(page.getByTestId('step')).toHaveText('3');
			await check(page, `/play/${model} after 3 steps`, screen, found, true);
			if (screen === LECTURE) await expectAccessible(page);
		}
	}
}

/** Every lesson's first-step link, from the index. */
async function lessonLinks(page: Page): Promise<string[]> {
	await open(page, '/lessons');
	return page
		.locator('ol.list > li > a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Presses → through a whole lesson, checking the screen after every press. */
async function walkLesson(
	page: Page,
	href: string,
	screen: Screen,
	found: string[]
): Promise<number> {
	await open(page, href);
	// The lesson's first screen in lecture mode is also checked by axe.
	if (screen === LECTURE) {
		await settled(page);
		await expectAccessible(page);
	}
	const total = Number(
		(await page.getByTestId('lesson-progress').textContent())?.match(/of (\d+)/)?.[1]
	);
	let screens = 0;
	for (let i = 0; i < 100; i++) {
		const at = await lessonPosition(page);
		const step = at.match(/^Step (\d+)/)?.[1];
		await check(page, `${href.replace(/\/$/, '')}/${step} (${at})`, screen, found);
		screens++;
		const done = at.match(/(\d+)\/(\d+)/);
		if (Number(step) === total && (!done || done[1] === done[2])) break;
		// A presentation clicker sends PageDown.
		await pressOn(page, 'PageDown');
	}
	await expect(page.getByTestId('lesson-progress'), href).toHaveText(`Step ${total} of ${total}`);
	await expect(page.getByTestId('stage')).not.toContainText('Loading the simulation');
	return screens;
}

test.describe('projector layout', () => {
	test('the checks see overlapping texts, scrolling, small and cut text, a cut routing table and a side panel that scrolls', async ({
		page
	}) => {
		await page.setContent(`<body style="margin:0">
			<p style="position:absolute;top:10px;left:10px;font-size:16px">first text</p>
			<p style="position:absolute;top:14px;left:30px;font-size:16px">second text</p>
			<div style="position:absolute;top:100px;width:60px;overflow:hidden;white-space:nowrap;font-size:20px">a line cut short</div>
			<div style="height:2000px"></div>
			<div role="region" aria-label="Routing table of 65a1fc" style="position:absolute;top:700px;width:300px;overflow:auto">
				<table><thead><tr><th></th><th>0</th><th>1</th></tr></thead></table></div>
			<aside aria-label="What happened and what you can do" style="position:absolute;top:200px;left:400px;width:200px;height:100px;overflow:auto">
				<div style="height:150px"></div></aside></body>`);
		const report = await measureLayout(page, 18);
		const problems = layoutProblems(report).join('\n');
		expect(problems).toContain('scrolls by 0×');
		expect(problems).toContain('texts overlap: "first text" × "second text"');
		expect(problems).toContain('text under the limit: first text (16px)');
		expect(problems).toContain('Routing table of 65a1fc: digit columns "01"');
		expect(problems).toContain('Routing table of 65a1fc: not whole on screen');
		expect(problems).toContain('main picture covers 0.0% of the screen');
		expect(problems).toContain('texts cut off at the side: a line cut short');
		expect(report.side).toEqual({ x: 0, y: 50 });
		expect(sidePanelProblem(report)).toBe('the side panel scrolls inside by 0×50 px');
		await page.setContent('<body><p>no side panel</p></body>');
		expect(sidePanelProblem(await measureLayout(page))).toBe('no side panel found');
	});

	test('every playground, at 1280x720 in lecture mode (also with + three times) and at 1920x1080', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const found: string[] = [];
		await walkPlaygrounds(page, found);
		expect(found, 'projector rules broken').toEqual([]);
	});

	for (const screen of [LECTURE, WIDE]) {
		test(`every press of every lesson at ${screen.name}`, async ({ page }) => {
			test.setTimeout(600_000);
			await prepare(page, screen);
			const found: string[] = [];
			let screens = 0;
			for (const href of await lessonLinks(page)) {
				const t0 = Date.now();
				screens += await walkLesson(page, href, screen, found);
				console.log(`${screen.name} ${href}: ${Date.now() - t0} ms`);
			}
			expect(screens).toBeGreaterThan(100);
			expect(found, 'projector rules broken').toEqual([]);
		});
	}
});
