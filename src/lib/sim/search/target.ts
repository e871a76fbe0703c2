import { keyFromName, SimError, type Id, type Rng } from '../core';
import { liveRoot } from '../pastry';
import { queryRegion } from './interest';
import { objectMatches, queryFor } from './objects';
import { drawRanked } from './popularity';
import type { QueryKind, Region, SearchNetwork, SearchQuery } from './types';

/** What a running query needs to recognise an answer and to aim at it. Plain data. */
export interface QueryTarget {
	readonly query: SearchQuery;
	/** objectMatch[o] = 1 when object o answers the query. */
	readonly objectMatch: Uint8Array;
	/** The cells the query is about, for greedy routing. */
	readonly region: Region;
	/** Exact queries on a DHT: the key, SHA-1 of the name, and its root. */
	readonly key: Id | null;
	readonly root: number | null;
}

/** Resolves a query against a network: which objects answer it, where it points, its DHT key. */
export function targetOf(network: SearchNetwork, query: SearchQuery): QueryTarget {
	const objectMatch = Uint8Array.from(network.objects, (o) => (objectMatches(o, query) ? 1 : 0));
	const region = queryRegion(query, network.objects, network.width, network.height);
	let key: Id | null = null;
	let root: number | null = null;
	if (network.pastry && query.kind === 'exact') {
		key = keyFromName(query.name, network.pastry.space);
		root = liveRoot(network.pastry, key);
	}
	return { query, objectMatch, region, key, root };
}

/** The first object node v holds that answers the query, or -1: what v checks in its own store. */
export function matchAt(network: SearchNetwork, target: QueryTarget, v: number): number {
	const { offsets, targets } = network.holdings;
	for (let i = offsets[v]; i < offsets[v + 1]; i++)
		if (target.objectMatch[targets[i]] === 1) return targets[i];
	return -1;
}

/**
 * The scenario's next query: an object drawn by its popularity (Lv et al. 2002, §2.4: uniformly,
 * or by its Zipf rate q_i), a uniformly random requester, and the query of `kind` for that object.
 * Always three kinds of draw in this order, so the batch functions and the step model ask the same
 * queries for a seed; the object does not depend on the allocation, so allocations compare on the
 * same queries.
 */
export function drawQuery(
	network: SearchNetwork,
	kind: QueryKind,
	rng: Rng
): { source: number; query: SearchQuery } {
	const object =
		network.objects[
			network.queryCdf ? drawRanked(network.queryCdf, rng) : rng.int(network.objects.length)
		];
	const source = rng.int(network.n);
	return { source, query: queryFor(object, kind, rng) };
}

/** Checks a query a user typed, throwing a {@link SimError} that says what to change. */
export function checkQuery(network: SearchNetwork, query: SearchQuery, source: number): void {
	if (!Number.isInteger(source) || source < 0 || source >= network.n)
		throw new SimError(`the requester must be a node from 0 to ${network.n - 1}, got ${source}`);
	if (query.kind === 'exact' && query.name.trim() === '')
		throw new SimError('an exact query needs a name');
	if (query.kind === 'keyword' && query.keyword.trim() === '')
		throw new SimError('a keyword query needs a keyword');
	if (query.kind === 'range' && !(Number.isFinite(query.low) && query.low <= query.high))
		throw new SimError(`a range needs low ≤ high, got ${query.low} to ${query.high}`);
}
