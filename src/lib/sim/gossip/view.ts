import type { Descriptor, GossipState } from './types';
import { LIVE, viewStride } from './types';

/**
 * Read access to the flat view store (c slots per node) as copied, serialisable data. The model's
 * hot paths index the typed arrays directly; the UI and tests go through these.
 */

/** The view of node `v` in slot order, copied. */
export function viewOf(s: Readonly<GossipState>, v: number): Descriptor[] {
	const c = s.params.viewSize;
	const out: Descriptor[] = [];
	for (let i = v * viewStride(c), end = i + s.viewLength[v]; i < end; i++)
		out.push({ nodeId: s.viewIds[i], age: s.viewAges[i] });
	return out;
}

/** The nodeIds in node `v`'s view, copied. */
export function viewIdsOf(s: Readonly<GossipState>, v: number): number[] {
	const base = v * viewStride(s.params.viewSize);
	return Array.from(s.viewIds.subarray(base, base + s.viewLength[v]));
}

/** Node `v`'s most recent exchange: its partner, the round, and its view before and now. */
export interface LastExchange {
	readonly partner: number;
	readonly round: number;
	readonly before: Descriptor[];
	/** The view now: ages have grown by the rounds started since, nothing else has changed. */
	readonly after: Descriptor[];
}

/** What the node inspector shows; null if `v` has not taken part in an exchange yet. */
export function lastExchangeOf(s: Readonly<GossipState>, v: number): LastExchange | null {
	if (v < 0 || v >= s.size || s.lastPartner[v] < 0) return null;
	const c = s.params.viewSize;
	const before: Descriptor[] = [];
	for (let i = v * viewStride(c), end = i + s.lastLength[v]; i < end; i++)
		before.push({ nodeId: s.lastIds[i], age: s.lastAges[i] });
	return { partner: s.lastPartner[v], round: s.lastRound[v], before, after: viewOf(s, v) };
}

/** Live nodeIds in ascending order. */
export function liveNodes(s: Readonly<GossipState>): number[] {
	const out: number[] = [];
	for (let v = 0; v < s.size; v++) if (s.status[v] === LIVE) out.push(v);
	return out;
}

/** Whether `v` is a live node. */
export function isLive(s: Readonly<GossipState>, v: number): boolean {
	return Number.isInteger(v) && v >= 0 && v < s.size && s.status[v] === LIVE;
}

/** Copies node `v`'s current view into its "before its last exchange" record. */
export function recordBefore(s: GossipState, v: number, partner: number, round: number): void {
	const base = v * viewStride(s.params.viewSize);
	const len = s.viewLength[v];
	const { viewIds, viewAges, lastIds, lastAges } = s;
	for (let i = base; i < base + len; i++) {
		lastIds[i] = viewIds[i];
		lastAges[i] = viewAges[i];
	}
	s.lastLength[v] = len;
	s.lastPartner[v] = partner;
	s.lastRound[v] = round;
}

/** Removes slot `slot` of node `v`'s view, the later entries moving up one (a dead peer, a swap). */
export function removeSlot(s: GossipState, v: number, slot: number): void {
	const base = v * viewStride(s.params.viewSize);
	const len = s.viewLength[v];
	s.viewIds.copyWithin(base + slot, base + slot + 1, base + len);
	s.viewAges.copyWithin(base + slot, base + slot + 1, base + len);
	s.viewLength[v] = len - 1;
}
