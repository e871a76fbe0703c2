/**
 * The applications' figures (issue 11's Done-when) with their timings:
 * `npx tsx bench/apps.ts [--seed S] [--json]`.
 * Scribe: N = 10,000, 500 members, 10% of the forwarders fail. PAST: N = 2,000, 1,000 files, k = 5,
 * 20% of the nodes fail. Broadcast: N = 10,000 on Cyclon (c = 20), fanout 1, push and push-pull
 * against the theory, and push on the ring lattice of the same N and c.
 */
import { parseArgs } from 'node:util';
import { broadcastExperiment, type BroadcastOptions } from '../src/lib/sim/broadcast';
import { pastExperiment } from '../src/lib/sim/past';
import { scribeExperiment } from '../src/lib/sim/scribe';

const { values } = parseArgs({ options: { seed: { type: 'string' }, json: { type: 'boolean' } } });
const seed = values.seed ?? '1';

/** Wall and CPU (user + system) time of `f`, in ms: CPU is steadier on a shared machine. */
function timed<T>(f: () => T): { result: T; ms: number; cpuMs: number } {
	const t0 = process.hrtime.bigint();
	const c0 = process.cpuUsage();
	const result = f();
	const c = process.cpuUsage(c0);
	return {
		result,
		ms: Number(process.hrtime.bigint() - t0) / 1e6,
		cpuMs: (c.user + c.system) / 1000
	};
}

const fmt = (t: { ms: number; cpuMs: number }) =>
	`${t.ms.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`;
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const out: Record<string, unknown> = { seed };

const scribe = timed(() => scribeExperiment({ nodes: 10_000, members: 500, fail: 0.1, seed }));
{
	const r = scribe.result;
	const f = r.failure;
	out.scribe = {
		delivered: r.delivered,
		duplicates: r.duplicates,
		treeDepth: r.shape.depth,
		depthBound: r.depthBound,
		maxChildren: r.shape.maxChildren,
		forwarders: r.shape.forwarders,
		failedForwarders: f?.failed,
		deliveredBeforeRepair: f?.beforeRepair.delivered,
		deliveredAfterRepair: f?.afterRepair.delivered,
		duplicatesAfterRepair: f?.afterRepair.duplicates,
		ms: scribe.ms,
		cpuMs: scribe.cpuMs
	};
	console.log(
		`scribe N=10000, 500 members: delivered ${pct(r.delivered)}, ${r.duplicates} duplicates, depth ${r.shape.depth} (bound ${r.depthBound}), max children ${r.shape.maxChildren}, ${r.shape.forwarders} forwarders`
	);
	console.log(
		`  ${f?.failed} forwarders (10%) fail: ${pct(f?.beforeRepair.delivered ?? 0)} before repair, ${pct(f?.afterRepair.delivered ?? 0)} after (${f?.afterRepair.duplicates} duplicates, depth ${f?.afterRepair.shape.depth}); ${fmt(scribe)}`
	);
}

const past = timed(() =>
	pastExperiment({ nodes: 2000, objects: 1000, replicas: 5, fail: 0.2, seed })
);
{
	const r = past.result;
	const f = r.failure;
	out.past = {
		retrievableBefore: r.before.retrievable,
		retrievableAfterFailure: f?.afterFailure.retrievable,
		lost: f?.lost,
		replicasRestored: f?.replicasRestored,
		retrievableAfterRepair: f?.afterRepair.retrievable,
		meanHops: r.before.meanHops,
		ms: past.ms,
		cpuMs: past.cpuMs
	};
	console.log(
		`past N=2000, 1000 files, k=5: ${pct(r.before.retrievable)} retrievable, mean ${r.before.meanHops.toFixed(3)} hops; 20% fail: ${pct(f?.afterFailure.retrievable ?? 0)} retrievable, ${f?.lost} lost; restored ${pct(f?.replicasRestored ?? 0)}; ${fmt(past)}`
	);
}

const cyclon = { overlay: 'cyclon', nodes: 10_000, viewSize: 20, fanout: 1 } as const;
const runs: [string, BroadcastOptions][] = [
	['push', { ...cyclon, protocol: 'push' }],
	['pushpull', { ...cyclon, protocol: 'pushpull' }],
	['ring push', { ...cyclon, overlay: 'ring', protocol: 'push' }]
];
const broadcast: Record<string, unknown> = {};
for (const [name, options] of runs) {
	const t = timed(() => broadcastExperiment(options, seed));
	const r = t.result;
	broadcast[name] = {
		roundsToAll: r.roundsToAll,
		reached: r.reached,
		messagesPerNode: r.messagesPerNode,
		theory: r.theory.rounds,
		meanFieldRounds: r.theory.meanFieldRounds,
		alignedGap: r.theory.alignedGap,
		ms: t.ms,
		cpuMs: t.cpuMs
	};
	console.log(
		`broadcast ${name} on ${options.overlay} N=10000 c=20 f=1: all reached in ${r.roundsToAll} rounds (${r.theory.formula} = ${r.theory.rounds.toFixed(2)}, mean field ${r.theory.meanFieldRounds}, aligned gap ${r.theory.alignedGap?.toFixed(3)}), ${r.messagesPerNode.toFixed(2)} messages per node; ${fmt(t)}`
	);
}
out.broadcast = broadcast;
console.log(
	`  push window: log2 N = ${Math.log2(10_000).toFixed(2)} to log2 N + 2 ln N = ${(Math.log2(10_000) + 2 * Math.log(10_000)).toFixed(2)} rounds`
);
if (values.json) console.log(JSON.stringify(out));
