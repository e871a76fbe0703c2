import { choice, integer, SimError } from '../core';
import { METHODS, QUERY_KINDS, SEARCH_LIMITS } from './params';
import type { OverlayKind, QueryKind, SearchMethod } from './types';

/** How a search runs; everything but the method has a default. */
export interface SearchOptions {
	readonly method: SearchMethod;
	readonly query?: QueryKind;
	readonly ttl?: number;
	readonly ringStart?: number;
	readonly ringStep?: number;
	readonly walkers?: number;
	readonly walkerTtl?: number;
	readonly checkEvery?: number;
	readonly fallbackTtl?: number;
}

/** A search's parameters, resolved and validated. */
export interface SearchParams {
	readonly method: SearchMethod;
	readonly query: QueryKind;
	/** Flood: the TTL; expanding ring: the largest TTL tried (rings of TTL 1, 3, 5, … up to it). */
	readonly ttl: number;
	/** Expanding ring: the first ring's TTL (Lv et al. 2002, §4.2: 1). */
	readonly ringStart: number;
	/** Expanding ring: how much each ring's TTL adds to the previous one's (Lv et al.: 2). */
	readonly ringStep: number;
	/** Random walk: the number k of walkers. */
	readonly walkers: number;
	/**
	 * Random walk: each walker's own TTL, the most steps it takes (Lv et al. 2002, §4.3), so a query
	 * sends at most walkers × walkerTtl messages.
	 */
	readonly walkerTtl: number;
	/** Random walk: a walker checks with the requester every this many steps (Lv et al.: 4). */
	readonly checkEvery: number;
	/** Greedy: TTL of the flood from a local minimum (0: no fallback). */
	readonly fallbackTtl: number;
}

/**
 * Defaults: Gnutella's TTL of 7; expanding rings of TTL 1, 3, 5, … (Lv et al. 2002, §4.2); 32 walkers checking every 4 steps (Lv et al. 2002, §4.3), each
 * with a TTL of 1024 steps, long enough on 10,000 nodes that checking, not the TTL, ends a walk.
 */
export const SEARCH_PARAM_DEFAULTS = {
	query: 'exact',
	ttl: 7,
	ringStart: 1,
	ringStep: 2,
	walkers: 32,
	walkerTtl: 1024,
	checkEvery: 4,
	fallbackTtl: 2
} as const;

/**
 * Checks a search against the overlay it runs on: a DHT lookup needs the pastry overlay, greedy
 * routing the weakly structured tman overlay; then every number's range.
 */
export function resolveSearchParams(overlay: OverlayKind, o: SearchOptions): SearchParams {
	const method = choice('method', o.method, METHODS);
	if (method === 'dht' && overlay !== 'pastry')
		throw new SimError(
			`a DHT lookup routes by key through Pastry's routing tables; a ${overlay} overlay has none (choose the pastry overlay)`
		);
	if (method === 'greedy' && overlay !== 'tman')
		throw new SimError(
			`greedy routing needs neighbours with similar interests (the tman overlay); on a ${overlay} overlay it stops at once`
		);
	const d = SEARCH_PARAM_DEFAULTS;
	const L = SEARCH_LIMITS;
	const ttl = o.ttl ?? d.ttl;
	if (!Number.isInteger(ttl) || ttl < L.ttl.min || ttl > L.ttl.max)
		throw new SimError(`the TTL must be an integer from ${L.ttl.min} to ${L.ttl.max}, got ${ttl}`);
	const walkers = integer(
		'the number of walkers k',
		o.walkers ?? d.walkers,
		L.walkers.min,
		L.walkers.max
	);
	const walkerTtl = integer(
		"each walker's TTL",
		o.walkerTtl ?? d.walkerTtl,
		L.walkerTtl.min,
		L.walkerTtl.max
	);
	return {
		method,
		query: choice('query kind', o.query ?? d.query, QUERY_KINDS),
		ttl,
		ringStart: integer(
			"the expanding ring's first TTL",
			o.ringStart ?? d.ringStart,
			L.ringStart.min,
			L.ringStart.max
		),
		ringStep: integer(
			"the expanding ring's TTL increment",
			o.ringStep ?? d.ringStep,
			L.ringStep.min,
			L.ringStep.max
		),
		walkers,
		walkerTtl,
		checkEvery: integer(
			'the check interval',
			o.checkEvery ?? d.checkEvery,
			L.checkEvery.min,
			L.checkEvery.max
		),
		fallbackTtl: integer(
			'the fallback TTL',
			o.fallbackTtl ?? d.fallbackTtl,
			L.fallbackTtl.min,
			L.fallbackTtl.max
		)
	};
}
