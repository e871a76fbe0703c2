import { SimError, type Model } from '$lib/sim/core';
import { randomGraphReference } from '$lib/sim/core/graph';
import {
	describeGossipEvent,
	gossipMetrics,
	gossipModel,
	initGossip,
	viewOf,
	type GossipCommand,
	type GossipEvent,
	type GossipMetrics,
	type GossipOptions,
	type GossipState,
	type Preset
} from '$lib/sim/gossip';
import { toCsv } from './csv';
import { FROM_PRESET, GOSSIP_PARAMS } from './params-gossip';
import type { PanelSpec, ParamValues, SimEntry } from './types';

/** Up to this many nodes a step is one exchange; above it a step is one whole round. */
export const EXCHANGE_STEPS_UP_TO = 300;

export { GOSSIP_PARAMS, PRESET_CHOICES } from './params-gossip';

const picked = <T extends string>(v: number | string | undefined): T | undefined =>
	v === undefined || v === FROM_PRESET ? undefined : (String(v) as T);
const int = (v: number | string | undefined): number | undefined =>
	v === undefined || Number(v) < 0 ? undefined : Number(v);

/** The core's options for parameter values from a URL, the form or a lesson. */
export function gossipOptions(p: ParamValues): GossipOptions {
	const preset = String(p.preset ?? 'cyclon');
	const exchange = picked<string>(p.exchange);
	const fail = Number(p.fail ?? 0);
	return {
		nodes: Number(p.nodes),
		viewSize: Number(p.viewSize),
		preset: preset === 'blind' ? undefined : (preset as Preset),
		peerSelection: picked(p.peerSelection),
		psi: int(p.psi),
		exchange: exchange === 'l' ? Number(p.l) : (exchange as 'full' | 'half' | undefined),
		propagation: picked(p.propagation),
		merge: picked(p.merge),
		healer: int(p.healer),
		swapper: int(p.swapper),
		target: picked(p.target),
		init: picked(p.init),
		failure: fail > 0 ? { fraction: fail, round: Number(p.failRound ?? 0) } : null,
		churn: Number(p.churn ?? 0),
		rounds: Number(p.rounds ?? 50)
	};
}

/** Whether a step of this run is a whole round (large overlays) rather than one exchange. */
export function stepsByRound(s: Readonly<GossipState>): boolean {
	return s.params.nodes > EXCHANGE_STEPS_UP_TO;
}

/**
 * The gossip model as the player drives it. The scenario's step is one exchange up to
 * {@link EXCHANGE_STEPS_UP_TO} nodes and one round above. There is no `finishRound`: "next round"
 * steps until the round ends, so every step the model takes is one a link can replay (a recorded
 * `finish-round` of the model would be left out of a link's log). Rounds a worker has run enter the
 * timeline through `Timeline.adopt`, which does not call `apply`.
 */
export const gossipStepModel: Model<GossipState, GossipCommand, GossipEvent> = {
	name: 'gossip',
	clone: gossipModel.clone,
	next(s) {
		const c = gossipModel.next(s);
		return c && stepsByRound(s) ? { type: 'finish-round' } : c;
	},
	apply: (s, c) => gossipModel.apply(s, c),
	round: gossipModel.round
};

/**
 * Whether an event is one of many in a step (a whole round, or many rounds) that the narration
 * leaves out: only the step's latest exchange and its last round are told, so "next round" or
 * "run 20 rounds" reads as a summary, not hundreds of sentences.
 */
function partOfRound(e: GossipEvent, s: Readonly<GossipState>): boolean {
	switch (e.type) {
		case 'exchange':
		case 'peer-dead':
		case 'no-peer': {
			const node = e.type === 'exchange' ? e.active.nodeId : e.nodeId;
			return s.cursor === 0 || s.order[s.cursor - 1] !== node;
		}
		case 'round-started':
			return e.round <= s.round;
		case 'round-ended':
			return e.round < s.round;
		case 'node-failed':
		case 'node-joined':
			return e.cause !== 'user' && e.cause !== 'catastrophe' && e.round < s.round;
	}
}

/** One row of per-round metrics as exported (the histogram left out). */
export type MetricsRow = Omit<GossipMetrics, 'inDegree'> & {
	readonly inDegree: Omit<GossipMetrics['inDegree'], 'histogram'>;
};

/** The metrics without the histogram, as charted and exported. */
export function metricsRow(m: GossipMetrics): MetricsRow {
	const { histogram: _, ...inDegree } = m.inDegree;
	return { ...m, inDegree };
}

const CSV_HEADER = [
	'round',
	'live',
	'inDegreeMean',
	'inDegreeSd',
	'inDegreeMin',
	'inDegreeMax',
	'clustering',
	'pathLength',
	'pathLengthSources',
	'components',
	'largestComponent',
	'deadLinks',
	'targetEdgesFound'
];

function csvRow(m: MetricsRow): string[] {
	const d = m.inDegree;
	const opt = (x: number | null) => (x === null ? '' : String(x));
	return [m.round, m.live, d.mean, d.sd, d.min, d.max]
		.map(String)
		.concat([opt(m.clustering), opt(m.pathLength), String(m.pathLengthSources)])
		.concat([m.components, m.largestComponent, m.deadLinks].map(String), [opt(m.targetEdgesFound)]);
}

