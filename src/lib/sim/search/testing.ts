import { Rng } from '../core';
import { customNetwork } from './custom';
import type { SearchParams } from './method-params';
import type { SearchNetwork } from './types';

/** Test fixture: undirected edges as neighbour lists for `n` nodes. Not exported from the index. */
export function listsFromEdges(
	n: number,
	edges: readonly (readonly [number, number])[]
): number[][] {
	const lists: number[][] = Array.from({ length: n }, () => []);
	for (const [a, b] of edges) lists[a].push(b);
	return lists;
}

/** The path 0—1—…—(n−1). */
export function pathLists(n: number): number[][] {
	return listsFromEdges(
		n,
		Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const)
	);
}

/** The cycle 0—1—…—(n−1)—0. */
export function cycleLists(n: number): number[][] {
	return listsFromEdges(
		n,
		Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as const)
	);
}

/** A star: centre 0, leaves 1..n−1. */
export function starLists(n: number): number[][] {
	return listsFromEdges(
		n,
		Array.from({ length: n - 1 }, (_, i) => [0, i + 1] as const)
	);
}

/** A random multigraph-free network of n nodes with about `degree` mean degree and `objects` objects. */
export function randomFixture(
	seed: string,
	n: number,
	degree: number,
	objects: number,
	replicas: number
): SearchNetwork {
	const rng = Rng.stream(seed, 'fixture');
	const lists: number[][] = Array.from({ length: n }, () => []);
	for (let i = 0; i < Math.round((n * degree) / 2); i++) lists[rng.int(n)].push(rng.int(n));
	return customNetwork({
		lists,
		objects: Array.from({ length: objects }, (_, o) => ({
			name: `o${o}`,
			keywords: [o % 2 === 0 ? 'even' : 'odd'],
			year: 2000 + o,
			holders: Array.from({ length: replicas }, () => rng.int(n))
		}))
	});
}

/** Search parameters with every field set (tests call the steppers directly). */
export function paramsFor(p: Partial<SearchParams> & Pick<SearchParams, 'method'>): SearchParams {
	return {
		query: 'exact',
		ttl: 7,
		ringStart: 1,
		ringStep: 2,
		walkers: 4,
		walkerTtl: 1024,
		checkEvery: 4,
		fallbackTtl: 2,
		...p
	};
}
