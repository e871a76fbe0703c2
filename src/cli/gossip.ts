import { FROM_PRESET, GOSSIP_TABLE } from '../lib/models/params-gossip';
import {
	DEFAULT_PATH_SOURCES,
	gossipMetrics,
	initGossip,
	runRounds,
	type ExchangeSize,
	type Failure,
	type GossipOptions,
	type InitTopology,
	type Merge,
	type MetricsOptions,
	type PeerSelection,
	type Preset,
	type Propagation,
	type Target
} from '../lib/sim/gossip';
import { parse, stringOption, UsageError, type Parsed } from './args';
import { flagOptions, readFlags } from './flags';
import { gossipOutput, row } from './gossipOutput';
import type { CommandOutput } from './output';

function exchangeOption(p: Parsed): ExchangeSize | undefined {
	const raw = p.values.exchange;
	if (raw === undefined) return undefined;
	if (raw === 'full' || raw === 'half') return raw;
	const l = Number(raw);
	if (typeof raw !== 'string' || raw === '' || !Number.isInteger(l))
		throw new UsageError(`--exchange must be full, half or a whole number l, got "${String(raw)}"`);
	return l;
}

function failOption(p: Parsed): Failure | undefined {
	const raw = p.values.fail;
	if (raw === undefined) return undefined;
	const m = typeof raw === 'string' ? /^([0-9.]+)@([0-9]+)$/.exec(raw) : null;
	if (!m || !Number.isFinite(Number(m[1])))
		throw new UsageError(`--fail must be FRACTION@ROUND, such as 0.5@50, got "${String(raw)}"`);
	return { fraction: Number(m[1]), round: Number(m[2]) };
}

function lightOption(p: Parsed): boolean {
	const raw = p.values.metrics;
	if (raw === undefined || raw === 'all') return false;
	if (raw === 'light') return true;
	throw new UsageError(`--metrics must be all or light, got "${String(raw)}"`);
}

/**
 * The help of the flags that combine two of the page's parameters (exchange and l, fail and round),
 * and of `--metrics`, the command line's own choice of what its rows measure.
 */
export const GOSSIP_FLAG_HELP: readonly string[] = [
	'--exchange full|half|L'.padEnd(32) + ' Exchange: the whole view, half of it, or L entries',
	'--fail FRACTION@ROUND'.padEnd(32) + ' Fail: that fraction of live nodes at that round (0.5@50)',
	'--metrics all|light'.padEnd(32) +
		' Metrics: every figure (default), or light: in-degree, components and dead links, without' +
		' clustering and path length (the costly two at large N)'
];

/** What `sim gossip` was asked to run. */
export interface GossipRun {
	readonly options: GossipOptions;
	readonly rounds: number;
	/** Metrics every this many rounds (and at round 0 and the last round). */
	readonly every: number;
	/** BFS sources of the path length. */
	readonly sources: number;
	/** `--metrics light`: no clustering and no path length in the rows. */
	readonly light: boolean;
	readonly seed: string;
}

/** What each measured row of `run` computes. */
export function metricsOptions(run: GossipRun): MetricsOptions {
	return run.light ? { pathSources: 0, clustering: false } : { pathSources: run.sources };
}

/** The options of `sim gossip`, checked (a UsageError names the bad one). */
export function parseGossip(argv: string[]): GossipRun {
	const p = parse(argv, {
		...flagOptions(GOSSIP_TABLE),
		exchange: { type: 'string' },
		fail: { type: 'string' },
		metrics: { type: 'string' }
	});
	const f = readFlags(p, GOSSIP_TABLE);
	const rounds = f.rounds as number;
	const number = (key: string) => f[key] as number | undefined;
	const pick = <T extends string>(key: string) =>
		f[key] === undefined || f[key] === FROM_PRESET ? undefined : (f[key] as T);
	const options = {
		nodes: f.nodes as number,
		viewSize: f.viewSize as number,
		preset: pick<Preset>('preset'),
		peerSelection: pick<PeerSelection>('peerSelection'),
		psi: number('psi'),
		exchange: exchangeOption(p),
		propagation: pick<Propagation>('propagation'),
		merge: pick<Merge>('merge'),
		healer: number('healer'),
		swapper: number('swapper'),
		randomSamples: number('randomSamples'),
		target: pick<Target>('target'),
		init: pick<InitTopology>('init'),
		failure: failOption(p),
		churn: number('churn') ?? 0,
		rounds
	};
	const every = number('metricsEvery') ?? 1;
	if (every > Math.max(1, rounds))
		throw new UsageError(
			`--metrics-every must be a whole number from 1 to ${Math.max(1, rounds)} (the rounds), got "${every}"`
		);
	const sources = number('pathSources') ?? DEFAULT_PATH_SOURCES;
	return { options, rounds, every, sources, light: lightOption(p), seed: stringOption(p, 'seed') };
}

/** Whether round `round` of `run` is measured. */
export function measured(run: GossipRun, round: number): boolean {
	return round === 0 || round % run.every === 0 || round === run.rounds;
}

/**
 * `sim gossip`: run peer sampling headless and print per-round metrics of the live overlay, with the
 * random-graph reference of the same N and c. Metrics are taken at round 0, every K rounds, and at
 * the last round; the path length uses at most `--path-sources` BFS sources (exact below that).
 * (The compiled command line computes the same metrics in worker threads: see `parallel.ts`.)
 */
export function gossipCommand(argv: string[]): CommandOutput {
	const run = parseGossip(argv);
	const s = initGossip(run.options, run.seed);
	const measure = () => row(gossipMetrics(s, metricsOptions(run)));
	const rows = [measure()];
	// No node is inspected here: the inspector's record of each exchange is not kept.
	runRounds(
		s,
		run.rounds,
		(st) => {
			if (measured(run, st.round)) rows.push(measure());
		},
		false
	);
	return gossipOutput(run, s.params, rows);
}
