import { SimError, type Model, type Rng } from '../core';
import { searchStreams, unsupportedReason } from './batch';
import type { SearchCommand, SearchEvent, SearchTotals } from './events';
import { resolveSearchParams, type SearchOptions, type SearchParams } from './method-params';
import { SEARCH_LIMITS } from './params';
import { cloneRun, outcomeOf, runMessages, startRun, type SearchRun } from './run';
import { stepRun } from './step';
import { checkQuery, drawQuery, targetOf } from './target';
import type { SearchNetwork } from './types';

/**
 * The state of a search session: a network (shared and read-only: states and clones point to the
 * same one), the method's parameters, the query in progress and the running totals.
 */
export interface SearchState {
	readonly network: SearchNetwork;
	readonly params: SearchParams;
	readonly seed: string;
	/** Scenario queries the session asks by itself (0: only the user's). */
	readonly queries: number;
	/** Queries started so far, the user's included. */
	started: number;
	/** Scenario queries started so far. */
	drawn: number;
	run: SearchRun | null;
	/** The last query that ended, kept so views can still draw it (its wave, walkers or route). */
	last: SearchRun | null;
	totals: SearchTotals;
	rng: { queries: Rng; walk: Rng };
}

/**
 * A new session on `network`: `queries` scenario queries with `options.method`, drawn from `seed`
 * exactly as {@link searchStatistics} draws them. Throws a {@link SimError} for a method the overlay
 * cannot run (a DHT lookup off pastry, greedy routing off tman).
 */
export function initSearch(
	network: SearchNetwork,
	options: SearchOptions & { readonly queries?: number },
	seed: string
): SearchState {
	const params = resolveSearchParams(network.spec.overlay, options);
	const queries = options.queries ?? 1;
	const { max } = SEARCH_LIMITS.queries;
	if (!Number.isInteger(queries) || queries < 0 || queries > max)
		throw new SimError(`the number of queries must be an integer from 0 to ${max}, got ${queries}`);
	return {
		network,
		params,
		seed,
		queries,
		started: 0,
		drawn: 0,
		run: null,
		last: null,
		totals: { queries: 0, found: 0, messages: 0, hops: 0 },
		rng: searchStreams(seed)
	};
}

/** A copy sharing nothing mutable (the read-only network is shared). */
export function cloneSearch(s: Readonly<SearchState>): SearchState {
	return {
		...s,
		run: s.run && cloneRun(s.run),
		last: s.last && cloneRun(s.last),
		totals: { ...s.totals },
		rng: { queries: s.rng.queries.clone(), walk: s.rng.walk.clone() }
	};
}

function start(
	s: SearchState,
	c: Extract<SearchCommand, { type: 'start-query' }>,
	events: SearchEvent[]
): void {
	const method = c.method ?? s.params.method;
	const params =
		method === s.params.method
			? s.params
			: resolveSearchParams(s.network.spec.overlay, { ...s.params, method });
	let source: number;
	let query;
	if (c.query === undefined && c.source === undefined) {
		({ source, query } = drawQuery(s.network, params.query, s.rng.queries));
		s.drawn++;
	} else {
		source = c.source ?? 0;
		query = c.query ?? { kind: 'exact' as const, name: s.network.objects[0].name };
		checkQuery(s.network, query, source);
	}
	const reason = unsupportedReason(method, query.kind);
	s.run = null;
	if (reason) {
		events.push({ type: 'unsupported', method, query, reason });
		return;
	}
	const target = targetOf(s.network, query);
	let holders = 0;
	for (let v = 0; v < s.network.n; v++) {
		const { offsets, targets } = s.network.holdings;
		for (let i = offsets[v]; i < offsets[v + 1]; i++)
			if (target.objectMatch[targets[i]] === 1) {
				holders++;
				break;
			}
	}
	s.started++;
	events.push({ type: 'query-started', number: s.started, method, source, query, holders });
	s.run = startRun(s.network, params, source, target, method);
	if (s.run.found) {
		const f = s.run.found;
		events.push({
			type: 'found',
			node: f.node,
			object: s.network.objects[f.object].name,
			hops: 0,
			messages: 0
		});
	}
	end(s, events);
}

/** Closes the run if it is done: exhausted (when nothing was found), totals, query-ended. */
function end(s: SearchState, events: SearchEvent[]): void {
	const run = s.run;
	if (!run || !run.done) return;
	if (run.exhausted)
		events.push({ type: 'exhausted', reason: run.exhausted, messages: runMessages(run) });
	const o = outcomeOf(run);
	const t = s.totals;
	s.totals = {
		queries: t.queries + 1,
		found: t.found + (o.found ? 1 : 0),
		messages: t.messages + o.messages,
		hops: t.hops + (o.hops ?? 0)
	};
	events.push({
		type: 'query-ended',
		found: o.found,
		hops: o.hops,
		messages: o.messages,
		totals: { ...s.totals }
	});
	s.last = run;
	s.run = null;
}

/** Runs the current query to its end, keeping only its outcome events (found, exhausted, ended). */
function finishQuery(s: SearchState, events: SearchEvent[]): void {
	const run = s.run as SearchRun;
	const hadAnswer = run.found !== null;
	while (!run.done) stepRun(s.network, run, s.rng.walk, null);
	if (run.found && !hadAnswer) {
		const f = run.found;
		events.push({
			type: 'found',
			node: f.node,
			object: s.network.objects[f.object].name,
			hops: f.hops,
			messages: f.messages
		});
	}
	end(s, events);
}

function scenarioLeft(s: Readonly<SearchState>): boolean {
	return s.drawn < s.queries;
}

/**
 * Search on an overlay, as the lecture's "impact of the structure on search" shows it: flooding and
 * expanding ring (one step per wave), k random walkers (one step moves every walker once), a DHT
 * lookup and greedy routing (one step per hop). The round counter counts the queries started.
 */
export const searchModel: Model<SearchState, SearchCommand, SearchEvent> = {
	name: 'search',

	clone: cloneSearch,

	next(s) {
		if (s.run) return { type: 'step' };
		return scenarioLeft(s) ? { type: 'start-query' } : null;
	},

	finishRound(s) {
		return s.run || scenarioLeft(s) ? { type: 'finish-query' } : null;
	},

	apply(s, c) {
		const events: SearchEvent[] = [];
		switch (c.type) {
			case 'start-query':
				start(s, c, events);
				return events;
			case 'step':
				if (!s.run) throw new SimError('no query is in progress: start one first');
				stepRun(s.network, s.run, s.rng.walk, events);
				end(s, events);
				return events;
			case 'finish-query':
				if (!s.run) {
					if (!scenarioLeft(s))
						throw new SimError('no query is in progress and the scenario has none left');
					start(s, { type: 'start-query' }, events);
				}
				if (s.run) finishQuery(s, events);
				return events;
			case 'run-queries': {
				const { max } = SEARCH_LIMITS.queries;
				if (!Number.isInteger(c.count) || c.count < 1 || c.count > max)
					throw new SimError(`queries to run must be an integer from 1 to ${max}, got ${c.count}`);
				if (s.run) finishQuery(s, events);
				for (let i = 0; i < c.count; i++) {
					const before = events.length;
					start(s, { type: 'start-query' }, events);
					if (s.run) finishQuery(s, events);
					// Keep the summary only: a long run would otherwise record every query's events.
					if (i < c.count - 1) events.length = before;
				}
				return events;
			}
		}
	},

	round(s) {
		return s.started;
	}
};
