import type { Id } from '../core';
import type { PastEvent } from './events';
import type { PastState } from './types';

/**
 * A lookup answered from `node`'s cache (§4): when the node caches the file, it becomes its most
 * recently used entry and the answer is true.
 */
export function cacheHit(s: PastState, node: Id, file: number): boolean {
	const cache = s.caches.get(node);
	const i = cache ? cache.indexOf(file) : -1;
	if (!cache || i < 0) return false;
	cache.splice(i, 1);
	cache.push(file);
	return true;
}

/**
 * Caching along the route (§4): a file that passes through a node during a lookup or an insert is
 * kept in its cache. Every node of `nodes` that holds no replica keeps a copy,
 * evicting its least recently used file when its `cacheSize` slots are full. PAST evicts by
 * GreedyDual-Size; with files of one size and one cost that is least-recently-used.
 */
export function cacheAlong(s: PastState, file: number, nodes: readonly Id[]): PastEvent[] {
	const size = s.params.cacheSize;
	if (size === 0) return [];
	const events: PastEvent[] = [];
	for (const node of nodes) {
		if (s.files[file].replicas.includes(node)) continue;
		const cache = s.caches.get(node) ?? [];
		s.caches.set(node, cache);
		const i = cache.indexOf(file);
		if (i >= 0) {
			cache.splice(i, 1);
			cache.push(file);
			continue;
		}
		cache.push(file);
		const evicted = cache.length > size ? (cache.shift() as number) : null;
		events.push({ type: 'file-cached', file, node, evicted });
	}
	return events;
}
