import { choice, integer, SimError } from '../core';
import type {
	Allocation,
	NetworkSpec,
	OverlayKind,
	Placement,
	Popularity,
	QueryKind,
	SearchMethod
} from './types';

/** The choices of each option, for menus, URLs and the command line. */
export const OVERLAYS: readonly OverlayKind[] = ['random', 'gossip', 'pastry', 'tman'];
export const METHODS: readonly SearchMethod[] = ['flood', 'ring', 'walk', 'dht', 'greedy'];
export const QUERY_KINDS: readonly QueryKind[] = ['exact', 'keyword', 'range'];
export const PLACEMENTS: readonly Placement[] = ['uniform', 'interest', 'key'];
export const ALLOCATIONS: readonly Allocation[] = ['uniform', 'proportional', 'square-root'];
export const POPULARITIES: readonly Popularity[] = ['uniform', 'zipf'];

/** Limits shared by the UI, the URL and the command line. */
export const SEARCH_LIMITS = {
	nodes: { min: 2, max: 100_000 },
	degree: { min: 1, max: 64 },
	objects: { min: 1, max: 10_000 },
	zipfAlpha: { min: 0, max: 4 },
	rounds: { min: 0, max: 1000 },
	randomLinks: { min: 0, max: 16 },
	queries: { min: 1, max: 1_000_000 },
	ttl: { min: 1, max: 32 },
	ringStart: { min: 1, max: 32 },
	ringStep: { min: 1, max: 32 },
	walkers: { min: 1, max: 1024 },
	walkerTtl: { min: 1, max: 100_000 },
	checkEvery: { min: 1, max: 1000 },
	fallbackTtl: { min: 0, max: 8 }
} as const;

/** What a caller specifies for a network; everything but the overlay, N and the seed has a default. */
export interface NetworkOptions {
	readonly overlay: OverlayKind;
	readonly nodes: number;
	readonly seed: string;
	readonly degree?: number;
	readonly replication?: number;
	readonly objects?: number;
	readonly placement?: Placement;
	readonly allocation?: Allocation;
	readonly popularity?: Popularity;
	/** Only with zipf popularity. */
	readonly zipfAlpha?: number;
	readonly rounds?: number;
	readonly randomLinks?: number;
}

/**
 * Defaults: mean degree 4 and 1% replication as in Lv et al. (2002)'s random graph; Cyclon with
 * c = 2 run 100 rounds (a shuffle of one entry mixes a ring lattice slowly); T-Man with c = 8 run
 * 30 rounds beside a Cyclon view of 2 random links, the two layers of Vicinity (Voulgaris & van
 * Steen 2005): the semantic view links similar nodes, the random one adds the long links that let a
 * greedy route cross the interest space in a few hops and step around the views that have not
 * converged yet (without them, at N = 10,000, greedy routes need ~28 hops and a fifth get stuck).
 * Queries ask for every object alike and every object has the same number of copies unless told
 * otherwise; Zipf popularity defaults to α = 1.2.
 */
export const SEARCH_DEFAULTS = {
	degree: { random: 4, gossip: 4, tman: 8 },
	replication: 0.01,
	objects: 100,
	allocation: 'uniform',
	popularity: 'uniform',
	zipfAlpha: 1.2,
	rounds: { gossip: 100, tman: 30 },
	randomLinks: { random: 0, gossip: 0, tman: 2, pastry: 0 },
	placement: { random: 'uniform', gossip: 'uniform', tman: 'interest', pastry: 'key' }
} as const;

/** The default degree, lowered on tiny networks to what N allows (gossip's stays even). */
function defaultDegree(overlay: Exclude<OverlayKind, 'pastry'>, nodes: number): number {
	const d = Math.min(SEARCH_DEFAULTS.degree[overlay], nodes - 1);
	return overlay === 'gossip' ? Math.max(2, 2 * Math.floor(d / 2)) : d;
}

/**
 * Fills in defaults and checks every parameter, throwing a {@link SimError} that says what to
 * change: N ≥ 2; R in (0, 1]; a mean degree below N (gossip: c = D/2 ≥ 1; tman: c = D); no degree
 * for pastry; key placement on pastry only, and only key placement there; a Zipf exponent only
 * with zipf popularity.
 */
