import {
	DEFAULT_PATH_SOURCES,
	GOSSIP_LIMITS,
	gossipMetrics,
	initGossip,
	INIT_TOPOLOGIES,
	MERGES,
	PEER_SELECTIONS,
	PRESETS,
	PROPAGATIONS,
	runRounds,
	TARGETS,
	type ExchangeSize,
	type Failure,
	type GossipOptions
} from '../lib/sim/gossip';
import { choiceOption, numberOption, parse, stringOption, UsageError, type Parsed } from './args';
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

function optional(p: Parsed, name: string, max: number): number | undefined {
	return p.values[name] === undefined ? undefined : numberOption(p, name, { min: 0, max });
}

/** What `sim gossip` was asked to run. */
export interface GossipRun {
	readonly options: GossipOptions;
	readonly rounds: number;
	/** Metrics every this many rounds (and at round 0 and the last round). */
	readonly every: number;
	/** BFS sources of the path length. */
	readonly sources: number;
	readonly seed: string;
}

/** The options of `sim gossip`, checked (a UsageError names the bad one). */
export function parseGossip(argv: string[]): GossipRun {
	const p = parse(argv, {
		nodes: { type: 'string' },
		view: { type: 'string' },
		preset: { type: 'string' },
		'peer-selection': { type: 'string' },
		psi: { type: 'string' },
		exchange: { type: 'string' },
		propagation: { type: 'string' },
		merge: { type: 'string' },
		healer: { type: 'string' },
		swapper: { type: 'string' },
		'random-samples': { type: 'string' },
		target: { type: 'string' },
		init: { type: 'string' },
		rounds: { type: 'string' },
		fail: { type: 'string' },
		churn: { type: 'string' },
		'metrics-every': { type: 'string' },
		'path-sources': { type: 'string' },
		seed: { type: 'string' },
		json: { type: 'boolean' }
	});
	const nodes = numberOption(p, 'nodes', GOSSIP_LIMITS.nodes);
	const rounds = numberOption(p, 'rounds', GOSSIP_LIMITS.rounds);
	const pick = <T extends string>(name: string, list: readonly T[]) =>
		p.values[name] === undefined ? undefined : choiceOption(p, name, list);
	const options = {
		nodes,
		viewSize: numberOption(p, 'view', { min: 1, max: GOSSIP_LIMITS.nodes.max }),
		preset: pick('preset', PRESETS),
		peerSelection: pick('peer-selection', PEER_SELECTIONS),
		psi: optional(p, 'psi', GOSSIP_LIMITS.viewSize.max),
		exchange: exchangeOption(p),
		propagation: pick('propagation', PROPAGATIONS),
		merge: pick('merge', MERGES),
		healer: optional(p, 'healer', GOSSIP_LIMITS.viewSize.max),
		swapper: optional(p, 'swapper', GOSSIP_LIMITS.viewSize.max),
		randomSamples: optional(p, 'random-samples', GOSSIP_LIMITS.viewSize.max),
		target: pick('target', TARGETS),
		init: pick('init', INIT_TOPOLOGIES),
		failure: failOption(p),
		churn: numberOption(p, 'churn', { min: 0, max: 1, fallback: 0, real: true }),
		rounds
	};
	const every = numberOption(p, 'metrics-every', { min: 1, max: Math.max(1, rounds), fallback: 1 });
	const sources = numberOption(p, 'path-sources', {
		min: 0,
		max: GOSSIP_LIMITS.nodes.max,
		fallback: DEFAULT_PATH_SOURCES
	});
	return { options, rounds, every, sources, seed: stringOption(p, 'seed') };
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
	const measure = () => row(gossipMetrics(s, { pathSources: run.sources }));
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
