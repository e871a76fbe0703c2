import { ageMerge, genericBuffer } from './age';
import { proximityBuffer, swapBuffer } from './buffer';
import type { Distance } from './distance';
import { proximityMerge, swapMerge } from './merge';
import { bufferSize } from './presets';
import { scratchFor, type Buffer, type Scratch } from './scratch';
import { selectPeer } from './select';
import type { Descriptor, GossipState } from './types';
import type { ExchangeSide, GossipEvent } from './events';
import { LIVE } from './types';
import { recordBefore, viewOf } from './view';

/** What an exchange needs besides the state: the ranking distance of the target, if any. */
export interface ExchangeContext {
	readonly distance: Distance | null;
}

function removeSlot(s: GossipState, v: number, slot: number): void {
	const base = v * s.params.viewSize;
	const len = s.viewLength[v];
	s.viewIds.copyWithin(base + slot, base + slot + 1, base + len);
	s.viewAges.copyWithin(base + slot, base + slot + 1, base + len);
	s.viewLength[v] = len - 1;
}

function build(
	s: GossipState,
	v: number,
	receiver: number,
	active: boolean,
	ctx: ExchangeContext,
	sc: Scratch,
	out: Buffer
): void {
	const p = s.params;
	const k = bufferSize(p.exchange, p.viewSize);
	const rng = s.rng.exchange;
	switch (p.merge) {
		case 'swap':
			return swapBuffer(s, v, active ? k - 1 : k, active, rng, out);
		case 'proximity':
			return proximityBuffer(s, v, receiver, k, ctx.distance as Distance, rng, sc, out);
		default:
			return genericBuffer(s, v, k, p.merge === 'age' ? p.healer : 0, rng, sc, out);
	}
}

function merge(
	s: GossipState,
	v: number,
	buf: Buffer,
	sent: Buffer,
	ctx: ExchangeContext,
	sc: Scratch
): void {
	const p = s.params;
	switch (p.merge) {
		case 'swap':
			return swapMerge(s, v, buf, sent.sent, sc);
		case 'proximity':
			return proximityMerge(s, v, buf, ctx.distance as Distance, sc);
		default:
			return ageMerge(s, v, buf, sent, p.healer, p.swapper, s.rng.exchange, sc);
	}
}

/**
 * One exchange: node v's active thread and its peer's passive thread (Jelasity et al. 2007, the
 * generic protocol). v selects a peer; if the peer is dead the contact fails (counted, and v drops
 * the entry when `dropDeadPeer`); otherwise, with push v sends its buffer, with pull the peer
 * answers with its own (built before it merges), and each side merges what it received. Cyclon's
 * active side removes the peer's entry before sending (its fresh descriptor takes that place).
 * Events are built only when `events` is given, so whole rounds run without allocating.
 */
export function runExchange(
	s: GossipState,
	v: number,
	ctx: ExchangeContext,
	events: GossipEvent[] | null
): void {
	const p = s.params;
	const c = p.viewSize;
	const round = s.round + 1;
	const sc = scratchFor(s.capacity, c, p.randomSamples);
	const slot = selectPeer(s, v, s.rng.exchange, ctx.distance, sc);
	if (slot < 0) {
		s.tally.idle++;
		events?.push({ type: 'no-peer', round, nodeId: v });
		return;
	}
	const q = s.viewIds[v * c + slot];
	if (s.status[q] !== LIVE) {
		s.tally.deadContacts++;
		recordBefore(s, v, q, round);
		if (p.dropDeadPeer) removeSlot(s, v, slot);
		events?.push({ type: 'peer-dead', round, nodeId: v, peer: q, dropped: p.dropDeadPeer });
		return;
	}
	s.tally.exchanges++;
	const before = events ? [viewOf(s, v), viewOf(s, q)] : null;
	recordBefore(s, v, q, round);
	recordBefore(s, q, v, round);
	const push = p.propagation !== 'pull';
	const pull = p.propagation !== 'push';
	const mine = sc.active;
	const theirs = sc.passive;
	mine.length = mine.sent = theirs.length = theirs.sent = 0;
	if (push) {
		if (p.merge === 'swap') removeSlot(s, v, slot);
		build(s, v, q, true, ctx, sc, mine);
	}
	if (pull) build(s, q, v, false, ctx, sc, theirs);
	const sentMine = copy(events, mine);
	const sentTheirs = copy(events, theirs);
	if (push) merge(s, q, mine, theirs, ctx, sc);
	if (pull) merge(s, v, theirs, mine, ctx, sc);
	if (events && before)
		events.push({
			type: 'exchange',
			round,
			active: side(s, v, before[0], sentMine, sentTheirs),
			passive: side(s, q, before[1], sentTheirs, sentMine)
		});
}

function copy(events: GossipEvent[] | null, buf: Buffer): Descriptor[] {
	if (!events) return [];
	const out: Descriptor[] = [];
	for (let i = 0; i < buf.length; i++) out.push({ nodeId: buf.ids[i], age: buf.ages[i] });
	return out;
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
