// `npm run bench [-- --full]`: the product's speed and size figures, printed. Builds the site, serves
// build/ and measures in Debian's Chromium, then issue 9's side-by-side figures (bench/issue9.ts:
// PeerSim, Pastry against the lazy reference, CLI start-up, the in-browser rounds): a few minutes.
// `--full` adds medians of 3, Pastry at N = 10^6, and each model's own benchmark script.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { keyToPaint, launch, median, percentile, timeToInteractive } from './browser';
import { bundleSizes } from './size';
import { pageWeight } from './pageweight';

const port = 4190;
const base = `http://127.0.0.1:${port}`;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

if (!process.argv.includes('--no-build')) {
	const built = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	if (built.status !== 0) throw new Error('vite build failed');
}

const size = bundleSizes();
console.log(
	`bundle: JS ${size.jsKb} kB + CSS ${size.cssKb} kB gzipped (${size.files} files in build/_app)`
);

const server = spawn('node', ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(port) },
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 800));
const browser = await launch();
try {
	for (const path of ['/play/ring', '/lessons/pastry-routing']) {
		const w = await pageWeight(browser, base, path);
		console.log(`${path} loads JS ${w.jsKb} kB + CSS ${w.cssKb} kB gzipped (${w.files} files)`);
	}
	const tti = await timeToInteractive(browser, `${base}/play/ring`);
	console.log(
		`navigation to interactive, /play/ring from build/: median ${fmt(median(tti))}, max ${fmt(Math.max(...tti))} (${tti.length} cold loads)`
	);
	const lat = await keyToPaint(browser, `${base}/play/ring?nodes=200&keys=60&step=230`);
	console.log(
		`keypress to next painted frame, ring with 200 nodes and 60 keys: median ${fmt(median(lat))}, p95 ${fmt(percentile(lat, 95))} (${lat.length} presses)`
	);
} finally {
	await browser.close();
	server.kill();
}

const full = process.argv.includes('--full');
const scripts = [
	['bench/issue9.ts', ...(full ? ['--full'] : [])],
	...(full
		? [['bench/pastry.ts'], ['bench/gossip.ts'], ['bench/search.ts'], ['bench/apps.ts']]
		: [])
];
for (const [script, ...args] of scripts) {
	if (!existsSync(script)) continue;
	console.log(`\n== ${script} ${args.join(' ')}`);
	const run = spawnSync('npx', ['tsx', script, ...args], { stdio: 'inherit' });
	if (run.status !== 0) process.exitCode = 1;
}
