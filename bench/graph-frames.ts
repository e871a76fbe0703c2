// The 1,000-node gossip graph while it animates a round, in Debian's Chromium:
//   npx tsx bench/graph-frames.ts [http://127.0.0.1:4173]   (serve build/ first: npm run serve)
// For each of 8 rounds ('n'): frames drawn per second from the first frame of the glide to its
// last (Canvas draws counted), how long after the key the glide starts (the layout is computed in
// a worker meanwhile), and the longest main-thread frame in those 3 s. Compare builds side by side
// in one run: timings on a shared machine are noisy.
import { launch, median } from './browser';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${base}/play/gossip?nodes=1000&viewSize=20&show=graph`);
await page.waitForSelector('html[data-hydrated]');
await page.waitForSelector(
	'[data-testid=gossip-graph]:not([data-pending]) canvas[data-nodes="1000"]'
);
// Page scripts are passed as text: tsx would wrap named functions in a helper the page lacks.
await page.evaluate(`{
	const clear = CanvasRenderingContext2D.prototype.clearRect;
	CanvasRenderingContext2D.prototype.clearRect = function (...a) {
		window.draws.push(performance.now());
		return clear.apply(this, a);
	};
}`);
await page.waitForTimeout(1000);
type Round = { fps: number; start: number; stall: number };
const rounds: Round[] = [];
for (let r = 0; r < 8; r++) {
	await page.evaluate(`{
		window.draws = [];
		window.rafs = [];
		window.t0 = performance.now();
		const tick = (t) => {
			window.rafs.push(t);
			if (t - window.t0 < 3000) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	}`);
	await page.keyboard.press('n');
	await page.waitForTimeout(3200);
	rounds.push(
		await page.evaluate<Round>(`(() => {
			const gaps = (xs) => xs.slice(1).map((x, i) => x - xs[i]);
			// The glide: the draws after the longest wait between two draws (the layout), to the last.
			const g = gaps(window.draws);
			const d = window.draws.slice(g.indexOf(Math.max(...g)) + 1);
			return {
				fps: (d.length - 1) / ((d[d.length - 1] - d[0]) / 1000),
				start: d[0] - window.t0,
				stall: Math.max(...gaps(window.rafs))
			};
		})()`)
	);
}
await browser.close();
for (const [i, r] of rounds.entries())
	console.log(
		`round ${i + 1}: ${r.fps.toFixed(1)} frames/s while gliding, glide starts ${r.start.toFixed(0)} ms after the key, longest frame ${r.stall.toFixed(0)} ms`
	);
console.log(
	`median: ${median(rounds.map((r) => r.fps)).toFixed(1)} frames/s, longest frame ${median(rounds.map((r) => r.stall)).toFixed(0)} ms`
);
