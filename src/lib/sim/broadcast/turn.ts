import { LIVE, viewStride } from '../gossip';
import type { BroadcastEvent } from './events';
import type { BroadcastState, BroadcastTally } from './types';

/** Chunks born by round `round` (chunk j is born at round j). */
export function bornBy(s: Readonly<BroadcastState>, round: number): number {
	return Math.min(s.params.chunks, round + 1);
}

/** True when node `v` spreads `chunk` in round `round`: it still does, and got it before the round. */
export function spreads(
	s: Readonly<BroadcastState>,
	chunk: number,
	v: number,
	round: number
): boolean {
	const i = chunk * s.n + v;
	return s.active[i] === 1 && s.has[i] < round;
}

/** True when `v` has something to do in round `round`: a chunk to push, or one to pull. */
export function wantsTurn(s: Readonly<BroadcastState>, v: number, round: number): boolean {
	const { protocol } = s.params;
	const born = bornBy(s, round);
	for (let j = 0; j < born; j++) {
		if (protocol !== 'pull' && spreads(s, j, v, round)) return true;
		if (protocol !== 'push' && s.has[j * s.n + v] < 0) return true;
	}
	return false;
}

function count(s: BroadcastState, field: keyof BroadcastTally, by = 1): void {
	s.tally[field] += by;
	s.roundTally[field] += by;
}

function infect(
	s: BroadcastState,
	v: number,
	chunk: number,
	round: number,
	from: number,
	events: BroadcastEvent[] | null
): void {
	const i = chunk * s.n + v;
	s.has[i] = round;
	s.active[i] = 1;
	s.reached[chunk]++;
	s.spreading[chunk]++;
	count(s, 'infections');
	events?.push({ type: 'infected', round, node: v, chunk, from });
}

/** `v` sent `chunk` to a node that had it: the feedback rules of rumour mongering may stop it. */
function feedback(
	s: BroadcastState,
	v: number,
	chunk: number,
	round: number,
	events: BroadcastEvent[] | null
): void {
	const { stop, stopK } = s.params;
	if (stop !== 'counter' && stop !== 'coin') return;
	const i = chunk * s.n + v;
	const stops = stop === 'counter' ? ++s.misses[i] >= stopK : s.rng.stop.next() < 1 / stopK;
	if (!stops || s.active[i] === 0) return;
	s.active[i] = 0;
	s.spreading[chunk]--;
	events?.push({ type: 'stopped', round, node: v, chunk, rule: stop });
}

let slots = new Int32Array(64);

/** Up to f distinct entries of `v`'s view, uniformly (a partial Fisher–Yates over its slots). */
export function pickPeers(s: BroadcastState, v: number): number[] {
	const c = s.gossip.params.viewSize;
	const len = s.gossip.viewLength[v];
	if (slots.length < len) slots = new Int32Array(2 * len);
	for (let i = 0; i < len; i++) slots[i] = v * viewStride(c) + i;
	const k = Math.min(s.params.fanout, len);
	const out: number[] = [];
	for (let i = 0; i < k; i++) {
		const j = i + s.rng.peers.int(len - i);
		const t = slots[i];
		slots[i] = slots[j];
		slots[j] = t;
		out.push(s.gossip.viewIds[slots[i]]);
	}
	return out;
}

/**
 * Node `v`'s turn in round `round`: it contacts f peers of its view (Demers et al. 1987, §1.2;
 * Karp et al. 2000). In push and push-pull it sends every chunk it spreads (one message); in pull
 * and push-pull it asks, and the peer answers with the chunks it spreads that `v` lacks (a second
 * message). A message to a failed peer is lost. A node stops contacting once it has nothing left to
 * do this round.
 */
export function takeTurn(
	s: BroadcastState,
	v: number,
	round: number,
	events: BroadcastEvent[] | null
): void {
	const { protocol } = s.params;
	const born = bornBy(s, round);
	for (const u of pickPeers(s, v)) {
		if (!wantsTurn(s, v, round)) break;
		count(s, 'messages');
		if (s.gossip.status[u] !== LIVE) {
			count(s, 'deadContacts');
			events?.push({
				type: 'contact',
				round,
				from: v,
				to: u,
				dead: true,
				pushed: [],
				pulled: [],
				redundant: 0
			});
			continue;
		}
		// What the contact causes (infections, stops) is told after the contact itself.
		const after: BroadcastEvent[] | null = events ? [] : null;
		const pushed: number[] = [];
		const pulled: number[] = [];
		let redundant = 0;
		if (protocol !== 'pull')
			for (let j = 0; j < born; j++) {
				if (!spreads(s, j, v, round)) continue;
				count(s, 'transmissions');
				pushed.push(j);
				if (s.has[j * s.n + u] < 0) infect(s, u, j, round, v, after);
				else {
					count(s, 'duplicates');
					redundant++;
					feedback(s, v, j, round, after);
				}
			}
		if (protocol !== 'push') {
			for (let j = 0; j < born; j++)
				if (s.has[j * s.n + v] < 0 && spreads(s, j, u, round)) pulled.push(j);
			if (pulled.length > 0) {
				count(s, 'messages');
				count(s, 'transmissions', pulled.length);
				for (const j of pulled) infect(s, v, j, round, u, after);
			}
		}
		if (events && after)
			events.push(
				{ type: 'contact', round, from: v, to: u, dead: false, pushed, pulled, redundant },
				...after
			);
	}
}
