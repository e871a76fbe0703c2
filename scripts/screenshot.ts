// Ad-hoc screenshots of the built app in Debian's Chromium, for looking at a change:
//   npx tsx scripts/screenshot.ts /play/ring out.png [--size 1280x720] [--keys ArrowRight*5,n]
//       [--theme dark] [--lecture] [--wait 800]
// Serve build/ first (npm run serve) or pass --base http://host:port.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		size: { type: 'string', default: '1920x1080' },
		keys: { type: 'string', default: '' },
		theme: { type: 'string', default: 'light' },
		lecture: { type: 'boolean', default: false },
		wait: { type: 'string', default: '700' },
		base: { type: 'string', default: 'http://127.0.0.1:4173' }
	}
});
const [path = '/', out = 'screenshot.png'] = positionals;
const [width, height] = values.size.split('x').map(Number);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.addInitScript(
	([theme, lecture]) =>
		localStorage.setItem('peerscope:prefs', JSON.stringify({ theme, lecture, scaleIndex: 2 })),
	[values.theme, values.lecture] as const
);
await page.goto(values.base + path);
await page.waitForSelector('html[data-hydrated]');
for (const spec of values.keys.split(',').filter(Boolean)) {
	const [key, times] = spec.split('*');
	for (let i = 0; i < Number(times ?? 1); i++) await page.keyboard.press(key);
}
await page.waitForTimeout(Number(values.wait));
await page.screenshot({ path: out });
console.log(`${out} ${width}x${height} ${page.url()}`);
await browser.close();
