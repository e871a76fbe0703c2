import { SimError, type Model } from '$lib/sim/core';
import {
	broadcastModel,
	describeBroadcastEvent,
	DISSEMINATIONS,
	initBroadcast,
	meanFieldCurve,
	runBroadcast,
	theoryRounds,
	type BroadcastCommand,
	type BroadcastEvent,
	type BroadcastOptions,
	type BroadcastOverlay,
	type BroadcastParams,
	type BroadcastState,
	type Dissemination,
	type StopRule
} from '$lib/sim/broadcast';
import { toCsv } from './csv';
import { pageParams } from './params';
import { BROADCAST_PARAMS } from './params-broadcast';
import { shapeChecked } from './shape';
import type { PanelSpec, ParamValues, SimEntry } from './types';

/** Up to this many nodes a step is one node's turn; above it a step is one whole round. */
export const TURN_STEPS_UP_TO = 300;

/** The core's options for parameter values from a URL, the form or a lesson. */
export function broadcastOptions(p: ParamValues): BroadcastOptions {
	const stop = String(p.stop ?? 'forever') as StopRule;
	return {
		overlay: String(p.overlay ?? 'cyclon') as BroadcastOverlay,
		nodes: Number(p.nodes),
		viewSize: Number(p.viewSize),
		protocol: String(p.protocol ?? 'push') as Dissemination,
		fanout: Number(p.fanout ?? 1),
		stop,
		...(stop === 'counter' || stop === 'coin' ? { stopK: Number(p.k ?? 2) } : {}),
		chunks: Number(p.chunks ?? 1),
		fail: Number(p.fail ?? 0)
	};
}

/** Whether a step of this run is a whole round (large overlays) rather than one node's turn. */
export function stepsByRound(s: Readonly<BroadcastState>): boolean {
	return s.n > TURN_STEPS_UP_TO;
}

const checked = shapeChecked(broadcastModel, {
	turn: {},
	'finish-round': {},
	'fail-nodes': { nodeIds: 'ids' }
});

/** The broadcast's panels in priority order (the stage shows as many as fit, most important first). */
const BROADCAST_PANELS: readonly PanelSpec[] = [
	{ name: 'graph', label: 'Gossip graph', minWidth: 20, minHeight: 17, aspect: 1.15, weight: 3 },
	{ name: 'curve', label: 'Infection curve', minWidth: 22, minHeight: 14, weight: 2 },
	{ name: 'compare', label: 'Push against push-pull', minWidth: 24, minHeight: 14, weight: 2 }
];

/**
 * The broadcast model as the player drives it: a step is one node's turn up to
 * {@link TURN_STEPS_UP_TO} nodes and one round above; `N` (next round) is the model's own
 * `finish-round`, one recorded transition that a link carries.
 */
export const broadcastStepModel: Model<BroadcastState, BroadcastCommand, BroadcastEvent> = {
	...checked,
	next(s) {
		const c = broadcastModel.next(s);
		return c && stepsByRound(s) ? { type: 'finish-round' } : c;
	}
};

/** One curve of the comparison: who spread how, on which overlay, and how many held the message. */
export interface ComparedCurve {
	readonly protocol: Dissemination;
	readonly overlay: BroadcastOverlay;
	/** Live nodes holding the message after each round (round 0: the source). */
	readonly curve: readonly number[];
	readonly live: number;
	/** Rounds until every live node had it; null when some never did. */
	readonly roundsToAll: number | null;
}

/**
 * The runs the comparison panel draws, on this run's N, c, fanout, stop rule, failures and seed:
 * push, pull and push-pull on this overlay, and push on the other kind of overlay (a ring lattice
 * beside a random-like one, a random graph beside a ring lattice). A single message each.
 */
