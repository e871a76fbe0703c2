import type { Buffer } from './scratch';
import { viewStride, type Descriptor, type GossipState } from './types';
import type { ExchangeSide, GossipEvent } from './events';
import { viewOf } from './view';

/**
 * The exchange event as copied, serialisable data (built only when a step records events): what
 * each side held before (the inspector's record of it), sent, received and holds after, and which
 * received entries it kept and which of its own it dropped.
 */

/** A buffer as copied descriptors, for its event. */
export function copy(buf: Buffer): Descriptor[] {
	const out: Descriptor[] = [];
	for (let i = 0; i < buf.length; i++) out.push({ nodeId: buf.ids[i], age: buf.ages[i] });
	return out;
}

/** Node v's view as recorded before this exchange, after its fresh descriptor if `withSelf`. */
export function recorded(s: Readonly<GossipState>, v: number, withSelf: boolean): Descriptor[] {
	const out: Descriptor[] = withSelf ? [{ nodeId: v, age: 0 }] : [];
	const base = v * viewStride(s.params.viewSize);
	for (let i = base, end = base + s.lastLength[v]; i < end; i++)
		out.push({ nodeId: s.lastIds[i], age: s.lastAges[i] });
	return out;
}

/** Adds the exchange event of v (active) and q (passive): each side's view before, sent, received, after. */
export function pushEvent(
	s: GossipState,
	events: GossipEvent[],
	round: number,
	v: number,
	q: number,
	sentMine: Descriptor[],
	sentTheirs: Descriptor[]
): void {
	events.push({
		type: 'exchange',
		round,
		active: side(s, v, recorded(s, v, false), sentMine, sentTheirs),
		passive: side(s, q, recorded(s, q, false), sentTheirs, sentMine)
	});
}

function side(
	s: GossipState,
	v: number,
	before: Descriptor[],
	sent: Descriptor[],
	received: Descriptor[]
): ExchangeSide {
	const after = viewOf(s, v);
	const was = new Map(before.map((d) => [d.nodeId, d.age]));
	const now = new Map(after.map((d) => [d.nodeId, d.age]));
	const kept = received
		.filter((d) => {
			const old = was.get(d.nodeId);
			return now.get(d.nodeId) === d.age && (old === undefined || old > d.age);
		})
		.map((d) => d.nodeId);
	const dropped = before.filter((d) => !now.has(d.nodeId));
	return { nodeId: v, before, sent, received, after, kept, dropped };
}
