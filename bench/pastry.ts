/**
 * Pastry benchmarks and the paper's figures (Rowstron & Druschel 2001, Fig. 4, 5 and 6):
 * `npx tsx bench/pastry.ts [--million] [--lookups K] [--seed S]`.
 * Prints mean hops and hop histograms at N = 1,000, 10,000 and 100,000 (b = 4, |L| = 16, |M| = 32,
 * lookups between random nodes), the same after 10% of the nodes fail, the locality (route distance
 * over direct distance, paper 1.3-1.4), build and lookup times, peak memory, the network built by
 * joins at N = 2,000 against the converged one, the time at N = 100,000 against the lazy plain-JS
 * reference (bench/pastry-lazy.ts) measured in the same run, and the cost of routing in the browser
 * model on a 1,000-node network. `--million` adds N = 1,000,000 (run it alone for its RSS).
 */
import { parseArgs } from 'node:util';
import { lazyIds, lazyLookups } from './pastry-lazy';
import {
	pastryStatistics,
	PAPER_RELATIVE_DISTANCE,
	measureLookups,
	memberIds,
	pastryModel,
	PASTRY_DEFAULTS,
	randomScenario,
	runToEnd,
	statisticsOverlay,
	tracePath
} from '../src/lib/sim/pastry';

const { values } = parseArgs({
	options: {
		million: { type: 'boolean' },
		lookups: { type: 'string' },
		seed: { type: 'string' },
		json: { type: 'boolean' }
	}
});
const lookups = Number(values.lookups ?? 200_000);
const seed = values.seed ?? '1';

const PAPER_MEAN: Record<number, number> = { 1000: 2.485, 10000: 3.232, 100000: 3.976 };
const PAPER_FIG5 = [0, 0.0006, 0.0156, 0.1643, 0.6449, 0.1745];
/** The figures of the last note, before the flat engine (issue 9): N = 100,000, 200,000 lookups. */
const EARLIER = { buildMs: 1500, lookupMs: 800, maxRssMB: 221 };

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = (c0: NodeJS.CpuUsage) => {
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
};
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
let peakHeap = 0;
let peakExternal = 0;
const sample = () => {
	const m = process.memoryUsage();
	peakHeap = Math.max(peakHeap, m.heapUsed);
	peakExternal = Math.max(peakExternal, m.arrayBuffers);
};

interface Row {
	nodes: number;
	fail: number;
	meanHops: number;
	paper: number | null;
	error: number | null;
	maxHops: number;
	hopHistogram: number[];
	deliveredToRoot: number;
	meanTableEntries: number;
	buildMs: number;
	lookupMs: number;
	/** CPU time (user + system): steadier than wall time on a shared machine. */
	buildCpuMs: number;
	lookupCpuMs: number;
	relativeDistance: number;
}

const rows: Row[] = [];
let t0: bigint;
const sizes = [1000, 10_000, 100_000, ...(values.million ? [1_000_000] : [])];
for (const nodes of sizes)
	for (const fail of nodes > 100_000 ? [0] : [0, 0.1]) {
		const options = { nodes, lookups, seed, fail };
		t0 = process.hrtime.bigint();
		let c0 = process.cpuUsage();
		const overlay = statisticsOverlay(options);
		const buildMs = ms(t0);
		const buildCpuMs = cpu(c0);
		sample();
		t0 = process.hrtime.bigint();
		c0 = process.cpuUsage();
		const r = measureLookups(overlay, options);
		const lookupMs = ms(t0);
		const lookupCpuMs = cpu(c0);
		sample();
		const paper = fail === 0 ? (PAPER_MEAN[nodes] ?? null) : null;
		rows.push({
			nodes,
			fail,
			meanHops: r.meanHops,
			paper,
			error: paper === null ? null : (r.meanHops - paper) / paper,
			maxHops: r.maxHops,
			hopHistogram: r.hopHistogram,
			deliveredToRoot: r.deliveredToRoot,
			meanTableEntries: r.meanTableEntries,
			buildMs,
			lookupMs,
			buildCpuMs,
			lookupCpuMs,
			relativeDistance: r.locality.relativeDistance
		});
	}

// The engine against the lazy reference at N = 100,000, alternating, three times each (medians).
const median = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
const engineMs: number[] = [];
const lazyMs: number[] = [];
let lazyHops = 0;
for (let i = 0; i < 3; i++) {
	const options = { nodes: 100_000, lookups, seed };
	let t = process.hrtime.bigint();
	measureLookups(statisticsOverlay(options), options);
	engineMs.push(ms(t));
	t = process.hrtime.bigint();
	lazyHops = lazyLookups(lazyIds(100_000, seed), lookups, seed).meanHops;
	lazyMs.push(ms(t));
}
const versusLazy = {
	engineMs: median(engineMs),
	lazyMs: median(lazyMs),
	ratio: median(engineMs) / median(lazyMs),
	lazyMeanHops: lazyHops
};

// The network built by joins at N = 2,000 against the converged one (issue 10).
const joinsAt = { nodes: 2000, lookups: 20_000, seed };
t0 = process.hrtime.bigint();
const joined = pastryStatistics({ ...joinsAt, build: 'joins' });
const joinsMs = ms(t0);
const joinedFail = pastryStatistics({ ...joinsAt, build: 'joins', fail: 0.1 });
const convergedAt = pastryStatistics(joinsAt);
const joins = {
	meanHops: joined.meanHops,
	convergedMeanHops: convergedAt.meanHops,
	error: (joined.meanHops - convergedAt.meanHops) / convergedAt.meanHops,
	deliveredToRoot: joined.deliveredToRoot,
	relativeDistance: joined.locality.relativeDistance,
	convergedRelativeDistance: convergedAt.locality.relativeDistance,
	ms: joinsMs,
	fail: {
		meanHops: joinedFail.meanHops,
		timeouts: joinedFail.timeouts,
		deliveredToRoot: joinedFail.deliveredToRoot
	}
};

