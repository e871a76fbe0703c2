import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * The JS and CSS a page actually loads (gzip level 9 sizes of the files from build/), in kB: what a
 * student's browser downloads to open it, as against the whole build.
 */
export async function pageWeight(
	browser: Browser,
	base: string,
	path: string
): Promise<{ jsKb: number; cssKb: number; files: number }> {
	const page = await browser.newPage();
	const urls = new Set<string>();
	page.on('response', (r) => {
		const u = new URL(r.url());
		if (/\.(js|css)$/.test(u.pathname)) urls.add(u.pathname);
	});
	await page.goto(base + path);
	await page.waitForSelector('html[data-hydrated]');
	await page.waitForTimeout(500);
	await page.close();
	let js = 0;
	let css = 0;
	for (const u of urls) {
		const gz = gzipSync(readFileSync(`build${u}`), { level: 9 }).length;
		if (u.endsWith('.js')) js += gz;
		else css += gz;
	}
	return { jsKb: +(js / 1024).toFixed(1), cssKb: +(css / 1024).toFixed(1), files: urls.size };
}
