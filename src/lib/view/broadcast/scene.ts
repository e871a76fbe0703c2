import { LIVE } from '$lib/sim/gossip';
import type { BroadcastEvent, BroadcastState } from '$lib/sim/broadcast';

/** One contact of this step, to draw as a line: who pushed or pulled, and whether the peer was dead. */
export interface ContactDrawing {
	readonly from: number;
	readonly to: number;
	readonly push: boolean;
	readonly pull: boolean;
	readonly dead: boolean;
}

/** What a broadcast view draws, from the state and the step's events alone. */
export interface BroadcastScene {
	/** The round being played (its turns in progress), or the last one completed. */
	readonly round: number;
	/** Per nodeId: the round it got the message (chunk 0), −1 if not yet. */
	readonly informedAt: Int32Array;
	readonly source: number;
	/** Live nodes holding the message, and live nodes. */
	readonly reached: number;
	readonly live: number;
	/** Nodes informed in the round on screen. */
	readonly fresh: number;
	readonly contacts: readonly ContactDrawing[];
}

/** The broadcast scene of a state and the events of the step that led to it. */
export function broadcastScene(
	s: Readonly<BroadcastState>,
	events: readonly BroadcastEvent[]
): BroadcastScene {
	const round = s.inRound ? s.round + 1 : s.round;
	const informedAt = s.has.slice(0, s.n);
	let fresh = 0;
	for (let v = 0; v < s.n; v++)
		if (informedAt[v] === round && round > 0 && s.gossip.status[v] === LIVE) fresh++;
	const contacts: ContactDrawing[] = [];
	for (const e of events)
		if (e.type === 'contact')
			contacts.push({
				from: e.from,
				to: e.to,
				push: e.pushed.length > 0,
				pull: e.pulled.length > 0,
				dead: e.dead
			});
	return {
		round,
		informedAt,
		source: s.source,
		reached: s.reached[0],
		live: s.gossip.live,
		fresh,
		contacts
	};
}

/**
 * The run's curve as the chart draws it: live nodes holding chunk `chunk` after each completed
 * round, and, while a round is being played turn by turn, its count so far at the next round.
 */
export function liveCurve(s: Readonly<BroadcastState>, chunk = 0): { x: number; y: number }[] {
	const points = s.curves[chunk].map((y, i) => ({ x: i + chunk, y }));
	if (s.inRound && chunk < s.round + 1) points.push({ x: s.round + 1, y: s.reached[chunk] });
	return points;
}
