/**
 * The side-by-side part of `bench/gossip.ts` (issue 9): PeerScope's compiled command line against
 * PeerSim 1.0.5 as whole processes (Newscast at N = 10,000 and 100,000, Cyclon with every metric
 * every round), the command line's start-up against npm's own, and the metrics' cost per round.
 * Each line gives the ratio, its target, and the command that reproduces the PeerScope side.
 */
import { spawnSync } from 'node:child_process';
import { gossipMetrics, initGossip, runRounds } from '../src/lib/sim/gossip';
import { medians, peersim, peersimNewscast, timeProcess, type ProcessRun } from './peersim';

const sec = (x: number) => `${x.toFixed(2)} s`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const rss = (r: ProcessRun) => (r.rssMb === null ? '' : `, ${r.rssMb} MB resident`);
const cpu = (r: ProcessRun) => (r.cpu === null ? '' : ` (${sec(r.cpu)} CPU)`);
const cpuRatio = (a: ProcessRun, b: ProcessRun) =>
	a.cpu === null || b.cpu === null ? '' : `, CPU ${ratio(a.cpu, b.cpu)}`;
const bundle = (args: string) => () =>
	timeProcess('node', ['dist/cli/sim.mjs', ...args.split(' ')]);
const npmSim = (args: string) => () =>
	timeProcess('npm', ['run', '--silent', 'sim', '--', ...args.split(' ')]);

/**
 * PeerScope's command line against PeerSim's SimpleNewscast and plain cycles, whole processes;
 * `quick` leaves out N = 100,000, `runs` alternating runs of each (medians).
 */
export function againstPeerSim(quick: boolean, runs = 3): void {
	console.log(
		`## PeerScope against PeerSim 1.0.5, whole process (median of ${runs}, run alternately)`
	);
	// Make sure the bundle is fresh before timing it (scripts/sim.js rebuilds a stale one).
	spawnSync('node', ['scripts/sim.js', '--help'], { stdio: 'ignore' });
	const ps = peersim();
	if ('skip' in ps) console.log(ps.skip);
	const cases = [
		{ nodes: 10_000, rounds: 100 },
		...(quick ? [] : [{ nodes: 100_000, rounds: 50 }])
	];
	for (const { nodes, rounds } of cases) {
		// PeerSim starts from WireKOut with k = c: a random 30-out graph, our --init random. Its run
		// has no observer, so the like-for-like run measures light rows (in-degree, components, dead
		// links) at round 0 and the last; the second line adds clustering and path length to both.
		const args = `gossip --nodes ${nodes} --view 30 --preset newscast --init random --rounds ${rounds} --metrics-every ${rounds} --seed 1 --json`;
		const light = `${args} --metrics light`;
		const commands: (() => ProcessRun)[] = [bundle(light), bundle(args), npmSim(light)];
		if ('run' in ps) commands.push(peersimNewscast(ps.run, nodes, 30, rounds));
		const [node, full, npm, java] = medians(commands, runs);
		const against = (r: ProcessRun) => (java ? `; ratio ${ratio(r.seconds, java.seconds)}` : '');
		console.log(
			`Newscast (whole view), N=${nodes.toLocaleString('en')}, c=30, ${rounds} rounds, light rows: ` +
				`PeerScope ${sec(node.seconds)}${cpu(node)}${rss(node)} (node dist/cli/sim.mjs), ${sec(npm.seconds)} (npm run sim)` +
				(java
					? `; PeerSim ${sec(java.seconds)}${cpu(java)}${rss(java)}; ratio ${ratio(node.seconds, java.seconds)} ` +
						`(${ratio(npm.seconds, java.seconds)} through npm${cpuRatio(node, java)}; target ≤ 0.5${nodes > 10_000 ? ', < 400 MB' : ''})`
					: '') +
				`   [npm run --silent sim -- ${light}]`
		);
		console.log(
			`  the same with every metric at round 0 and ${rounds}: PeerScope ${sec(full.seconds)}${cpu(full)}${rss(full)}${against(full)}` +
				`   [npm run --silent sim -- ${args}]`
		);
	}
	const cyclon =
		'gossip --nodes 10000 --view 30 --preset cyclon --rounds 100 --metrics-every 1 --seed 1 --json';
	const commands: (() => ProcessRun)[] = [bundle(cyclon)];
	if ('run' in ps) commands.push(peersimNewscast(ps.run, 10_000, 30, 100));
	const [ours, theirs] = medians(commands, runs);
	console.log(
		`Cyclon, N=10,000, c=30, 100 rounds, every metric every round: PeerScope ${sec(ours.seconds)}${cpu(ours)}${rss(ours)}` +
			(theirs
				? `; PeerSim's plain 100 cycles ${sec(theirs.seconds)}${cpu(theirs)}; ratio ${ratio(ours.seconds, theirs.seconds)}${cpuRatio(ours, theirs)} (target ≤ 3)`
				: '') +
			`   [npm run --silent sim -- ${cyclon}]`
	);
}

/** The command line's start-up against npm's own (`npm exec -- node -e 0`). */
export function startUp(): void {
	const ring = 'ring --nodes 8 --keys 5 --seed 7 --json';
	const [sim, npm] = medians(
		[npmSim(ring), () => timeProcess('npm', ['exec', '--', 'node', '-e', '0'])],
		7
	);
	console.log(
		`\n## CLI start-up (median of 7): npm run --silent sim -- ${ring}: ${sec(sim.seconds)}; ` +
			`npm exec -- node -e 0: ${sec(npm.seconds)}; ratio ${ratio(sim.seconds, npm.seconds)} (target ≤ 1.3)`
	);
}

/** Milliseconds of `gossipMetrics` per round, every metric and the cheap ones, in this process. */
export function metricsCost(quick: boolean, sample: () => void): void {
	console.log(
		'\n## Metrics per round (ms, in process, median of 5): every metric / cheap (no clustering, no path)'
	);
	const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
	for (const nodes of sizes) {
		const s = initGossip({ nodes, viewSize: 30, preset: 'cyclon' }, '1');
		runRounds(s, 30);
		const time = (o: Parameters<typeof gossipMetrics>[1]) => {
			const t: number[] = [];
			for (let i = 0; i < 5; i++) {
				const t0 = performance.now();
				gossipMetrics(s, o);
				t.push(performance.now() - t0);
			}
			sample();
			return t.sort((a, b) => a - b)[2];
		};
		const full = time({});
		const cheap = time({ clustering: false, pathSources: 0 });
		console.log(
			`Cyclon after 30 rounds, N=${nodes.toLocaleString('en')}, c=30: ${full.toFixed(1)} / ${cheap.toFixed(1)} ` +
				`(path length from ${Math.min(100, nodes)} BFS sources, clustering exact)`
		);
	}
}
