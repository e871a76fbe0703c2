/**
 * Issue 9's figures side by side, in one run: `npx tsx bench/issue9.ts [--full]` (also printed by
 * `npm run bench`). PeerScope's compiled command line against PeerSim 1.0.5 (Newscast at N = 10,000
 * and 100,000; Cyclon with every metric every round against PeerSim's plain run), the command
 * line's start-up against npm's own, the metrics' cost per round, Pastry at N = 100,000 against the
 * lazy reference and the earlier figures, and the in-browser worker time of 100 rounds at 10,000
 * nodes with every metric and of the page's own job. Each line names its target and the command that reproduces it. The
 * default takes a few minutes (one run of N = 100,000); `--full` takes medians of 3 everywhere and
 * adds Pastry at N = 1,000,000 as a whole process (wall, CPU, peak RSS).
 */
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launch } from './browser';
import { browserRounds } from './browserRounds';
import { againstPeerSim, metricsCost, startUp } from './gossipCompare';
import { timeProcess } from './peersim';
import { gossipMetrics, initGossip, runRounds } from '../src/lib/sim/gossip';

const full = process.argv.includes('--full');
const runs = full ? 3 : 1;
const cpuMs = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
const load = () => `load average ${loadavg()[0].toFixed(1)} on this 2-core machine`;

console.log(
	`# Issue 9, side by side (${full ? 'full' : 'default; --full for medians of 3 and N = 10^6'}); ${load()}`
);
againstPeerSim(false, runs);
startUp();
metricsCost(!full, () => {});

/** Figures of the last note before this round of work (N = 100,000, 200,000 lookups). */
const EARLIER = { totalMs: 1900, ratio: 4.2, millionS: 14.84, millionMB: 705 };
console.log('\n## Pastry, b = 4, |L| = 16, |M| = 32, 200,000 lookups between random nodes, seed 1');
{
	// Bundled, as the command line and the page run the engine (see pastrySideBySide.entry.ts).
	const bundle = join(tmpdir(), 'peerscope-pastry-side-by-side.mjs');
	await build({
		entryPoints: [new URL('./pastrySideBySide.entry.ts', import.meta.url).pathname],
		bundle: true,
		platform: 'node',
		format: 'esm',
		outfile: bundle,
		logLevel: 'silent'
	});
	const run = spawnSync('node', [bundle, '3'], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`the Pastry side-by-side run failed: ${run.stderr}`);
	const { engine, lazy, hops, lazyHops } = JSON.parse(run.stdout) as {
		engine: { wall: number; cpu: number; build: number }[];
		lazy: { wall: number; cpu: number }[];
		hops: number;
		lazyHops: number;
	};
	const e = { wall: median(engine.map((x) => x.wall)), cpu: median(engine.map((x) => x.cpu)) };
	const l = { wall: median(lazy.map((x) => x.wall)), cpu: median(lazy.map((x) => x.cpu)) };
	console.log(
		`N=100,000 from seed to statistics (median of 3, alternating): engine ${e.wall.toFixed(0)} ms ` +
			`(${e.cpu.toFixed(0)} ms CPU, build ${median(engine.map((x) => x.build)).toFixed(0)} ms CPU), mean hops ${hops.toFixed(3)} ` +
			`(paper 3.976, ${((100 * (hops - 3.976)) / 3.976).toFixed(2)}%); lazy reference ${l.wall.toFixed(0)} ms ` +
			`(${l.cpu.toFixed(0)} ms CPU, mean hops ${lazyHops.toFixed(3)}); ratio ${(e.wall / l.wall).toFixed(2)}, ` +
			`CPU ${(e.cpu / l.cpu).toFixed(2)} (target ≤ 1.5; earlier note: ${EARLIER.totalMs} ms, ${EARLIER.ratio}×)` +
			'   [npx tsx bench/issue9.ts: bench/pastrySideBySide.entry.ts bundled]'
	);
	if (full) {
		const args = 'pastry stats --nodes 1000000 --lookups 200000 --seed 1 --json';
		const r = timeProcess('node', ['dist/cli/sim.mjs', ...args.split(' ')]);
		console.log(
			`N=1,000,000, whole process: ${r.seconds.toFixed(2)} s` +
				(r.cpu === null ? '' : ` (${r.cpu.toFixed(2)} s CPU)`) +
				(r.rssMb === null ? '' : `, ${r.rssMb} MB resident`) +
				` (target < 15 s and < 1.5 GB; earlier note: ${EARLIER.millionS} s, ${EARLIER.millionMB} MB)` +
				`   [npm run --silent sim -- ${args}]`
		);
	}
}

console.log(
	'\n## In the browser: Cyclon, N=10,000, c=30, 100 rounds, every metric every round (a Worker in Chromium)'
);
{
	const browser = await launch();
	try {
		const page = await browserRounds(
			browser,
			{ nodes: 10_000, view: 30, rounds: 100, preset: 'cyclon', mode: 'page' },
			3
		);
		const alone = await browserRounds(
			browser,
			{ nodes: 10_000, view: 30, rounds: 100, preset: 'cyclon', mode: 'page', helper: false },
			3
		);
		const b = await browserRounds(browser, undefined, runs);
		const wall = median(b.map((x) => x.initMs + x.roundsMs));
		const metrics = median(b.map((x) => x.metricsMs));
		// The same computation in this Node process, for a ratio on a machine whose load varies.
		const t = performance.now();
		const c = cpuMs();
		const s = initGossip({ nodes: 10_000, viewSize: 30, preset: 'cyclon' }, '1');
		for (let r = 0; r < 100; r++) {
			runRounds(s, 1);
			gossipMetrics(s);
		}
		const nodeWall = performance.now() - t;
		console.log(
			`worker time ${(wall / 1000).toFixed(2)} s (metrics ${(metrics / 1000).toFixed(2)} s of it; median of ${runs}); ` +
				`the same in Node: ${(nodeWall / 1000).toFixed(2)} s wall, ${((cpuMs() - c) / 1000).toFixed(2)} s CPU; ` +
				`${load()} (target < 2 s of worker time; the page's progress bar is the worker stack's, not measured here)` +
				'   [npx tsx bench/issue9.ts]'
		);
		const jobS = (xs: typeof page) =>
			(median(xs.map((x) => x.initMs + x.roundsMs)) / 1000).toFixed(2);
		console.log(
			`the page's own job (runRoundsJob: cheap metrics every round, every metric every ` +
				`${page[0].fullEvery}th, measured on a helper worker while the job worker simulates): ` +
				`${jobS(page)} s; measured in the job worker itself: ${jobS(alone)} s (medians of 3; target < 2 s)`
		);
	} finally {
		await browser.close();
	}
}
