import { formatId } from '$lib/sim/core';
import type { PastryState } from '$lib/sim/pastry';
import type { FactSource } from '../placeholders';

/**
 * Facts of a Pastry network: `nodes` (live), `lookups` and `joins` completed, and of the last
 * completed lookup: `hops`, `path` (ids joined by →), `source`, `destination`.
 */
export function pastryFacts(s: Readonly<PastryState>): FactSource {
	const route = s.finished.route;
	const id = (v: number | undefined) => (v === undefined ? 'none' : formatId(v, s.space));
	return {
		nodes: () => s.nodes.filter((n) => n.alive).length,
		lookups: () => s.completed.lookups,
		joins: () => s.completed.joins,
		hops: () => (route ? route.path.length - 1 : 0),
		path: () => (route ? route.path.map((v) => formatId(v, s.space)).join(' → ') : 'none'),
		source: () => id(route?.path[0]),
		destination: () => id(route?.path.at(-1))
	};
}
