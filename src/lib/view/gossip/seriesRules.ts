import type { LoggedCommand, Tagged } from '$lib/sim/core';
import type { GossipState } from '$lib/sim/gossip';
import type { SeriesPoint } from '$lib/workers/gossipJobs';

/**
 * Which measured rounds still hold after the run changed. The state at step t depends on the
 * commands of steps before t only; the point of round r is the last state of round r, so it also
 * needs the command at its step to start the next round. A user command at step t (a fork) keeps
 * every point measured before t, and a point measured at t if that command is `run-rounds`.
 */

const ROUND_STARTERS = new Set(['exchange', 'finish-round', 'run-rounds']);

/** The first step at which two command logs differ (Infinity when they are the same). */
export function firstDifference(
	a: readonly LoggedCommand<Tagged>[],
	b: readonly LoggedCommand<Tagged>[]
): number {
	const text = (l: readonly LoggedCommand<Tagged>[]) =>
		new Map(l.map((e) => [e.step, JSON.stringify(e.command)]));
	const x = text(a);
	const y = text(b);
	let d = Infinity;
	for (const [step, c] of x) if (y.get(step) !== c) d = Math.min(d, step);
	for (const [step, c] of y) if (x.get(step) !== c) d = Math.min(d, step);
	return d;
}

/** The points of the old run that are points of the new one too. */
export function reusablePoints(
	points: readonly SeriesPoint[],
	oldLog: readonly LoggedCommand<Tagged>[],
	newLog: readonly LoggedCommand<Tagged>[],
	newLength: number
): SeriesPoint[] {
	const d = firstDifference(oldLog, newLog);
	const at = new Map(newLog.map((e) => [e.step, e.command.type]));
	return points.filter((p) => {
		if (p.step > newLength) return false;
		if (p.inner) return p.step < d;
		if (p.step > d) return false;
		const next = at.get(p.step);
		return p.step === newLength || next === undefined || ROUND_STARTERS.has(next);
	});
}

/**
 * Whether a replay may start from the state at the end of the run instead of from round 0: every
 * round before it must be known already (and its own round, if it stopped inside a round).
 */
export function canStartFrom(s: Readonly<GossipState>, known: ReadonlySet<number>): boolean {
	const last = s.inRound ? s.round : s.round - 1;
	for (let r = 0; r <= last; r++) if (!known.has(r)) return false;
	return true;
}

/** Merges new points into a series sorted by round (a new point replaces an old one of its round). */
export function mergePoints(
	points: readonly SeriesPoint[],
	fresh: readonly SeriesPoint[]
): SeriesPoint[] {
	const byRound = new Map(points.map((p) => [p.round, p]));
	for (const p of fresh) byRound.set(p.round, p);
	return [...byRound.values()].sort((a, b) => a.round - b.round);
}

/** Where the run on screen is, in rounds: between rounds r, or a fraction of the way through r + 1. */
export function roundPosition(s: Readonly<GossipState>): number {
	return s.inRound && s.orderLength > 0 ? s.round + s.cursor / s.orderLength : s.round;
}
