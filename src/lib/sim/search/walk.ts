import type { Rng } from '../core';
import { matchAt, type QueryTarget } from './target';
import type { SearchNetwork } from './types';

/**
 * k random walkers in progress (Lv et al. 2002, §4.3, "k-walker random walk"), as plain data. The
 * requester sends k walkers at once; at each step every live walker moves to a uniformly random
 * neighbour (one message). Each walker carries its own TTL: it takes at most `ttl` steps, so k
 * walkers send at most k·ttl messages and more walkers trade messages for a shorter search, never
 * for a lower success. A walker that reaches an answer stops and answers the requester; every
 * `checkEvery` steps the others check with the requester and stop once the query is answered.
 */
export interface WalkRun {
	readonly source: number;
	/** Each walker's TTL: the most steps it takes. */
	readonly ttl: number;
	readonly checkEvery: number;
	/** Where each walker stands. */
	readonly at: Int32Array;
	/** 1 while the walker walks. */
	readonly active: Uint8Array;
	/** Steps taken so far by the walkers still walking (they move in lockstep). */
	step: number;
	messages: number;
	/** Messages from walkers to the requester asking whether to go on (not counted in `messages`). */
	checks: number;
	found: { node: number; hops: number; object: number; walker: number } | null;
	/** Why the walkers stopped without being called back: their TTL ran out, or they were stuck. */
	stopped: 'ttl' | 'stuck' | null;
}

/** k walkers at `source`, none moved yet, each with `ttl` steps to go. */
export function startWalk(source: number, k: number, ttl: number, checkEvery: number): WalkRun {
	return {
		source,
		ttl,
		checkEvery,
		at: new Int32Array(k).fill(source),
		active: new Uint8Array(k).fill(1),
		step: 0,
		messages: 0,
		checks: 0,
		found: null,
		stopped: null
	};
}

/** True when no walker walks any more. */
export function walkDone(run: Readonly<WalkRun>): boolean {
	return run.stopped !== null || !run.active.includes(1);
}

/** A copy sharing nothing mutable. */
export function cloneWalk(run: Readonly<WalkRun>): WalkRun {
	return {
		...run,
		at: run.at.slice(),
		active: run.active.slice(),
		found: run.found && { ...run.found }
	};
}

/** One walker's move in a step, as the views animate it. */
export interface WalkerMove {
	readonly walker: number;
	readonly from: number;
	readonly to: number;
	readonly hit: boolean;
	readonly messages: number;
}

/** The check that closes a step, when the step is a multiple of `checkEvery`. */
export interface WalkerCheck {
	readonly walkers: number;
	readonly stop: boolean;
}

/**
 * One step of every live walker, in walker order, drawing each move from `rng`. Walkers that have
 * taken `ttl` steps then stop (their TTL is spent); otherwise, on every `checkEvery`-th step, the
 * live walkers check with the requester. A walker on a node with no neighbour stops.
 */
export function walkStep(
	network: SearchNetwork,
	run: WalkRun,
	target: QueryTarget,
	rng: Rng,
	moves: WalkerMove[] | null
): WalkerCheck | null {
	const { offsets, targets } = network.graph;
	const step = ++run.step;
	for (let i = 0; i < run.at.length; i++) {
		if (run.active[i] === 0) continue;
		const from = run.at[i];
		const degree = offsets[from + 1] - offsets[from];
		if (degree === 0) {
			run.active[i] = 0;
			continue;
		}
		const to = targets[offsets[from] + rng.int(degree)];
		run.at[i] = to;
		run.messages++;
		const object = matchAt(network, target, to);
		if (object >= 0) {
			run.active[i] = 0;
			run.found ??= { node: to, hops: step, object, walker: i };
		}
		moves?.push({ walker: i, from, to, hit: object >= 0, messages: run.messages });
	}
	let walkers = 0;
	for (let i = 0; i < run.active.length; i++) walkers += run.active[i];
	if (walkers > 0 && step >= run.ttl) {
		run.active.fill(0);
		if (!run.found) run.stopped = 'ttl';
		return null;
	}
	if (walkers === 0) {
		if (!run.found) run.stopped = 'stuck';
		return null;
	}
	if (step % run.checkEvery !== 0) return null;
	run.checks += walkers;
	const stop = run.found !== null;
	if (stop) run.active.fill(0);
	return { walkers, stop };
}
