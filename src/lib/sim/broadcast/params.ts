import { choice, integer, SimError } from '../core';
import { GOSSIP_LIMITS } from '../gossip';
import type { BroadcastOverlay, BroadcastParams, Dissemination, StopRule } from './types';

/** The choices of each dimension, for menus, URLs and the command line. */
export const BROADCAST_OVERLAYS: readonly BroadcastOverlay[] = [
	'cyclon',
	'newscast',
	'random',
	'ring'
];
export const DISSEMINATIONS: readonly Dissemination[] = ['push', 'pull', 'pushpull'];
export const STOP_RULES: readonly StopRule[] = ['forever', 'die', 'counter', 'coin'];

/** Limits shared by the UI, the URL and the command line. */
export const BROADCAST_LIMITS = {
	nodes: GOSSIP_LIMITS.nodes,
	warmup: { min: 0, max: 1000 },
	chunks: { min: 1, max: 1000 },
	stopK: { min: 1, max: 1000 },
	maxRounds: { min: 1, max: 100_000 },
	patience: { min: 1, max: 100_000 }
} as const;

/** Peer-sampling rounds before the broadcast by default: Cyclon's views are random-like by then. */
export const DEFAULT_WARMUP = 30;

/** What a caller specifies; everything but N and c has a default. */
export interface BroadcastOptions {
	readonly overlay?: BroadcastOverlay;
	readonly nodes: number;
	readonly viewSize: number;
	readonly warmup?: number;
	readonly protocol?: Dissemination;
	readonly fanout?: number;
	readonly stop?: StopRule;
	readonly stopK?: number;
	readonly chunks?: number;
	readonly fail?: number;
	readonly refresh?: boolean;
	readonly maxRounds?: number;
	readonly patience?: number;
}

/**
 * Fills in defaults and checks every parameter, throwing a {@link SimError} that says what to
 * change: N ≥ 2, 1 ≤ c < N, 1 ≤ f ≤ c; warm-up rounds only for the gossiping overlays (Cyclon,
 * Newscast); k only with the counter and coin rules; a failed share below 1; no refresh of a ring.
 */
export function resolveBroadcastParams(o: BroadcastOptions): BroadcastParams {
	const L = BROADCAST_LIMITS;
	const overlay = choice('overlay', o.overlay ?? 'cyclon', BROADCAST_OVERLAYS);
	const nodes = integer('the number of nodes N', o.nodes, L.nodes.min, L.nodes.max);
	const viewSize = integer('the view size c', o.viewSize, 1, nodes - 1);
	const gossiping = overlay === 'cyclon' || overlay === 'newscast';
	const warmup = integer(
		'the warm-up rounds',
		o.warmup ?? (gossiping ? DEFAULT_WARMUP : 0),
		0,
		L.warmup.max
	);
	if (warmup > 0 && !gossiping)
		throw new SimError(
			`a ${overlay} overlay is built directly; warm-up rounds apply to cyclon and newscast`
		);
	const stop = choice('stop rule', o.stop ?? 'forever', STOP_RULES);
	if (o.stopK !== undefined && stop !== 'counter' && stop !== 'coin')
		throw new SimError(`k applies to the counter and coin stop rules, not to "${stop}"`);
	const fail = o.fail ?? 0;
	if (!(fail >= 0 && fail < 1))
		throw new SimError(`the failed share must be a number from 0 to below 1, got ${fail}`);
	if (Math.round(fail * nodes) >= nodes)
		throw new SimError(
			`a failed share of ${fail} fails all ${nodes} nodes, leaving none to start the broadcast; ` +
				`take a share below ${((nodes - 0.5) / nodes).toFixed(4).replace(/0+$/, '')}`
		);
	const refresh = o.refresh ?? false;
	if (refresh && overlay === 'ring')
		throw new SimError(
			'a ring lattice does not gossip; refresh applies to cyclon, newscast and random'
		);
	return {
		overlay,
		nodes,
		viewSize,
		warmup,
		protocol: choice('protocol', o.protocol ?? 'push', DISSEMINATIONS),
		fanout: integer('the fanout f', o.fanout ?? 1, 1, viewSize),
		stop,
		stopK: integer('k', o.stopK ?? 2, L.stopK.min, L.stopK.max),
		chunks: integer('the number of chunks', o.chunks ?? 1, L.chunks.min, L.chunks.max),
		fail,
		refresh,
		maxRounds: integer('the most rounds', o.maxRounds ?? 10_000, L.maxRounds.min, L.maxRounds.max),
		patience: integer('the patience', o.patience ?? 200, L.patience.min, L.patience.max)
	};
}
