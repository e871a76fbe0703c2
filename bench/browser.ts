import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

/** Debian's Chromium, headless, as the e2e tests use it. */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

export function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/**
 * Navigation to interactive: from navigation start to the app's hydration mark (the moment the
 * keyboard and buttons work), in a fresh page each time (cold JS cache: a new context per run).
 */
export async function timeToInteractive(
	browser: Browser,
	url: string,
	runs = 7
): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForSelector('html[data-hydrated]');
		times.push(
			await page.evaluate(() => performance.getEntriesByName('peerscope:hydrated')[0].startTime)
		);
		await context.close();
	}
	return times;
}

/**
 * Keypress to the next painted frame: the time from a → keydown to the end of the frame that shows
 * the step (requestAnimationFrame, then a task after it, i.e. after paint).
 */
export async function keyToPaint(browser: Browser, url: string, presses = 40): Promise<number[]> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await page.goto(url);
	await page.waitForSelector('html[data-hydrated]');
	await page.evaluate(() => {
		const w = window as unknown as { __lat: number[] };
		w.__lat = [];
		addEventListener(
			'keydown',
			(e) => {
				const t0 = e.timeStamp;
				requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0)));
			},
			{ capture: true }
		);
	});
	for (let i = 0; i < presses; i++) {
		await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
		await page.waitForTimeout(120);
	}
	const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
	await page.close();
	return lat;
}
