/**
 * Gossip benchmark (issues 4 and 9), headless: `npx tsx bench/gossip.ts [--quick]`.
 * First PeerScope against PeerSim 1.0.5 side by side, whole processes on this machine (bench/
 * gossipCompare.ts, bench/peersim.ts): Newscast at N = 10,000 and 100,000, Cyclon with every metric every round, the cost
 * of the metrics per round, and the command line's start-up against npm's own; each with its
 * ratio and target. Then milliseconds per round, the per-round metrics, the peak memory, and the
 * qualitative results the papers predict, each with the `sim gossip` command that reproduces it.
 * `--quick` skips N = 100,000 and uses one T-Man seed; `--compare-only` stops after the comparisons.
 */
import { randomGraphReference } from '../src/lib/sim/core/graph';
import {
	gossipMetrics,
	initGossip,
	runRounds,
	type GossipMetrics,
	type GossipOptions
} from '../src/lib/sim/gossip';
import { againstPeerSim, metricsCost, startUp } from './gossipCompare';

const quick = process.argv.includes('--quick');
let peak = 0;
const sample = () => {
	const m = process.memoryUsage();
	peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const f = (x: number | null, d = 3) => (x === null ? '-' : x.toFixed(d));
const cli = (o: string) => `npm run --silent sim -- gossip ${o} --seed 1 --json`;

const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

/** Wall-clock and CPU milliseconds per round (the machine may be shared: CPU time is steadier). */
function msPerRound(options: GossipOptions, rounds: number): string {
	const s = initGossip(options, '1');
	runRounds(s, 2);
	const t = performance.now();
	const c = cpuMs();
	runRounds(s, rounds, sample);
	return `${((performance.now() - t) / rounds).toFixed(1)}/${((cpuMs() - c) / rounds).toFixed(1)}`;
}

function timings(): void {
	console.log('## Milliseconds per round, wall clock / CPU (after 2 warm-up rounds, in process)');
	const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
	for (const nodes of sizes) {
		const rounds = nodes <= 1_000 ? 100 : nodes <= 10_000 ? 20 : 3;
		const row = (['newscast', 'cyclon'] as const).map(
			(preset) => `${preset} ${msPerRound({ nodes, viewSize: 30, preset }, rounds)}`
		);
		const tman = msPerRound({ nodes, viewSize: 20, preset: 'tman' }, rounds);
		console.log(`N=${nodes}, c=30: ${row.join(', ')}; tman (c=20) ${tman}`);
	}
}

/** Runs `rounds` rounds and returns the metrics of the listed rounds (and round 0). */
function trace(
	options: GossipOptions,
	rounds: number,
	at: (r: number) => boolean
): GossipMetrics[] {
	const s = initGossip(options, '1');
	const out = [gossipMetrics(s, { pathSources: 0, clustering: false })];
	runRounds(s, rounds, (st) => {
		if (at(st.round))
			out.push(
				gossipMetrics(st, {
					clustering: st.round === rounds,
					pathSources: st.round === rounds ? 100 : 0
				})
			);
	});
	sample();
	return out;
}

function convergence(): void {
	const ref = randomGraphReference(10_000, 30);
	console.log('\n## N=10,000, c=30, from a ring lattice, after 100 rounds');
	console.log(
		`random 30-out graph: in-degree sd ${f(ref.inDegreeSd)}, clustering ${f(ref.clustering, 5)}, path length ${f(ref.pathLength)}`
	);
	const last: Record<string, GossipMetrics> = {};
	for (const preset of ['cyclon', 'newscast'] as const) {
		const m = trace({ nodes: 10_000, viewSize: 30, preset }, 100, (r) => r === 100).at(
			-1
		) as GossipMetrics;
		last[preset] = m;
		console.log(
			`${preset}: in-degree sd ${f(m.inDegree.sd)} (min ${m.inDegree.min}, max ${m.inDegree.max}), ` +
				`clustering ${f(m.clustering, 5)} (${f(((m.clustering as number) / ref.clustering - 1) * 100, 1)}%), ` +
				`path length ${f(m.pathLength)} (${f(((m.pathLength as number) / (ref.pathLength as number) - 1) * 100, 1)}%)` +
				`   [${cli(`--nodes 10000 --view 30 --preset ${preset} --rounds 100 --metrics-every 100`)}]`
		);
	}
	console.log(
		`Newscast's in-degree sd is ${f(last.newscast.inDegree.sd / last.cyclon.inDegree.sd, 1)}x Cyclon's and ` +
			`${f(last.newscast.inDegree.sd / ref.inDegreeSd, 1)}x a random graph's`
	);
}

function failures(): void {
	console.log('\n## Half the nodes fail at the end of round 100 (N=10,000, c=30, ring lattice)');
	for (const preset of ['cyclon', 'newscast'] as const) {
		const t = trace(
			{ nodes: 10_000, viewSize: 30, preset, failure: { fraction: 0.5, round: 100 } },
			110,
			(r) => r === 100 || r === 110
		);
		const [, after, later] = t;
		console.log(
			`${preset}: just after: ${after.live} live, ${after.components} component(s), largest ${after.largestComponent}, dead links ${f(after.deadLinks)}; ` +
				`10 rounds later: ${later.components} component(s), dead links ${f(later.deadLinks, 4)}` +
				`   [${cli(`--nodes 10000 --view 30 --preset ${preset} --rounds 110 --fail 0.5@100 --metrics-every 10`)}]`
		);
	}
	console.log(
		'\n## Dead links after half fail at round 50 (random peer, half view, pushpull, c=30, H/S = 15)'
	);
	const show = [50, 51, 52, 55, 60, 70, 80, 100];
	for (const [name, o] of [
		['healer H=15', { merge: 'age', healer: 15 }],
		['swapper S=15', { merge: 'age', swapper: 15 }],
		['blind', {}]
	] as const) {
		const t = trace(
			{ nodes: 10_000, viewSize: 30, failure: { fraction: 0.5, round: 50 }, ...o },
			100,
			(r) => r >= 50
		);
		const byRound = new Map(t.map((m) => [m.round, m.deadLinks]));
		const under = t.find((m) => m.round >= 50 && m.deadLinks < 0.01)?.round;
		const zero = t.find((m) => m.round >= 50 && m.deadLinks === 0)?.round;
		const flags =
			'merge' in o
				? `--merge age --${'healer' in o ? `healer ${o.healer}` : `swapper ${o.swapper}`}`
				: '';
		console.log(
			`${name.padEnd(13)} ${show.map((r) => `${r}:${f(byRound.get(r) ?? null)}`).join(' ')}; ` +
				`<1% at round ${under ?? '>100'}, 0 at ${zero ?? '>100'}` +
				`   [${cli(`--nodes 10000 --view 30 ${flags} --rounds 100 --fail 0.5@50`.replace(/  +/g, ' '))}]`
		);
	}
}

function tman(): void {
	console.log(
		'\n## T-Man (c=20, ψ=5, 20 random samples) from a random overlay: rounds until the sorted ring'
	);
	const seeds = quick ? ['1'] : ['1', '2', '3'];
	for (const nodes of [100, 1_000, 10_000]) {
		const cells = seeds.map((seed) => {
			const s = initGossip({ nodes, viewSize: 20, preset: 'tman' }, seed);
			let r99 = -1;
			let r100 = -1;
			runRounds(s, 60, (st) => {
				const found =
					gossipMetrics(st, { pathSources: 0, clustering: false }).targetEdgesFound ?? 0;
				if (r99 < 0 && found >= 0.99) r99 = st.round;
				if (r100 < 0 && found === 1) r100 = st.round;
			});
			return `${r99}/${r100}`;
		});
		console.log(
			`N=${nodes}: 99%/100% of ring edges at rounds ${cells.join(', ')} (seeds ${seeds.join(', ')})` +
				`   [${cli(`--nodes ${nodes} --view 20 --preset tman --rounds 40`)} → targetCompleteRound]`
		);
	}
}

const start = performance.now();
againstPeerSim(quick);
startUp();
metricsCost(quick, sample);
if (!process.argv.includes('--compare-only')) {
	console.log('');
	timings();
	convergence();
	failures();
	tman();
}
console.log(
	`\npeak heap + array buffers: ${mb(peak)}; total ${((performance.now() - start) / 1000).toFixed(0)} s`
);
