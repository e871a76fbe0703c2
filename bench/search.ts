/**
 * Search benchmarks and the issue's figures (Lv et al. 2002's setting: N = 10,000, mean degree 4,
 * every object on 1% of the nodes): `npx tsx bench/search.ts [--nodes N] [--queries Q] [--seed S]`.
 * Prints, for the random and gossip overlays, success, messages and hops of flooding and expanding
 * ring by TTL and of k random walkers; the DHT's hops against log16 N; greedy routing on the weakly
 * structured overlay against flooding on the same nodes; keyword, range and rare-object queries;
 * k walkers, each with its own TTL, on a rare object (replication 0.2%, Lv et al. 2002 §4.3); the
 * three allocations of one replica budget under Zipf popularity (uniform, proportional, square
 * root: Lv et al. §5, Cohen & Shenker 2002); and the time to build each network, to compute a whole
 * comparison (a Web Worker's job) and to step the model on a small network (the main thread's).
 */
import { parseArgs } from 'node:util';
import {
	buildNetwork,
	compareAllocations,
	compareMethods,
	ringTtls,
	initSearch,
	searchModel,
	searchStatistics,
	type Comparison,
	type ComparisonPoint,
	type NetworkOptions,
	type SearchNetwork
} from '../src/lib/sim/search';

