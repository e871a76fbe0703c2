/**
 * In-browser time of 100 gossip rounds at N = 10,000 with every metric every round, or as the page
 * runs them (`mode: 'page'`: its own `runRoundsJob`) (issue 9), in
 * Debian's Chromium: the engine bundled by esbuild (bench/browserRounds.entry.ts) runs in a
 * dedicated Worker of a blank page served through Playwright's routing (no site, no CSP, no
 * dependency on the page's own worker stack), and reports the worker's own clock. This is the
 * worker time of the computation the page's "Run 100 rounds" asks for; the progress bar and the
 * page's messaging around it are not in it.
 */
import { build } from 'esbuild';
import type { Browser } from '@playwright/test';

/** Worker-clock milliseconds of one run: building the network, the rounds (metrics included), the metrics alone. */
export interface BrowserRounds {
	readonly initMs: number;
	readonly roundsMs: number;
	readonly metricsMs: number;
	readonly components: number;
	/** In the page's job (`mode: 'page'`): every how many rounds every metric is measured. */
	readonly fullEvery?: number;
}

const ORIGIN = 'http://bench.invalid';

/** Runs `rounds` rounds of `preset` at `nodes` nodes, view `view`, `runs` times (fresh worker each). */
export async function browserRounds(
	browser: Browser,
	job: {
		nodes: number;
		view: number;
		rounds: number;
		preset: 'cyclon';
		mode: 'every' | 'page';
		/** In `page` mode: measure on a second worker, as the page does (default true). */
		helper?: boolean;
	} = { nodes: 10_000, view: 30, rounds: 100, preset: 'cyclon', mode: 'every' },
	runs = 3
): Promise<BrowserRounds[]> {
	const out = await build({
		entryPoints: [new URL('./browserRounds.entry.ts', import.meta.url).pathname],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		alias: { $lib: new URL('../src/lib', import.meta.url).pathname },
		logLevel: 'silent'
	});
	const script = out.outputFiles[0].text;
	const page = await browser.newPage();
	await page.route(`${ORIGIN}/**`, (route) =>
		route.fulfill(
			route.request().url().endsWith('.js')
				? { contentType: 'text/javascript', body: script }
				: { contentType: 'text/html', body: '<!doctype html><title>bench</title>' }
		)
	);
	await page.goto(`${ORIGIN}/`);
	const results: BrowserRounds[] = [];
	for (let i = 0; i < runs; i++)
		results.push(
			await page.evaluate(
				(j) =>
					new Promise<BrowserRounds>((resolve, reject) => {
						const w = new Worker('/rounds.js');
						const helper =
							j.mode === 'page' && j.helper !== false ? new Worker('/rounds.js') : null;
						w.onmessage = (e) => {
							w.terminate();
							helper?.terminate();
							resolve(e.data);
						};
						w.onerror = (e) => reject(new Error(e.message));
						if (!helper) return w.postMessage(j);
						const { port1, port2 } = new MessageChannel();
						helper.postMessage({ measure: port2 }, [port2]);
						w.postMessage({ ...j, metrics: port1 }, [port1]);
					}),
				job
			)
		);
	await page.close();
	return results;
}
