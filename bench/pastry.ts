/**
 * Pastry benchmarks and the paper's figures (Rowstron & Druschel 2001, Fig. 4 and 5):
 * `npx tsx bench/pastry.ts [--million] [--lookups K] [--seed S]`.
 * Prints mean hops and hop histograms at N = 1,000, 10,000 and 100,000 (b = 4, |L| = 16, |M| = 32,
 * lookups between random nodes), the same after 10% of the nodes fail, build and lookup times, peak
 * memory, and the cost of routing in the browser model on a 1,000-node network.
 */
import { parseArgs } from 'node:util';
import {
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
}

const rows: Row[] = [];
const sizes = [1000, 10_000, 100_000, ...(values.million ? [1_000_000] : [])];
for (const nodes of sizes)
	for (const fail of nodes > 100_000 ? [0] : [0, 0.1]) {
		const options = { nodes, lookups, seed, fail };
		let t0 = process.hrtime.bigint();
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
			lookupCpuMs
		});
	}

// The browser model: a formed 1,000-node network, routes as the player drives them.
let t0 = process.hrtime.bigint();
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
				`build ${r.buildMs.toFixed(0)} ms (cpu ${r.buildCpuMs.toFixed(0)}), lookups ${r.lookupMs.toFixed(0)} ms (cpu ${r.lookupCpuMs.toFixed(0)})`
		);
		console.log(`    histogram ${r.hopHistogram.map((f, i) => `${i}:${f.toFixed(4)}`).join(' ')}`);
	}
	if (fig5Deviation !== null)
		console.log(
			`Fig. 5 (N = 100,000): largest bin deviation ${fig5Deviation.toFixed(4)} (paper ${PAPER_FIG5.slice(1).join(', ')})`
		);
	console.log(
		`browser model, 1,000 nodes: formed in ${formMs.toFixed(0)} ms; tracePath ${traceMs.toFixed(3)} ms; ` +
			`clone ${cloneMs.toFixed(2)} ms; one routing step ${stepMs.toFixed(3)} ms`
	);
	console.log(
		`peak heap ${summary.peak.heapMB} MB, typed arrays ${summary.peak.arrayBuffersMB} MB, max RSS ${summary.peak.maxRssMB} MB`
	);
}