export function compareRuns(options: BroadcastOptions, seed: string): ComparedCurve[] {
	const { warmup, ...base } = { ...options, chunks: 1 };
	const here = base.overlay ?? 'cyclon';
	const other: BroadcastOverlay = here === 'ring' ? 'random' : 'ring';
	const runs: [Dissemination, BroadcastOverlay][] = [
		...DISSEMINATIONS.map((d): [Dissemination, BroadcastOverlay] => [d, here]),
		['push', other]
	];
	return runs.map(([protocol, overlay]) => {
		// Warm-up rounds belong to this run's overlay; the other one is built with its own default.
		const own = overlay === here && warmup !== undefined ? { warmup } : {};
		const s = initBroadcast({ ...base, ...own, protocol, overlay }, seed);
		runBroadcast(s);
		return {
			protocol,
			overlay,
			curve: s.curves[0].slice(),
			live: s.gossip.live,
			roundsToAll: s.completeAfter[0]
		};
	});
}

/** The options that rebuild a run of these (resolved) parameters: k only with the rules that take it. */
export function optionsOf(p: BroadcastParams): BroadcastOptions {
	const { stopK, ...rest } = p;
	return p.stop === 'counter' || p.stop === 'coin' ? { ...rest, stopK } : rest;
}

/** The mean-field curve of the run's protocol (null for the counter and coin rules). */
export function theoryCurve(s: Readonly<BroadcastState>): number[] | null {
	const p = s.params;
	return meanFieldCurve(p.protocol, p.stop, s.gossip.live, p.fanout, p.fail, 1000);
}

function nodeIdOf(v: unknown): number {
	const n = Number(v);
	if (!/^\d+$/.test(String(v).trim()) || !Number.isSafeInteger(n))
		throw new SimError(`"${String(v)}" is not a nodeId (a whole number such as 12)`);
	return n;
}

/**
 * Epidemic dissemination (Demers et al. 1987; Karp et al. 2000; Eugster et al. 2004) over a gossip
 * overlay's views: push, pull or push-pull, infect-forever or rumour mongering, a single message or
 * a stream of chunks.
 */
export const broadcastEntry: SimEntry<BroadcastState, BroadcastCommand, BroadcastEvent> = {
	name: 'broadcast',
	title: 'Epidemic broadcast',
	summary:
		'News spread by gossip: each round every informed node tells a random peer of its view; everyone knows after about log N rounds.',
	roundLabel: 'Round',
	params: pageParams(BROADCAST_PARAMS),
	model: broadcastStepModel,
	commandTypes: ['turn', 'finish-round', 'fail-nodes'],
	init: (p, seed) => initBroadcast(broadcastOptions(p), seed),
	describe: (e, s) => describeBroadcastEvent(e, s.params.chunks),
	exportJson(s) {
		const p = s.params;
		const live = s.gossip.live;
		return {
			model: 'broadcast',
			seed: s.seed,
			params: p,
			source: s.source,
			round: s.round,
			live,
			reached: Array.from(s.reached),
			roundsToAll: s.completeAfter[0],
			messagesPerNode: s.tally.messages / s.n,
			tally: s.tally,
			curves: s.curves,
			theory: { ...theoryRounds(p.protocol, live, p.fanout), meanField: theoryCurve(s) },
			informedAt: Array.from(s.has.subarray(0, s.n))
		};
	},
	exportCsv(s) {
		const theory = theoryCurve(s);
		const rows = [['round', 'informed', 'meanField']];
		s.curves[0].forEach((v, r) =>
			rows.push([String(r), String(v), theory && r < theory.length ? theory[r].toFixed(2) : ''])
		);
		return toCsv(rows);
	},
	panels: BROADCAST_PANELS.map((p) => p.name),
	panelSpecs: BROADCAST_PANELS,
	lessonCommand(name, arg) {
		switch (name) {
			case 'turn':
				return { type: 'turn' };
			case 'finish-round':
				return { type: 'finish-round' };
			case 'fail-nodes':
				return { type: 'fail-nodes', nodeIds: (Array.isArray(arg) ? arg : [arg]).map(nodeIdOf) };
		}
		throw new SimError(
			`unknown broadcast action "${name}"; expected turn, finish-round or fail-nodes`
		);
	},
	parseHighlight: (text) => nodeIdOf(text)
};
