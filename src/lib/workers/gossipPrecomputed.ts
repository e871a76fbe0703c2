import {
	fromPlainGossip,
	type GossipEvent,
	type GossipState,
	type PlainGossip
} from '$lib/sim/gossip';

/**
 * Rounds a Web Worker has already run, kept so that the timeline can adopt them instead of running
 * them again on the main thread. `run-rounds` is a pure function of the state it starts from, so a
 * result may be reused exactly when the starting state is the same, field for field: that is what
 * {@link takeRun} checks before it hands anything out. A miss simply means the rounds are run again.
 */

interface Precomputed {
	readonly start: PlainGossip;
	readonly count: number;
	readonly end: PlainGossip;
	readonly events: readonly GossipEvent[];
}

/** At 10,000 nodes one state is about 5 MB: a handful of results is plenty (the last run, undo, redo). */
const MAX_KEPT = 3;
const kept: Precomputed[] = [];

/** Remembers that `count` rounds from `start` give `end` with `events` (all kept as given: do not mutate). */
export function rememberRun(
	start: PlainGossip,
	count: number,
	end: PlainGossip,
	events: readonly GossipEvent[]
): void {
	kept.unshift({ start, count, end, events });
	kept.length = Math.min(kept.length, MAX_KEPT);
}

/** Forgets every remembered run (tests, or when memory matters more than speed). */
export function forgetRuns(): void {
	kept.length = 0;
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** Whether `s` is exactly the state `p` describes (every array, counter, stream and parameter). */
export function sameState(s: Readonly<GossipState>, p: PlainGossip): boolean {
	for (const key of Object.keys(p) as (keyof PlainGossip)[]) {
		const a = p[key] as unknown;
		const b = (s as unknown as Record<string, unknown>)[key];
		if (ArrayBuffer.isView(a)) {
			if (!ArrayBuffer.isView(b) || !sameArray(a as Int32Array, b as Int32Array)) return false;
		} else if (key === 'rng') {
			const r = s.rng;
			const q = p.rng;
			const streams = [
				[r.order, q.order],
				[r.exchange, q.exchange],
				[r.churn, q.churn],
				[r.user, q.user]
			] as const;
			if (streams.some(([live, saved]) => JSON.stringify(live.state()) !== JSON.stringify(saved)))
				return false;
		} else if (typeof a === 'object' && a !== null) {
			if (JSON.stringify(a) !== JSON.stringify(b)) return false;
		} else if (a !== b) return false;
	}
	return true;
}

/**
 * If `count` rounds from exactly this state were run in a worker, turns `s` into the state they
 * ended in (copies, so the remembered result stays intact) and returns their events; else null.
 */
export function takeRun(s: GossipState, count: number): GossipEvent[] | null {
	const hit = kept.find((k) => k.count === count && sameState(s, k.start));
	if (!hit) return null;
	const end = fromPlainGossip(structuredClone(hit.end));
	Object.assign(s, end);
	return structuredClone(hit.events) as GossipEvent[];
}
