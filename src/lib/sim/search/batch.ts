import { Rng } from '../core';
import { resolveSearchParams, type SearchOptions, type SearchParams } from './method-params';
import { startRun, type QueryOutcome } from './run';
import { runToEnd } from './step';
import { drawQuery, targetOf, type QueryTarget } from './target';
import type { QueryKind, SearchMethod, SearchNetwork } from './types';

/** The figures of a batch of queries (Lv et al. 2002's Pr(success), #msgs and #hops). */
export interface SearchFigures {
	/** Fraction of queries answered; null when the method cannot answer this kind of query. */
	readonly successRate: number | null;
	/** Messages per query, over all queries (null when unsupported). */
	readonly meanMessages: number | null;
	/** Hops to the first answer, over the answered queries (null when none was answered). */
	readonly meanHops: number | null;
}

/** A batch's figures with what they were measured on. */
export interface SearchStats extends SearchFigures {
	readonly method: SearchMethod;
	readonly query: QueryKind;
	readonly queries: number;
	readonly supported: boolean;
	/** Why the method cannot answer the query kind, when it cannot. */
	readonly reason: string | null;
	readonly found: number;
	readonly maxMessages: number | null;
	/** Fraction of the answered queries answered in 0, 1, 2, … hops. */
	readonly hopHistogram: number[];
}

/**
 * Why `method` cannot answer queries of `kind`, or null if it can. A DHT maps a key, SHA-1 of an
 * exact name, to the node responsible for it: a keyword or a range has no key, and hashing destroys
 * the order a range would need (the lecture's "expressiveness").
 */
export function unsupportedReason(method: SearchMethod, kind: QueryKind): string | null {
	if (method !== 'dht' || kind === 'exact') return null;
	return kind === 'keyword'
		? 'a DHT finds an exact key, SHA-1 of a whole name; a keyword is no key, so it cannot ask which names contain it'
		: 'a DHT finds an exact key, and SHA-1 scatters neighbouring values over the ring, so it cannot ask for a range of years';
}

/** The seeded streams of a batch: queries and walker moves, as the step model names them. */
export function searchStreams(seed: string): { queries: Rng; walk: Rng } {
	return { queries: Rng.stream(seed, 'search/queries'), walk: Rng.stream(seed, 'search/walk') };
}

/** The scenario's first `count` queries for a seed: requesters and resolved targets. */
export function drawQueries(
	network: SearchNetwork,
	kind: QueryKind,
	count: number,
	seed: string
): { source: number; target: QueryTarget }[] {
	const rng = searchStreams(seed).queries;
	return Array.from({ length: count }, () => {
		const { source, query } = drawQuery(network, kind, rng);
		return { source, target: targetOf(network, query) };
	});
}

/** Summarises outcomes into the figures. */
export function figuresOf(outcomes: readonly QueryOutcome[]): SearchFigures & {
	found: number;
	maxMessages: number;
	hopHistogram: number[];
} {
	let found = 0;
	let messages = 0;
	let hops = 0;
	let maxMessages = 0;
	const counts: number[] = [];
	for (const o of outcomes) {
		messages += o.messages;
		maxMessages = Math.max(maxMessages, o.messages);
		if (!o.found) continue;
		found++;
		hops += o.hops as number;
		counts[o.hops as number] = (counts[o.hops as number] ?? 0) + 1;
	}
	const q = outcomes.length;
	return {
		successRate: q === 0 ? null : found / q,
		meanMessages: q === 0 ? null : messages / q,
		meanHops: found === 0 ? null : hops / found,
		found,
		maxMessages,
		hopHistogram: Array.from(counts, (c) => (c ?? 0) / Math.max(1, found))
	};
}

/**
 * The batch path for statistics and the command line: `queries` scenario queries with the given
 * method on `network`, each run to its end. Draw for draw the same queries and walker moves as the
 * step model started with the same seed, so the figures equal what the model's totals reach.
 */
export function searchStatistics(
	network: SearchNetwork,
	options: SearchOptions & { readonly queries: number; readonly seed: string }
): SearchStats {
	const params: SearchParams = resolveSearchParams(network.spec.overlay, options);
	const reason = unsupportedReason(params.method, params.query);
	const base = { method: params.method, query: params.query, queries: options.queries };
	if (reason)
		return {
			...base,
			supported: false,
			reason,
			successRate: null,
			meanMessages: null,
			meanHops: null,
			found: 0,
			maxMessages: null,
			hopHistogram: []
		};
	const streams = searchStreams(options.seed);
	const outcomes: QueryOutcome[] = [];
	for (let i = 0; i < options.queries; i++) {
		const { source, query } = drawQuery(network, params.query, streams.queries);
		const run = startRun(network, params, source, targetOf(network, query));
		outcomes.push(runToEnd(network, run, streams.walk));
	}
	return { ...base, supported: true, reason: null, ...figuresOf(outcomes) };
}
