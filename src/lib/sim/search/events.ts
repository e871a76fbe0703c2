import type { RouteRule } from '../pastry';
import type { SearchMethod, SearchQuery } from './types';

/** Why a query ended without an answer. */
export type ExhaustedReason =
	/** The flood (or the last ring) reached its TTL, or every walker reached its own. */
	| 'ttl'
	/** Every walker stood on a node with no neighbour. */
	| 'stuck'
	/** Greedy routing reached a node with no neighbour closer to the target (and no fallback). */
	| 'local-minimum'
	/** The DHT delivered the lookup at the key's root, which holds no such object. */
	| 'not-stored';

/** What the scenario or the user can do. */
export type SearchCommand =
	/**
	 * Starts a query (abandoning one in progress): by default the scenario's next random query with
	 * the state's method; a lesson or the user may name the method, the query and the requester.
	 */
	| {
			readonly type: 'start-query';
			readonly method?: SearchMethod;
			readonly query?: SearchQuery;
			readonly source?: number;
	  }
	/** One step of the query in progress: a flood wave, one step of every walker, one hop. */
	| { readonly type: 'step' }
	/** The rest of the query in progress (or the next scenario query, whole) as one transition. */
	| { readonly type: 'finish-query' }
	/** `count` whole scenario queries as one transition, for the running totals. */
	| { readonly type: 'run-queries'; readonly count: number };

/** Running totals over the queries completed so far. */
export interface SearchTotals {
	readonly queries: number;
	readonly found: number;
	readonly messages: number;
	/** Sum of the hops of the queries that found an answer. */
	readonly hops: number;
}

/** What happened, for the views to animate and `describeSearchEvent` to tell. */
export type SearchEvent =
	| {
			readonly type: 'query-started';
			/** 1 for the first query of the run. */
			readonly number: number;
			readonly method: SearchMethod;
			readonly source: number;
			readonly query: SearchQuery;
			/** Replicas answering the query in the whole network (what a global view would see). */
			readonly holders: number;
	  }
	/** The method cannot answer this kind of query (a DHT asked for a keyword or a range). */
	| {
			readonly type: 'unsupported';
			readonly method: SearchMethod;
			readonly query: SearchQuery;
			readonly reason: string;
	  }
	/** Expanding ring: a new flood from the requester, with a larger TTL. */
	| { readonly type: 'ring-started'; readonly ring: number; readonly ttl: number }
	| {
			readonly type: 'flood-wave';
			/** Hop distance from the flood's origin of the nodes this wave reaches (1 for the first). */
			readonly depth: number;
			readonly ttl: number;
			/** The node the flood started from: the requester, or a greedy route's local minimum. */
			readonly origin: number;
			/** Messages this wave sent, as [from, to]: each one crosses one edge. */
			readonly edges: readonly (readonly [number, number])[];
			/** Nodes reached for the first time by this wave (they forward in the next one). */
			readonly frontier: readonly number[];
			/** Messages that reached a node that already had the query. */
			readonly duplicates: number;
			/** Messages of the whole query so far. */
			readonly messages: number;
	  }
	| {
			readonly type: 'walker-step';
			readonly walker: number;
			/** The walker's step count, 1 for its first step. */
			readonly step: number;
			readonly from: number;
			readonly to: number;
			/** True when `to` holds an answer. */
			readonly hit: boolean;
			readonly messages: number;
	  }
	/** Every `checkEvery` steps the live walkers ask the requester whether to go on. */
	| {
			readonly type: 'walker-check';
			readonly step: number;
			readonly walkers: number;
			readonly stop: boolean;
			readonly checks: number;
	  }
	| {
			readonly type: 'dht-hop';
			readonly hop: number;
			readonly from: number;
			readonly to: number;
			readonly rule: RouteRule;
			readonly row: number | null;
			readonly column: number | null;
			readonly messages: number;
	  }
	| {
			readonly type: 'greedy-hop';
			readonly hop: number;
			readonly from: number;
			readonly to: number;
			/** Distance of `to`'s interests to the query's, in grid steps. */
			readonly distance: number;
			readonly messages: number;
	  }
	/** Greedy routing found no neighbour closer to the target than `node`. */
	| {
			readonly type: 'greedy-stuck';
			readonly node: number;
			readonly distance: number;
			readonly fallbackTtl: number;
	  }
	| {
			readonly type: 'found';
			readonly node: number;
			/** The name of the object that answers. */
			readonly object: string;
			readonly hops: number;
			readonly messages: number;
	  }
	| { readonly type: 'exhausted'; readonly reason: ExhaustedReason; readonly messages: number }
	| {
			readonly type: 'query-ended';
			readonly found: boolean;
			readonly hops: number | null;
			readonly messages: number;
			readonly totals: SearchTotals;
	  };
