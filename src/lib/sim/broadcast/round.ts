import { finishRound as gossipRound, LIVE } from '../gossip';
import { bear, emptyTally } from './state';
import { bornBy, takeTurn, wantsTurn } from './turn';
import type { BroadcastEvent } from './events';
import type { BroadcastState } from './types';

/**
 * Synchronous rounds (Karp et al. 2000): in round r every node with something to do takes one turn,
 * in ascending nodeId order; a node spreads only what it had before the round, so the order changes
 * nothing but which random draws go to whom. A round starts with one peer-sampling round when the
 * overlay refreshes, then the birth of chunk r at the source (a stream), then the list of turns.
 */
export function beginRound(s: BroadcastState, events: BroadcastEvent[] | null): void {
	const round = s.round + 1;
	if (s.params.refresh)
		for (const event of gossipRound(s.gossip)) events?.push({ type: 'gossip', event });
	const born = round < s.params.chunks && bear(s, round) ? round : null;
	let n = 0;
	for (let v = 0; v < s.n; v++)
		if (s.gossip.status[v] === LIVE && wantsTurn(s, v, round)) s.turns[n++] = v;
	s.turnsLength = n;
	s.cursor = 0;
	s.inRound = true;
	s.roundTally = emptyTally();
	events?.push({ type: 'round-started', round, turns: n, born });
}

/**
 * The round ends: under infect-and-die every node that spread this round stops (Eugster et al. 2004);
 * each born chunk's curve gains a point, and a chunk every live node now holds is complete.
 */
export function endRound(s: BroadcastState, events: BroadcastEvent[]): void {
	const round = ++s.round;
	s.inRound = false;
	let died = 0;
	if (s.params.stop === 'die')
		for (let i = 0; i < s.active.length; i++)
			if (s.active[i] === 1 && s.has[i] < round) {
				// Failed nodes were deactivated when they failed: every active node here is live.
				s.active[i] = 0;
				s.spreading[Math.floor(i / s.n)]--;
				died++;
			}
	const born = bornBy(s, round);
	const live = s.gossip.live;
	for (let j = 0; j < born; j++) {
		s.curves[j].push(s.reached[j]);
		if (s.completeAfter[j] === null && s.reached[j] === live) {
			s.completeAfter[j] = round - j;
			events.push({ type: 'chunk-complete', chunk: j, rounds: round - j });
		}
	}
	s.quiet = s.roundTally.infections > 0 ? 0 : s.quiet + 1;
	events.push({
		type: 'round-ended',
		round,
		reached: Array.from(s.reached.subarray(0, born)),
		live,
		infections: s.roundTally.infections,
		messages: s.roundTally.messages,
		died
	});
}

/** One step: the round's next turn (starting the round first if needed), with full events. */
export function stepTurn(s: BroadcastState): BroadcastEvent[] {
	const events: BroadcastEvent[] = [];
	if (!s.inRound) beginRound(s, events);
	const round = s.round + 1;
	while (s.cursor < s.turnsLength && s.gossip.status[s.turns[s.cursor]] !== LIVE) s.cursor++;
	if (s.cursor < s.turnsLength) takeTurn(s, s.turns[s.cursor++], round, events);
	while (s.cursor < s.turnsLength && s.gossip.status[s.turns[s.cursor]] !== LIVE) s.cursor++;
	if (s.cursor >= s.turnsLength) endRound(s, events);
	return events;
}

/** The rest of the current round, or one whole round, as one step: no per-contact events. */
export function finishBroadcastRound(s: BroadcastState): BroadcastEvent[] {
	const events: BroadcastEvent[] = [];
	if (!s.inRound) beginRound(s, events);
	const round = s.round + 1;
	for (; s.cursor < s.turnsLength; s.cursor++) {
		const v = s.turns[s.cursor];
		if (s.gossip.status[v] === LIVE) takeTurn(s, v, round, null);
	}
	endRound(s, events);
	return events;
}

/**
 * True when the broadcast is over (and no round is in progress): the most rounds are done, or
 * `patience` rounds passed without a new infection, or every chunk is born and each is either held
 * by every live node (and nobody keeps pushing it: infect-forever and pull stop there) or held by
 * no live node still spreading it (the rumour died out).
 */
export function broadcastOver(s: Readonly<BroadcastState>): boolean {
	const p = s.params;
	if (s.inRound) return false;
	if (s.round >= p.maxRounds || s.quiet >= p.patience) return true;
	if (s.round < p.chunks - 1) return false;
	for (let j = 0; j < p.chunks; j++) {
		const complete = s.reached[j] === s.gossip.live;
		if (complete && (p.stop === 'forever' || p.protocol === 'pull')) continue;
		if (s.spreading[j] > 0) return false;
	}
	return true;
}

/** Runs whole rounds until the broadcast is over; returns the rounds run. */
export function runBroadcast(s: BroadcastState): number {
	let rounds = 0;
	while (!broadcastOver(s)) {
		finishBroadcastRound(s);
		rounds++;
	}
	return rounds;
}
