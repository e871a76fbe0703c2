import type { ExhaustedReason } from './events';
import { cloneFlood, ringTtls, startFlood, type FloodRun } from './flood';
import { cloneGreedy, startGreedy, type GreedyRun } from './greedy';
import type { SearchParams } from './method-params';
import { matchAt, type QueryTarget } from './target';
import type { SearchMethod, SearchNetwork } from './types';
import { cloneWalk, startWalk, type WalkRun } from './walk';

/** What each method keeps while its query runs. */
export type MethodRun =
	| { readonly method: 'flood'; flood: FloodRun }
	| {
			readonly method: 'ring';
			readonly rings: readonly number[];
			/** Index of the current ring in `rings`. */
			ring: number;
			/** Messages of the rings before the current one. */
			spent: number;
			flood: FloodRun;
			/** True once the current ring has ended unanswered: the next step starts the next ring. */
			between: boolean;
	  }
	| { readonly method: 'walk'; walk: WalkRun }
	| {
			readonly method: 'dht';
			at: number;
			hops: number;
			/** Nodes visited, from the requester. */ path: number[];
	  }
	| { readonly method: 'greedy'; greedy: GreedyRun; flood: FloodRun | null };

/** A query in progress, as plain data (the network it runs on is not part of it). */
export interface SearchRun {
	readonly source: number;
	readonly target: QueryTarget;
	readonly params: SearchParams;
	state: MethodRun;
	/** The answer, once found (the query may still be sending, as a flood does up to its TTL). */
	found: { node: number; object: number; hops: number; messages: number } | null;
	/** Set when nothing is left to send. */
	done: boolean;
	exhausted: ExhaustedReason | null;
}

/** A copy sharing nothing mutable. */
export function cloneRun(run: Readonly<SearchRun>): SearchRun {
	const s = run.state;
	let state: MethodRun;
	switch (s.method) {
		case 'flood':
			state = { ...s, flood: cloneFlood(s.flood) };
			break;
		case 'ring':
			state = { ...s, flood: cloneFlood(s.flood) };
			break;
		case 'walk':
			state = { ...s, walk: cloneWalk(s.walk) };
			break;
		case 'dht':
			state = { ...s, path: s.path.slice() };
			break;
		case 'greedy':
			state = { ...s, greedy: cloneGreedy(s.greedy), flood: s.flood && cloneFlood(s.flood) };
			break;
	}
	return { ...run, state, found: run.found && { ...run.found } };
}

/** Messages the query has sent so far. */
export function runMessages(run: Readonly<SearchRun>): number {
	const s = run.state;
	switch (s.method) {
		case 'flood':
			return s.flood.messages;
		case 'ring':
			return s.spent + s.flood.messages;
		case 'walk':
			return s.walk.messages;
		case 'dht':
			return s.hops;
		case 'greedy':
			return s.greedy.messages + (s.flood?.messages ?? 0);
	}
}

/**
 * Starts a query of `params.method` from `source`. Every method but the DHT first looks in the
 * requester's own store: an answer there is found at 0 hops and 0 messages. A DHT lookup always
 * routes to the key's root (Pastry delivers there, wherever the requester is).
 */
export function startRun(
	network: SearchNetwork,
	params: SearchParams,
	source: number,
	target: QueryTarget,
	method: SearchMethod = params.method
): SearchRun {
	let state: MethodRun;
	switch (method) {
		case 'flood':
			state = { method, flood: startFlood(network, source, params.ttl) };
			break;
		case 'ring': {
			const rings = ringTtls(params.ttl, params.ringStart, params.ringStep);
			state = {
				method,
				rings,
				ring: 0,
				spent: 0,
				flood: startFlood(network, source, rings[0]),
				between: false
			};
			break;
		}
		case 'walk':
			state = {
				method,
				walk: startWalk(source, params.walkers, params.walkerTtl, params.checkEvery)
			};
			break;
		case 'dht':
			state = { method, at: source, hops: 0, path: [source] };
			break;
		case 'greedy':
			state = { method, greedy: startGreedy(source), flood: null };
			break;
	}
	const isolated = network.graph.offsets[source + 1] === network.graph.offsets[source];
	const run: SearchRun = {
		source,
		target,
		params: { ...params, method },
		state,
		found: null,
		done: false,
		exhausted: null
	};
	const local = method === 'dht' ? -1 : matchAt(network, target, source);
	if (local >= 0) {
		run.found = { node: source, object: local, hops: 0, messages: 0 };
		run.done = true;
	} else if (isolated && method !== 'dht' && method !== 'greedy')
		// A requester with no neighbour cannot send anything.
		finish(run, method === 'walk' ? 'stuck' : 'ttl');
	return run;
}

/** Marks the run done; unanswered, for `reason`. */
export function finish(run: SearchRun, reason: ExhaustedReason): void {
	run.done = true;
	if (!run.found) run.exhausted = reason;
}

/** The outcome of one query. */
export interface QueryOutcome {
	readonly found: boolean;
	readonly hops: number | null;
	readonly messages: number;
}

/** The outcome of a finished run. */
export function outcomeOf(run: Readonly<SearchRun>): QueryOutcome {
	return {
		found: run.found !== null,
		hops: run.found ? run.found.hops : null,
		messages: runMessages(run)
	};
}
