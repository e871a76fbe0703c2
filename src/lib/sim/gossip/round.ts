import { churnRound, failFraction, growRound } from './churn';
import { exchangeContext, runExchange, type ExchangeContext } from './exchange';
import type { GossipState } from './types';
import type { GossipEvent } from './events';
import { LIVE, viewStride } from './types';
import { newscastRound } from './newscastRound';
import { cyclonRound } from './cyclonRound';

/**
 * The round structure. A round starts with, in this order: every entry of every live view ages by
 * one (so an entry's age is the number of round starts since its node issued it, and fresh
 * descriptors created during a round have age 0 until the next round starts); the growing
 * topology's joins; churn (leaves, then as many joins); then a seeded shuffle of the live nodes
 * fixes the order of active threads. Each live node then runs its active thread once, in that
 * order (nodes that fail meanwhile are skipped). After the last one the round ends, and a failure
 * scheduled for this round strikes. (Cyclon ages its view when its own shuffle starts; ageing
 * everyone at the round's start is the same up to the order within a round.)
 */

/** The exchange context for the state as it is now. */
export function contextOf(s: Readonly<GossipState>): ExchangeContext {
	return exchangeContext(s);
}

/**
 * Every live view's entries age by one. (A round's hot loops each have a function of their own,
 * here and in `listLive`, `shuffleOrder` and `runExchanges`: inside `beginRound` or `finishRound`,
 * V8 compiled them mid-loop and threw that code away after the loop, every round.)
 */
function ageViews(s: GossipState): void {
	const c = s.params.viewSize;
	const { status, viewAges, viewLength } = s;
	for (let v = 0; v < s.size; v++) {
		if (status[v] !== LIVE) continue;
		let i = v * viewStride(c);
		const end = i + viewLength[v];
		// Four at a time, then the rest: a third less time than one at a time (fewer loop tests).
		for (; i + 3 < end; i += 4) {
			viewAges[i]++;
			viewAges[i + 1]++;
			viewAges[i + 2]++;
			viewAges[i + 3]++;
		}
		for (; i < end; i++) viewAges[i]++;
	}
}

/** The live nodes into `s.order`, ascending; returns how many. */
function listLive(s: GossipState): number {
	const { order, status } = s;
	let n = 0;
	for (let v = 0; v < s.size; v++) if (status[v] === LIVE) order[n++] = v;
	return n;
}

/** The live nodes in `s.order`, shuffled (Fisher–Yates from the order stream); returns how many. */
function shuffleOrder(s: GossipState): number {
	const n = listLive(s);
	const { order } = s;
	const rng = s.rng.order;
	for (let i = n - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		const t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
	return n;
}

/** The rest of the round's active threads, without events (see `finishRound`). */
function runExchanges(s: GossipState, ctx: ExchangeContext, record: boolean): void {
	for (; s.cursor < s.orderLength; s.cursor++) {
		const v = s.order[s.cursor];
		if (s.status[v] === LIVE) runExchange(s, v, ctx, null, record);
	}
}

/** Starts round `s.round + 1`. */
export function beginRound(s: GossipState, events: GossipEvent[] | null): void {
	const round = s.round + 1;
	ageViews(s);
	const changes: GossipEvent[] | null = events ? [] : null;
	const grown = growRound(s, round);
	if (grown) changes?.push(grown);
	churnRound(s, round, changes);
	s.orderLength = shuffleOrder(s);
	s.cursor = 0;
	s.inRound = true;
	s.tally = { exchanges: 0, deadContacts: 0, idle: 0 };
	if (events && changes) events.push({ type: 'round-started', round, live: s.live }, ...changes);
}

function skipDead(s: GossipState): void {
	while (s.cursor < s.orderLength && s.status[s.order[s.cursor]] !== LIVE) s.cursor++;
}

/** Ends the current round: counts, the round-ended event, then a failure scheduled for it. */
export function endRound(s: GossipState, events: GossipEvent[]): void {
	const round = ++s.round;
	s.inRound = false;
	const t = s.tally;
	s.totals.exchanges += t.exchanges;
	s.totals.deadContacts += t.deadContacts;
	s.totals.idle += t.idle;
	events.push({ type: 'round-ended', round, live: s.live, ...t });
	const f = s.params.failure;
	if (f && f.round === round) {
		const failed = failFraction(s, f.fraction, s.rng.churn, 'catastrophe', round);
		if (failed) events.push(failed);
	}
}

/**
 * One step: the next active thread of the round (starting the round first if needed), with full
 * events; the round ends in the same step as its last exchange.
 */
export function stepExchange(s: GossipState): GossipEvent[] {
	const events: GossipEvent[] = [];
	if (!s.inRound) beginRound(s, events);
	skipDead(s);
	if (s.cursor < s.orderLength) runExchange(s, s.order[s.cursor++], contextOf(s), events);
	skipDead(s);
	if (s.cursor >= s.orderLength) endRound(s, events);
	return events;
}

/**
 * The rest of the current round, or one whole round if none is in progress, as one transition.
 * Exchanges build no events: the result is compact (round-started, joins and failures as id lists,
 * round-ended with the counts). `record` false skips the inspector's record of the views before
 * each exchange (see `runExchange`); everything else comes out the same.
 */
export function finishRound(s: GossipState, record = true): GossipEvent[] {
	const events: GossipEvent[] = [];
	if (!s.inRound) beginRound(s, events);
	const ctx = contextOf(s);
	const newscast = ctx.freshestWhole && ctx.push && ctx.pull;
	const p = s.params;
	if (!record && newscast && p.peerSelection === 'random') newscastRound(s);
	else if (p.merge === 'swap' && ctx.push && ctx.pull && p.peerSelection !== 'closest')
		cyclonRound(s, ctx.k, record);
	else runExchanges(s, ctx, record);
	endRound(s, events);
	return events;
}

/**
 * Runs `count` rounds (finishing the current one first), calling `onRound` after each with the
 * state at the round's end: the fast path for a Web Worker or the command line, which can measure
 * metrics there without recording a timeline. Returns the compact events of every round. With
 * `record` false (the command line, which never inspects a node) the inspector's record of the
 * views before each exchange is not kept.
 */
export function runRounds(
	s: GossipState,
	count: number,
	onRound?: (s: Readonly<GossipState>, events: readonly GossipEvent[]) => void,
	record = true
): GossipEvent[] {
	const all: GossipEvent[] = [];
	for (let i = 0; i < count; i++) {
		const events = finishRound(s, record);
		onRound?.(s, events);
		for (const e of events) all.push(e);
	}
	return all;
}