// The browser model: a formed 1,000-node network, routes as the player drives them.
t0 = process.hrtime.bigint();
const s = randomScenario({ ...PASTRY_DEFAULTS, nodes: 1000 }, seed);
const formMs = ms(t0);
const ids = memberIds(s);
t0 = process.hrtime.bigint();
const traces = 2000;
for (let i = 0; i < traces; i++)
	tracePath(s, ids[(i * 7919) % ids.length], (i * 2654435761) % 2 ** 24);
const traceMs = ms(t0) / traces;
t0 = process.hrtime.bigint();
const clones = 50;
for (let i = 0; i < clones; i++) pastryModel.clone(s);
const cloneMs = ms(t0) / clones;
t0 = process.hrtime.bigint();
let steps = 0;
for (let i = 0; i < 500; i++) {
	pastryModel.apply(s, {
		type: 'route',
		from: ids[(i * 31) % ids.length],
		key: (i * 40503) % 2 ** 24
	});
	steps += 1 + runToEnd(s).length;
}
const stepMs = ms(t0) / steps;
sample();

const fig5 = rows.find((r) => r.nodes === 100_000 && r.fail === 0);
const fig5Deviation = fig5
	? Math.max(...PAPER_FIG5.map((p, i) => Math.abs((fig5.hopHistogram[i] ?? 0) - p)))
	: null;
const summary = {
	seed,
	lookups,
	rows,
	fig5Deviation,
	versusLazy,
	earlier: EARLIER,
	joins,
	browser: { formMs, traceMs, cloneMs, stepMs },
	peak: {
		heapMB: mb(peakHeap),
		arrayBuffersMB: mb(peakExternal),
		maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024)
	}
};

if (values.json) console.log(JSON.stringify(summary));
else {
	console.log(
		`Pastry, b = 4, |L| = 16, |M| = 32, ${lookups} lookups between random nodes, seed ${seed}`
	);
	for (const r of rows) {
		const vs =
			r.paper === null ? '' : ` (paper ${r.paper}, ${(100 * (r.error as number)).toFixed(2)}%)`;
		console.log(
			`N=${String(r.nodes).padStart(7)} fail=${r.fail}: mean hops ${r.meanHops.toFixed(3)}${vs}, max ${r.maxHops}, ` +
				`delivered to root ${r.deliveredToRoot}, table entries ${r.meanTableEntries.toFixed(1)}, ` +
				`build ${r.buildMs.toFixed(0)} ms (cpu ${r.buildCpuMs.toFixed(0)}), lookups ${r.lookupMs.toFixed(0)} ms (cpu ${r.lookupCpuMs.toFixed(0)}), ` +
				`locality ${r.relativeDistance.toFixed(3)} (paper ${PAPER_RELATIVE_DISTANCE.low}-${PAPER_RELATIVE_DISTANCE.high})`
		);
		console.log(`    histogram ${r.hopHistogram.map((f, i) => `${i}:${f.toFixed(4)}`).join(' ')}`);
	}
	if (fig5Deviation !== null)
		console.log(
			`Fig. 5 (N = 100,000): largest bin deviation ${fig5Deviation.toFixed(4)} (paper ${PAPER_FIG5.slice(1).join(', ')})`
		);
	const big = rows.find((r) => r.nodes === 100_000 && r.fail === 0);
	if (big)
		console.log(
			`N = 100,000: built in ${big.buildMs.toFixed(0)} ms, ${lookups} lookups in ${big.lookupMs.toFixed(0)} ms ` +
				`(earlier note: ${EARLIER.buildMs} ms and ${EARLIER.lookupMs} ms, peak RSS ${EARLIER.maxRssMB} MB)`
		);
	console.log(
		`N = 100,000 from seed to statistics, median of 3: engine ${versusLazy.engineMs.toFixed(0)} ms, ` +
			`lazy reference ${versusLazy.lazyMs.toFixed(0)} ms (its mean hops ${versusLazy.lazyMeanHops.toFixed(3)}): ` +
			`ratio ${versusLazy.ratio.toFixed(2)} (target 1.5)`
	);
	console.log(
		`joins, N = 2,000: mean hops ${joins.meanHops.toFixed(3)} vs converged ${joins.convergedMeanHops.toFixed(3)} ` +
			`(${(100 * joins.error).toFixed(2)}%), delivered to root ${joins.deliveredToRoot}, locality ${joins.relativeDistance.toFixed(3)} ` +
			`vs converged ${joins.convergedRelativeDistance.toFixed(3)} (paper 1.3-1.4), built and measured in ${joins.ms.toFixed(0)} ms; ` +
			`after 10% fail: mean hops ${joins.fail.meanHops.toFixed(3)}, ${joins.fail.timeouts?.total} timeouts ` +
			`(${joins.fail.timeouts?.perLookup.toFixed(4)} per lookup, mean hops counting them ${joins.fail.timeouts?.meanHopsWithTimeouts.toFixed(3)}), delivered to root ${joins.fail.deliveredToRoot}`
	);
	console.log(
		`browser model, 1,000 nodes: formed in ${formMs.toFixed(0)} ms; tracePath ${traceMs.toFixed(3)} ms; ` +
			`clone ${cloneMs.toFixed(2)} ms; one routing step ${stepMs.toFixed(3)} ms`
	);
	console.log(
		`peak heap ${summary.peak.heapMB} MB, typed arrays ${summary.peak.arrayBuffersMB} MB, max RSS ${summary.peak.maxRssMB} MB`
	);
}