export function resolveNetworkSpec(o: NetworkOptions): NetworkSpec {
	const overlay = choice('overlay', o.overlay, OVERLAYS);
	const nodes = integer(
		'N (the number of nodes)',
		o.nodes,
		SEARCH_LIMITS.nodes.min,
		SEARCH_LIMITS.nodes.max
	);
	let degree: number | null = null;
	if (overlay === 'pastry') {
		if (o.degree !== undefined)
			throw new SimError(
				'a Pastry node links to its leaf set and routing table; the degree does not apply to pastry'
			);
	} else {
		degree = o.degree ?? defaultDegree(overlay, nodes);
		const { min, max } = SEARCH_LIMITS.degree;
		const top = Math.min(max, nodes - 1);
		if (!Number.isFinite(degree) || degree < min || degree > top)
			throw new SimError(
				`the mean degree D must be a number from ${min} to ${top} (below N), got ${degree}`
			);
		if (overlay !== 'random' && !Number.isInteger(overlay === 'gossip' ? degree / 2 : degree))
			throw new SimError(
				overlay === 'gossip'
					? `gossip builds mean degree D = 2c from view size c: give an even D, got ${degree}`
					: `the T-Man view size c must be an integer, got ${degree}`
			);
	}
	const replication = o.replication ?? SEARCH_DEFAULTS.replication;
	if (!Number.isFinite(replication) || replication <= 0 || replication > 1)
		throw new SimError(`the replication ratio R must be above 0 and at most 1, got ${replication}`);
	const placement = choice(
		'placement',
		o.placement ?? SEARCH_DEFAULTS.placement[overlay],
		PLACEMENTS
	);
	if ((placement === 'key') !== (overlay === 'pastry'))
		throw new SimError(
			overlay === 'pastry'
				? `a DHT stores each object at the root of its key: placement must be key, got ${placement}`
				: `key placement needs a DHT (--overlay pastry); use uniform or interest on ${overlay}`
		);
	const popularity = choice('popularity', o.popularity ?? SEARCH_DEFAULTS.popularity, POPULARITIES);
	let zipfAlpha: number | null = null;
	if (popularity === 'zipf') {
		zipfAlpha = o.zipfAlpha ?? SEARCH_DEFAULTS.zipfAlpha;
		const { min, max } = SEARCH_LIMITS.zipfAlpha;
		if (!Number.isFinite(zipfAlpha) || zipfAlpha < min || zipfAlpha > max)
			throw new SimError(
				`the Zipf exponent α must be a number from ${min} to ${max}, got ${zipfAlpha}`
			);
	} else if (o.zipfAlpha !== undefined)
		throw new SimError('the Zipf exponent α applies to zipf popularity, not to uniform');
	const gossiping = overlay === 'gossip' || overlay === 'tman';
	const rounds = gossiping
		? integer(
				'the gossip rounds',
				o.rounds ?? SEARCH_DEFAULTS.rounds[overlay],
				SEARCH_LIMITS.rounds.min,
				SEARCH_LIMITS.rounds.max
			)
		: null;
	if (!gossiping && o.rounds !== undefined)
		throw new SimError(`gossip rounds apply to the gossip and tman overlays, not to ${overlay}`);
	const randomLinks = integer(
		'the random links',
		o.randomLinks ?? Math.min(SEARCH_DEFAULTS.randomLinks[overlay], nodes - 1),
		SEARCH_LIMITS.randomLinks.min,
		SEARCH_LIMITS.randomLinks.max
	);
	if (randomLinks > 0 && overlay !== 'tman')
		throw new SimError(`random links are the tman overlay's second layer, not ${overlay}'s`);
	if (randomLinks > nodes - 1)
		throw new SimError(`the random links must be fewer than N, got ${randomLinks}`);
	return {
		overlay,
		nodes,
		degree,
		replication,
		objects: integer(
			'the number of objects',
			o.objects ?? SEARCH_DEFAULTS.objects,
			SEARCH_LIMITS.objects.min,
			SEARCH_LIMITS.objects.max
		),
		placement,
		allocation: choice('allocation', o.allocation ?? SEARCH_DEFAULTS.allocation, ALLOCATIONS),
		popularity,
		zipfAlpha,
		rounds,
		randomLinks,
		seed: o.seed
	};
}
