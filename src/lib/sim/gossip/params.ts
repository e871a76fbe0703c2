import { integer, SimError } from '../core';
import { bufferSize, presetProtocol, PRESETS } from './presets';
import type {
	ExchangeSize,
	Failure,
	GossipParams,
	InitTopology,
	Merge,
	PeerSelection,
	Preset,
	Propagation,
	Target
} from './types';

/** The choices of each design-space dimension, for menus, URLs and the command line. */
export const PEER_SELECTIONS: readonly PeerSelection[] = ['random', 'oldest', 'closest'];
export const PROPAGATIONS: readonly Propagation[] = ['push', 'pull', 'pushpull'];
export const MERGES: readonly Merge[] = ['random', 'age', 'proximity', 'swap'];
export const TARGETS: readonly Target[] = ['ring', 'line', 'grid'];
export const INIT_TOPOLOGIES: readonly InitTopology[] = ['ring', 'star', 'random', 'growing'];

/**
 * Limits shared by the UI, the URL and the command line. `entries` caps N × c, what memory allows:
 * the views and their copies before the last exchange take 16 bytes an entry (800 MB at the cap),
 * so a million nodes run with views of up to 50.
 */
export const GOSSIP_LIMITS = {
	nodes: { min: 2, max: 1_000_000 },
	viewSize: { min: 1, max: 1000 },
	rounds: { min: 0, max: 100_000 },
	entries: { max: 50_000_000 }
} as const;

/** What a caller specifies; everything but N and c has a default (from the preset, if any). */
export interface GossipOptions {
	readonly nodes: number;
	readonly viewSize: number;
	readonly preset?: Preset;
	readonly peerSelection?: PeerSelection;
	readonly psi?: number;
	readonly exchange?: ExchangeSize;
	readonly propagation?: Propagation;
	readonly merge?: Merge;
	readonly healer?: number;
	readonly swapper?: number;
	readonly randomSamples?: number;
	readonly target?: Target | null;
	readonly dropDeadPeer?: boolean;
	readonly init?: InitTopology;
	readonly failure?: Failure | null;
	readonly churn?: number;
	readonly rounds?: number | null;
}

/** The default ψ for view size c: a quarter of the view, at least 1 (DESIGN.md: 3 ≤ ψ ≤ c/2 works). */
export function defaultPsi(c: number): number {
	return Math.max(1, Math.min(c, Math.round(c / 4)));
}

function fraction(name: string, v: number, max = 1): number {
	if (!Number.isFinite(v) || v < 0 || v > max)
		throw new SimError(`${name} must be a number from 0 to ${max}, got ${v}`);
	return v;
}

/**
 * Fills in defaults from the preset and checks every parameter, throwing a {@link SimError} that
 * says what to change: N ≥ 2; 1 ≤ c < N; any buffer from l = 1 to the whole view, for every merge;
 * H, S ≥ 0 with H + S ≤ k, the buffer size, and only with the age merge; 1 ≤ ψ ≤ c; a failure
 * fraction in 0..1 at a round within the run; a churn rate in 0..1.
 *
 * H + S ≤ k: view.select(c, H, S) of Jelasity et al. (2007) removes only the entries in excess of
 * c, at most the k received ones, so a larger H + S could never take effect. The paper exchanges
 * k = c/2 descriptors and states the bound as H + S ≤ c/2; a whole-view buffer (k = c + 1, the
 * original Newscast) allows H = k, which keeps exactly the c freshest.
 */
export function resolveGossipParams(o: GossipOptions): GossipParams {
	const { min, max } = GOSSIP_LIMITS.nodes;
	const nodes = integer('the number of nodes N', o.nodes, min, max);
	const c = integer('the view size c', o.viewSize, 1, nodes - 1, ' (below N)');
	if (nodes * c > GOSSIP_LIMITS.entries.max)
		throw new SimError(
			`N × c must be at most ${GOSSIP_LIMITS.entries.max} view entries (memory), got ${nodes} × ${c}`
		);
	if (o.preset !== undefined && !PRESETS.includes(o.preset))
		throw new SimError(`unknown preset "${o.preset}"; try one of: ${PRESETS.join(', ')}`);
	const p = presetProtocol(o.preset, c);
	const merge = o.merge ?? p.merge;
	const peerSelection = o.peerSelection ?? p.peerSelection;
	for (const [name, value, list] of [
		['peer selection', peerSelection, PEER_SELECTIONS],
		['merge', merge, MERGES],
		['propagation', o.propagation ?? p.propagation, PROPAGATIONS],
		['init', o.init ?? p.init, INIT_TOPOLOGIES]
	] as const)
		if (!(list as readonly string[]).includes(value))
			throw new SimError(`unknown ${name} "${value}"; try one of: ${list.join(', ')}`);
	const exchange = o.exchange ?? p.exchange;
	if (exchange !== 'full' && exchange !== 'half')
		integer('the exchange length l', exchange, 1, c, ' (the view size c)');
	const k = bufferSize(exchange, c);
	const healer = o.healer ?? (merge !== 'age' ? 0 : p.healer === 'buffer' ? k : p.healer);
	const swapper = o.swapper ?? (merge === 'age' ? p.swapper : 0);
	integer('the healer H', healer, 0, k, ' (the buffer size)');
	integer('the swapper S', swapper, 0, k, ' (the buffer size)');
	if ((healer > 0 || swapper > 0) && merge !== 'age')
		throw new SimError(`healer and swapper apply to the age merge only, not to "${merge}"`);
	if (healer + swapper > k)
		throw new SimError(
			`healer H + swapper S must be at most the buffer size ${k}, got ${healer} + ${swapper}`
		);
	const randomSamples = integer(
		'the random samples',
		o.randomSamples ?? (merge === 'proximity' && o.preset === 'tman' ? c : 0),
		0,
		GOSSIP_LIMITS.viewSize.max
	);
	if (randomSamples > 0 && merge !== 'proximity')
		throw new SimError(`random samples feed the proximity merge only, not "${merge}"`);
	const needsTarget = peerSelection === 'closest' || merge === 'proximity';
	const target = o.target ?? p.target ?? (needsTarget ? 'ring' : null);
	if (target !== null && !TARGETS.includes(target))
		throw new SimError(`unknown target "${target}"; try one of: ${TARGETS.join(', ')}`);
	const rounds = o.rounds ?? null;
	if (rounds !== null) integer('the number of rounds', rounds, 0, GOSSIP_LIMITS.rounds.max);
	const failure = o.failure ?? null;
	if (failure !== null) {
		fraction('the failure fraction', failure.fraction);
		integer(
			'the failure round',
			failure.round,
			0,
			rounds ?? GOSSIP_LIMITS.rounds.max,
			rounds !== null ? ' (the last round of the run)' : ''
		);
	}
	return {
		nodes,
		viewSize: c,
		peerSelection,
		psi: integer('ψ (psi)', o.psi ?? defaultPsi(c), 1, c, ' (the view size c)'),
		exchange,
		propagation: o.propagation ?? p.propagation,
		merge,
		healer,
		swapper,
		randomSamples,
		target,
		dropDeadPeer: merge === 'swap' ? true : (o.dropDeadPeer ?? merge === 'proximity'),
		init: o.init ?? p.init,
		failure: failure && { fraction: failure.fraction, round: failure.round },
		churn: fraction('the churn rate', o.churn ?? 0),
		rounds
	};
}