function count(arg: unknown, what: string, max: number): number {
	const n = Number(arg);
	if (arg === null || arg === '' || !Number.isInteger(n) || n < 1 || n > max)
		throw new SimError(`${what} takes a whole number from 1 to ${max}, got ${String(arg)}`);
	return n;
}

function nodeId(text: unknown): number {
	const n = Number(text);
	if (!/^\d+$/.test(String(text).trim()) || !Number.isSafeInteger(n))
		throw new SimError(`"${String(text)}" is not a nodeId (a whole number such as 12)`);
	return n;
}

/** The gossip panels, most important first: the graph, then what explains it. */
const GOSSIP_PANELS: readonly PanelSpec[] = [
	{ name: 'graph', label: 'Graph', minWidth: 20, minHeight: 17, aspect: 1.15, weight: 3 },
	{ name: 'metrics', label: 'Metrics', minWidth: 18, minHeight: 14, weight: 2 },
	{ name: 'inspector', label: 'Inspector', minWidth: 17, minHeight: 11, weight: 1 },
	{ name: 'exchange', label: 'Exchange', minWidth: 26, minHeight: 16, weight: 2 },
	{ name: 'degree', label: 'In-degree', minWidth: 18, minHeight: 14, weight: 2 },
	{ name: 'compare', label: 'Compare', minWidth: 30, minHeight: 20, weight: 3 }
];

/**
 * Gossip-based peer sampling (Jelasity et al. 2007) and its relatives: Newscast, Cyclon (Voulgaris
 * et al. 2005) and T-Man / Vicinity (Jelasity, Montresor & Babaoglu 2009).
 */
export const gossipEntry: SimEntry<GossipState, GossipCommand, GossipEvent> = {
	name: 'gossip',
	title: 'Gossip peer sampling',
	summary:
		'Each node keeps a small view and swaps entries with a peer every round; the who-knows-who graph turns random, heals, or builds a structure.',
	roundLabel: 'Round',
	// Round r + 1 is under way once its first exchange is done: its events, the inspector and the
	// charts' marker all say so; the bar says the same.
	roundShown: (s) => (s.inRound ? s.round + 1 : s.round),
	params: GOSSIP_PARAMS,
	model: gossipStepModel,
	commandTypes: [
		'exchange',
		'finish-round',
		'run-rounds',
		'fail-nodes',
		'fail-fraction',
		'join-nodes'
	],
	init: (p, seed) => initGossip(gossipOptions(p), seed),
	describe: (e, s) => (partOfRound(e, s) ? '' : describeGossipEvent(e)),
	exportJson(s, rounds) {
		const ref =
			s.live >= 2 && s.params.viewSize < s.live
				? randomGraphReference(s.live, s.params.viewSize)
				: null;
		const views = [];
		for (let v = 0; v < s.size; v++)
			if (s.status[v] === 1)
				views.push({ nodeId: v, view: viewOf(s, v).map((d) => [d.nodeId, d.age]) });
		return {
			model: 'gossip',
			seed: s.seed,
			params: s.params,
			round: s.round,
			live: s.live,
			metrics: metricsRow(gossipMetrics(s)),
			randomGraphReference: ref,
			rounds: (rounds as readonly MetricsRow[] | null | undefined) ?? null,
			views
		};
	},
	exportCsv(s, rounds) {
		const rows = (rounds as readonly MetricsRow[] | null | undefined) ?? [
			metricsRow(gossipMetrics(s))
		];
		return toCsv([CSV_HEADER, ...rows.map(csvRow)]);
	},
	panels: GOSSIP_PANELS.map((p) => p.name),
	panelSpecs: GOSSIP_PANELS,
	lessonCommand(name, arg) {
		switch (name) {
			case 'run-rounds':
				return { type: 'run-rounds', count: count(arg, 'run-rounds', 10_000) };
			case 'finish-round':
				return { type: 'finish-round' };
			case 'fail': {
				const fraction = Number(arg);
				if (arg === null || !Number.isFinite(fraction) || fraction <= 0 || fraction > 1)
					throw new SimError(
						`fail takes the fraction of live nodes to fail, from 0 to 1, got ${String(arg)}`
					);
				return { type: 'fail-fraction', fraction };
			}
			case 'fail-nodes': {
				const list = Array.isArray(arg) ? arg : [arg];
				return { type: 'fail-nodes', nodeIds: list.map(nodeId) };
			}
			case 'join': {
				if (typeof arg === 'object' && arg !== null) {
					const a = arg as { count?: unknown; bootstrap?: unknown };
					return {
						type: 'join-nodes',
						count: count(a.count, 'join', 100_000),
						bootstrap: nodeId(a.bootstrap)
					};
				}
				return { type: 'join-nodes', count: count(arg, 'join', 100_000) };
			}
		}
		throw new SimError(
			`unknown gossip action "${name}"; expected run-rounds, finish-round, fail, fail-nodes or join`
		);
	},
	parseHighlight: (text) => nodeId(text)
};
