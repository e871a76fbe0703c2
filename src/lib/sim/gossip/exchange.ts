import { ageMerge, genericBuffer } from './age';
import { proximityBuffer, swapBuffer } from './buffer';
import { targetDistance, type Distance } from './distance';
import { freshestMerge, type ViewCopy } from './freshest';
import { newscastMerge } from './newscast';
import { proximityMerge, swapMerge } from './merge';
import { bufferSize } from './presets';
import { nextStamp, scratchFor, type Buffer, type Scratch } from './scratch';
import { selectPeer } from './select';
import { copy, pushEvent, recorded } from './exchangeEvents';
import type { GossipState } from './types';
import type { GossipEvent } from './events';
import { LIVE, viewStride } from './types';
import { recordBefore, removeSlot } from './view';

/**
 * What an exchange needs besides the state, decided once for a run of exchanges (a round, or one
 * step): the ranking distance of the target, the buffer size, who sends, and whether the protocol
 * is the whole-view, keep-the-freshest one (Newscast), whose merges read both views straight from
 * the inspector's record of them instead of from copied buffers.
 */
export interface ExchangeContext {
	readonly distance: Distance | null;
	/** Descriptors in a buffer, the fresh one included (`bufferSize`). */
	readonly k: number;
	readonly push: boolean;
	readonly pull: boolean;
	/** Whole views exchanged and the c freshest kept (age merge, H ≥ k, S = 0). */
	readonly freshestWhole: boolean;
}

/** The exchange context for the state as it is now. */
export function exchangeContext(s: Readonly<GossipState>): ExchangeContext {
	const p = s.params;
	const k = bufferSize(p.exchange, p.viewSize);
	return {
		distance: p.target ? targetDistance(p.target, s) : null,
		k,
		push: p.propagation !== 'pull',
		pull: p.propagation !== 'push',
		freshestWhole: p.merge === 'age' && p.exchange === 'full' && p.swapper === 0 && p.healer >= k
	};
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
	const k = ctx.k;
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
 * Events are built only when `events` is given, so whole rounds run without allocating. With
 * `record` false the inspector's record of each side's view before the exchange (`lastIds`, …,
 * `lastRound`) is not kept: the views come out the same, for callers that never inspect a node.
 */
export function runExchange(
	s: GossipState,
	v: number,
	ctx: ExchangeContext,
	events: GossipEvent[] | null,
	record = true
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
	const q = s.viewIds[v * viewStride(c) + slot];
	if (s.status[q] !== LIVE) {
		s.tally.deadContacts++;
		if (record) recordBefore(s, v, q, round);
		if (p.dropDeadPeer) removeSlot(s, v, slot);
		events?.push({ type: 'peer-dead', round, nodeId: v, peer: q, dropped: p.dropDeadPeer });
		return;
	}
	s.tally.exchanges++;
	if (record || events) {
		recordBefore(s, v, q, round);
		recordBefore(s, q, v, round);
	}
	const { push, pull } = ctx;
	if (ctx.freshestWhole && push && pull) {
		// Newscast both ways: one merged list for both sides, read from the views as they were.
		const withRecord = record || events !== null;
		const mine = withRecord ? copyOf(s, v, true, sc.mine, sc.active) : inPlace(s, v, sc.mine);
		const theirs = withRecord
			? copyOf(s, q, true, sc.theirs, sc.passive)
			: inPlace(s, q, sc.theirs);
		newscastMerge(s, v, q, mine, theirs, nextStamp(sc), s.rng.exchange, sc);
		if (events) pushEvent(s, events, round, v, q, recorded(s, v, true), recorded(s, q, true));
		return;
	}
	if (ctx.freshestWhole) {
		// The buffers would be the views as they were, with their owners' fresh descriptors.
		// Without a record, v's view can be read in place (q's merge does not touch it, and v's
		// own merge stages its result before writing it); q's is copied before q's merge.
		const withRecord = record || events !== null;
		const mine = withRecord ? copyOf(s, v, true, sc.mine, sc.active) : inPlace(s, v, sc.mine);
		const theirs = copyOf(s, q, withRecord, sc.theirs, sc.passive);
		if (push) freshestMerge(s, q, v, theirs, mine, nextStamp(sc), s.rng.exchange, sc);
		if (pull) freshestMerge(s, v, q, mine, theirs, nextStamp(sc), s.rng.exchange, sc);
		if (events) {
			const sentMine = push ? recorded(s, v, true) : [];
			const sentTheirs = pull ? recorded(s, q, true) : [];
			pushEvent(s, events, round, v, q, sentMine, sentTheirs);
		}
		return;
	}
	const mine = sc.active;
	const theirs = sc.passive;
	mine.length = mine.sent = theirs.length = theirs.sent = 0;
	if (push) {
		if (p.merge === 'swap') removeSlot(s, v, slot);
		build(s, v, q, true, ctx, sc, mine);
	}
	if (pull) build(s, q, v, false, ctx, sc, theirs);
	const sentMine = events ? copy(mine) : null;
	const sentTheirs = events ? copy(theirs) : null;
	if (push) merge(s, q, mine, theirs, ctx, sc);
	if (pull) merge(s, v, theirs, mine, ctx, sc);
	if (events) pushEvent(s, events, round, v, q, sentMine ?? [], sentTheirs ?? []);
}

/** Node v's view where it is, in the state's arrays. */
function inPlace(s: GossipState, v: number, out: ViewCopy): ViewCopy {
	out.ids = s.viewIds;
	out.ages = s.viewAges;
	out.base = v * viewStride(s.params.viewSize);
	out.length = s.viewLength[v];
	return out;
}

/** Node v's view as it is now, read from the record when one was just made, else copied to `stage`. */
function copyOf(
	s: GossipState,
	v: number,
	recorded: boolean,
	out: ViewCopy,
	stage: Buffer
): ViewCopy {
	const c = s.params.viewSize;
	if (recorded) {
		out.ids = s.lastIds;
		out.ages = s.lastAges;
		out.base = v * viewStride(c);
		out.length = s.lastLength[v];
		return out;
	}
	const base = v * viewStride(c);
	const len = s.viewLength[v];
	const { viewIds, viewAges } = s;
	const { ids, ages } = stage;
	for (let i = 0; i < len; i++) {
		ids[i] = viewIds[base + i];
		ages[i] = viewAges[base + i];
	}
	out.ids = ids;
	out.ages = ages;
	out.base = 0;
	out.length = len;
	return out;
}
