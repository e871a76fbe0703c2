import type { Id } from '$lib/sim/core';
import { rootOf, type PastryEvent, type PastryState } from '$lib/sim/pastry';

/** A lookup to draw: its path so far, where the message is, and where it must end. */
export interface RouteDrawing {
	readonly key: Id;
	readonly name?: string;
	readonly path: readonly Id[];
	readonly at: Id;
	readonly done: boolean;
	readonly root: Id | null;
}

/** Where the ring draws each id, for the marks an application adds over it (see PastryRing's `overlay`). */
export interface RingGeometry {
	/** The point of an id on the ring. */
	readonly at: (id: Id) => { readonly x: number; readonly y: number };
	/** The angle of an id, in radians (0 at the top, clockwise). */
	readonly angle: (id: Id) => number;
	readonly center: { readonly x: number; readonly y: number };
	readonly radius: number;
	readonly fontPx: number;
}

/** Where the proximity plane draws each node (see ProximityPlane's `overlay`). */
export interface PlaneGeometry {
	readonly point: (id: Id) => { readonly x: number; readonly y: number };
	readonly fontPx: number;
}

/** A join to draw: the new node X, the node A it contacted, and the route of its join message. */
export interface JoinDrawing {
	readonly node: Id;
	readonly via: Id | null;
	readonly route: readonly Id[];
	readonly phase: string;
	readonly done: boolean;
}

/**
 * What a Pastry view draws for the operations: the lookup in flight or the last finished one, and
 * the join in flight or the last finished one. Derived from the state alone, so it is exact after a
 * seek or a step back.
 */
export function inFlight(s: Readonly<PastryState>): {
	route: RouteDrawing | null;
	join: JoinDrawing | null;
} {
	const op = s.ops[0];
	const r = op?.kind === 'route' && op.status !== 'waiting' ? op : s.finished.route;
	const j = op?.kind === 'join' && op.phase !== 'waiting' ? op : s.finished.join;
	return {
		route: r && {
			key: r.key,
			name: r.name,
			path: r.path,
			at: r.at,
			done: r !== op,
			root: rootOf(s, r.key)
		},
		join: j && { node: j.node, via: j.via, route: j.route, phase: j.phase, done: j !== op }
	};
}

/** The last hop (of a lookup or a join message) among the step's events, for the rule caption. */
export function lastHop(events: readonly PastryEvent[]) {
	for (let i = events.length - 1; i >= 0; i--) {
		const e = events[i];
		if (e.type === 'route-hop' || e.type === 'join-hop') return e.hop;
	}
	return null;
}
