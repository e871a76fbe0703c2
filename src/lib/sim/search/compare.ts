import { SimError } from '../core';
import {
	drawQueries,
	figuresOf,
	searchStreams,
	unsupportedReason,
	type SearchFigures
} from './batch';
import { floodMessages, floodProfile, ringTtls } from './flood';
import { resolveSearchParams, type SearchOptions } from './method-params';
import { SEARCH_LIMITS } from './params';
import { startRun, type QueryOutcome } from './run';
import { runToEnd } from './step';
import type { QueryKind, SearchNetwork } from './types';

/** One point of a comparison chart: x is the TTL or the number of walkers. */
export interface ComparisonPoint extends SearchFigures {
	readonly x: number;
}

/** Success, messages and hops of every method on the same nodes, objects, queries and seed. */
export interface Comparison {
	readonly queries: number;
	readonly query: QueryKind;
	/** Flooding, one point per TTL. */
	readonly flood: ComparisonPoint[];
	/** Expanding ring, one point per largest TTL. */
	readonly ring: ComparisonPoint[];
	/** k random walkers, one point per k. */
	readonly walk: ComparisonPoint[];
	/** DHT lookup (pastry only; `supported` false for keyword and range queries). */
	readonly dht:
		(SearchFigures & { readonly supported: boolean; readonly reason: string | null }) | null;
	/** Greedy routing (tman only). */
	readonly greedy: SearchFigures | null;
}

/** What to compare. */
export interface ComparisonOptions extends Omit<SearchOptions, 'method' | 'ttl' | 'walkers'> {
	readonly queries: number;
	readonly seed: string;
	/** TTLs of the flood and expanding-ring curves (default 1..8). */
	readonly ttls?: readonly number[];
	/** Walker counts of the walk curve (default 1, 2, 4, …, 64). */
	readonly walkers?: readonly number[];
}

/** The default x axes: TTL 1..8, and 1 to 64 walkers by doubling. */
export const COMPARISON_TTLS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];
export const COMPARISON_WALKERS: readonly number[] = [1, 2, 4, 8, 16, 32, 64];

/**
 * The side-by-side comparison for the charts: the same scenario queries (requesters and objects of
 * the seed) asked with every method the overlay allows. One flood of the largest TTL per query
 * gives every flood and expanding-ring point at once (a flood of TTL t sends the first t waves of
 * it); walkers run once per k, each k from the same walk stream, so every point equals
 * {@link searchStatistics} with that method and parameter. Cost: about Q floods of the largest TTL
 * plus Q·(number of walker counts) walks; see bench/search.ts for timings.
 */
export function compareMethods(network: SearchNetwork, o: ComparisonOptions): Comparison {
	const ttls = o.ttls ?? COMPARISON_TTLS;
	const walkers = o.walkers ?? COMPARISON_WALKERS;
	if (ttls.length === 0 || walkers.length === 0)
		throw new SimError('give at least one TTL and one walker count');
	const { max: queriesMax } = SEARCH_LIMITS.queries;
	if (!Number.isInteger(o.queries) || o.queries < 1 || o.queries > queriesMax)
		throw new SimError(
			`the number of queries must be an integer from 1 to ${queriesMax}, got ${o.queries}`
		);
	const overlay = network.spec.overlay;
	const shared: Omit<SearchOptions, 'method'> = {
		query: o.query,
		ringStart: o.ringStart,
		ringStep: o.ringStep,
		walkerTtl: o.walkerTtl,
		checkEvery: o.checkEvery,
		fallbackTtl: o.fallbackTtl
	};
	for (const t of ttls) resolveSearchParams(overlay, { ...shared, method: 'flood', ttl: t });
	const base = resolveSearchParams(overlay, { ...shared, method: 'walk', walkers: walkers[0] });
	const queries = drawQueries(network, base.query, o.queries, o.seed);
	const maxTtl = Math.max(...ttls);
	const profiles = queries.map((q) => floodProfile(network, q.source, q.target, maxTtl));
	const point = (x: number, outcomes: QueryOutcome[]): ComparisonPoint => {
		const { successRate, meanMessages, meanHops } = figuresOf(outcomes);
		return { x, successRate, meanMessages, meanHops };
	};
	const flood = ttls.map((t) =>
		point(
			t,
			profiles.map(({ hit, sent }) => {
				const found = hit >= 0 && hit <= t;
				return { found, hops: found ? hit : null, messages: floodMessages(sent, t) };
			})
		)
	);
	const ring = ttls.map((t) =>
		point(
			t,
			profiles.map(({ hit, sent }) => {
				let messages = 0;
				for (const r of ringTtls(t, base.ringStart, base.ringStep)) {
					messages += floodMessages(sent, r);
					if (hit >= 0 && hit <= r) return { found: true, hops: hit, messages };
				}
				return { found: false, hops: null, messages };
			})
		)
	);
	const walk = walkers.map((k) => {
		const params = resolveSearchParams(overlay, { ...shared, method: 'walk', walkers: k });
		const rng = searchStreams(o.seed).walk;
		return point(
			k,
			queries.map((q) => runToEnd(network, startRun(network, params, q.source, q.target), rng))
		);
	});
	const runAll = (method: 'dht' | 'greedy') => {
		const params = resolveSearchParams(overlay, { ...shared, method });
		const rng = searchStreams(o.seed).walk;
		return figuresOf(
			queries.map((q) => runToEnd(network, startRun(network, params, q.source, q.target), rng))
		);
	};
	let dht: Comparison['dht'] = null;
	if (overlay === 'pastry') {
		const reason = unsupportedReason('dht', base.query);
		dht = reason
			? { supported: false, reason, successRate: null, meanMessages: null, meanHops: null }
			: { supported: true, reason: null, ...pick(runAll('dht')) };
	}
	const greedy = overlay === 'tman' ? pick(runAll('greedy')) : null;
	return { queries: o.queries, query: base.query, flood, ring, walk, dht, greedy };
}

function pick(f: SearchFigures): SearchFigures {
	return { successRate: f.successRate, meanMessages: f.meanMessages, meanHops: f.meanHops };
}