const { values } = parseArgs({
	options: { nodes: { type: 'string' }, queries: { type: 'string' }, seed: { type: 'string' } }
});
const nodes = Number(values.nodes ?? 10_000);
const queries = Number(values.queries ?? 1000);
const seed = values.seed ?? '1';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const timed = <T>(f: () => T): [T, number] => {
	const t0 = process.hrtime.bigint();
	const r = f();
	return [r, ms(t0)];
};
const pct = (x: number | null) => (x === null ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const num = (x: number | null, d = 1, w = 8) =>
	x === null ? 'n/a'.padStart(w) : x.toFixed(d).padStart(w);
const row = (label: string, p: ComparisonPoint) =>
	`  ${label.padEnd(12)} success ${pct(p.successRate)}  messages ${num(p.meanMessages)}  hops ${num(p.meanHops, 2, 6)}`;

function build(o: NetworkOptions): SearchNetwork {
	const [net, t] = timed(() => buildNetwork(o));
	console.log(
		`\n${o.overlay} overlay: N = ${net.n}, mean degree ${net.meanDegree.toFixed(2)}, ${net.objects.length} objects on ${net.replicas} nodes each (${net.spec.placement}); built in ${t.toFixed(0)} ms`
	);
	return net;
}

function comparison(net: SearchNetwork): Comparison {
	const [c, t] = timed(() => compareMethods(net, { queries, seed }));
	for (const p of c.flood) console.log(row(`flood ttl ${p.x}`, p));
	for (const p of c.ring)
		console.log(row(`ring ≤ ${p.x}`, p) + `  rings ${ringTtls(p.x).join(',')}`);
	for (const p of c.walk) console.log(row(`walk k=${p.x}`, p));
	console.log(`  comparison of ${queries} queries (8 TTLs, 7 walker counts): ${t.toFixed(0)} ms`);
	return c;
}

const base = { nodes, seed, replication: 0.01 };
console.log(
	`Search, ${queries} exact queries for uniformly random objects from random requesters, seed ${seed}`
);

const random = build({ ...base, overlay: 'random', degree: 4 });
const rc = comparison(random);
const walk32 = rc.walk.find((p) => p.x === 32);
for (const t of [5, 6, 8]) {
	const f = rc.flood.find((p) => p.x === t);
	if (walk32 && f?.meanMessages && walk32.meanMessages)
		console.log(
			`  32 walkers use ${((100 * walk32.meanMessages) / f.meanMessages).toFixed(1)}% of the messages of a TTL-${t} flood`
		);
}

const gossip = build({ ...base, overlay: 'gossip', degree: 4 });
comparison(gossip);

const pastry = build({ ...base, overlay: 'pastry' });
const [dht, tDht] = timed(() => searchStatistics(pastry, { method: 'dht', queries, seed }));
console.log(
	`  dht          success ${pct(dht.successRate)}  messages ${num(dht.meanMessages, 3)}  hops ${num(dht.meanHops, 3, 6)}  (log16 N = ${(Math.log(nodes) / Math.log(16)).toFixed(3)}; hops ${dht.hopHistogram.map((f, i) => `${i}:${(100 * f).toFixed(1)}%`).join(' ')}) ${tDht.toFixed(0)} ms`
);
const dhtKeyword = searchStatistics(pastry, { method: 'dht', query: 'keyword', queries, seed });
console.log(`  dht, keyword queries: supported = ${dhtKeyword.supported}: ${dhtKeyword.reason}`);

for (const randomLinks of [2, 0]) {
	const tman = build({ ...base, overlay: 'tman', randomLinks });
	const [greedy, tg] = timed(() => searchStatistics(tman, { method: 'greedy', queries, seed }));
	console.log(row('greedy', { x: 0, ...greedy }) + `  (${tg.toFixed(0)} ms)`);
	for (const ttl of [4, 6, 8]) {
		const f = searchStatistics(tman, { method: 'flood', ttl, queries, seed });
		console.log(row(`flood ttl ${ttl}`, { x: ttl, ...f }));
	}
	const w = searchStatistics(tman, { method: 'walk', walkers: 32, queries, seed });
	console.log(row('walk k=32', { x: 32, ...w }));
}

console.log('\nExpressiveness and completeness on the random overlay:');
for (const query of ['keyword', 'range'] as const) {
	for (const ttl of [2, 4]) {
		const f = searchStatistics(random, { method: 'flood', ttl, query, queries, seed });
		console.log(row(`${query} ttl ${ttl}`, { x: ttl, ...f }));
	}
}
const rare = buildNetwork({ ...base, overlay: 'random', degree: 4, replication: 1 / nodes });
for (const ttl of [4, 5, 6]) {
	const f = searchStatistics(rare, { method: 'flood', ttl, queries, seed });
	console.log(row(`1 copy, ttl ${ttl}`, { x: ttl, ...f }));
}

console.log(
	'\nk walkers, each with its own TTL (1024 steps), on a rare object (replication 0.2%), random overlay:'
);
const rareWalk = buildNetwork({ ...base, overlay: 'random', degree: 4, replication: 0.002 });
for (const k of [1, 2, 4, 8, 16, 32, 64]) {
	const w = searchStatistics(rareWalk, { method: 'walk', walkers: k, queries, seed });
	console.log(row(`walk k=${k}`, { x: k, ...w }));
}

for (const replication of [0.002, 0.01]) {
	const zipf = buildNetwork({
		...base,
		overlay: 'random',
		degree: 4,
		replication,
		popularity: 'zipf',
		zipfAlpha: 1.2
	});
	const [c, t] = timed(() =>
		compareAllocations(zipf, { method: 'walk', walkers: 32, queries: 2 * queries, seed })
	);
	console.log(
		`\nAllocations of ${c.totalReplicas} copies (replication ${replication}) under Zipf popularity α = 1.2, 32 walkers, ${c.queries} queries (${t.toFixed(0)} ms):`
	);
	for (const a of c.allocations)
		console.log(
			row(a.allocation, { x: 0, ...a }) +
				`  copies ${a.mostPopularCopies}…${a.leastPopularCopies}  ESS ${a.expectedSearchSize.toFixed(1)}`
		);
	const [u, p, s] = c.allocations.map((a) => a.meanMessages as number);
	console.log(
		`  square root uses ${((100 * s) / u).toFixed(1)}% of uniform's messages and ${((100 * s) / p).toFixed(1)}% of proportional's; proportional/uniform = ${(p / u).toFixed(3)}`
	);
}

console.log('\nMain-thread sizes:');
for (const n of [200, 1000]) {
	const small = buildNetwork({ overlay: 'tman', nodes: n, seed });
	const [, tc] = timed(() => compareMethods(small, { queries: 200, seed }));
	console.log(`  N = ${n} tman: comparison of 200 queries in ${tc.toFixed(1)} ms`);
}
const s = initSearch(
	buildNetwork({ overlay: 'random', nodes: 1000, seed }),
	{ method: 'flood', ttl: 8, queries: 20 },
	seed
);
let steps = 0;
const [, tSteps] = timed(() => {
	for (let c = searchModel.next(s); c; c = searchModel.next(s)) {
		searchModel.apply(s, c);
		steps++;
	}
});
console.log(
	`  N = 1000 random, flood TTL 8 step model: ${steps} steps in ${tSteps.toFixed(1)} ms (${(tSteps / steps).toFixed(3)} ms a step, events included)`
);
