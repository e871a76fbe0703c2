import { formatId, keyFromName, Rng, SimError, type Id } from '../core';
import {
	lectureScenario,
	LECTURE_ROUTE,
	memberIds,
	PASTRY_DEFAULTS,
	randomScenario,
	type PastryParams,
	type PastryState
} from '../pastry';
import { scribeModel } from './model';
import type { ScribeEvent } from './events';
import type { ScribeCommand, ScribeParams, ScribeState } from './types';

/** The lecture's setting: Pastry's defaults (b = 4, |L| = 16, |M| = 32), a group of 30 on 300 nodes. */
export const SCRIBE_DEFAULTS: ScribeParams = Object.freeze({
	...PASTRY_DEFAULTS,
	members: 30,
	group: 'lecture-video'
});

/** Limits of N for headless runs (the command line); the browser model keeps Pastry's own. */
export const SCRIBE_LIMITS = { nodes: { min: 1, max: 20_000 } } as const;

/** Pastry's part of the parameters. */
export function pastryPart(p: ScribeParams): PastryParams {
	return {
		b: p.b,
		digits: p.digits,
		leafSetSize: p.leafSetSize,
		neighborhoodSetSize: p.neighborhoodSetSize,
		nodes: p.nodes
	};
}

/** Checks what Scribe adds to Pastry's parameters: M from 0 to N, a group name. */
export function validateScribeParams(p: ScribeParams): void {
	if (!Number.isInteger(p.members) || p.members < 0 || p.members > p.nodes)
		throw new SimError(
			`M (the members) must be an integer from 0 to N = ${p.nodes}, got ${p.members}`
		);
	if (p.group.trim() === '')
		throw new SimError('the group needs a name (its groupId is SHA-1 of it)');
}

/**
 * A group with groupId `key` (named `name`, or typed as a key) on a Pastry network whose joins are
 * complete; the script lets `members` join one after another, then (with any member) sends one
 * multicast from the root. Failures draw from the stream 'scribe/fail' of `seed`.
 */
export function scribeOver(
	pastry: PastryState,
	group: { readonly name: string | null; readonly key: Id },
	seed: string,
	members: readonly Id[]
): ScribeState {
	const script: ScribeCommand[] = [
		...members.map((member): ScribeCommand => ({ type: 'join', member })),
		...(members.length > 0 ? [{ type: 'multicast' } as const] : [])
	];
	return {
		params: {
			...pastry.params,
			members: members.length,
			group: group.name ?? formatId(group.key, pastry.space)
		},
		pastry,
		group: { name: group.name, key: group.key },
		tree: new Map(),
		ops: [],
		script,
		scriptAt: 0,
		step: 0,
		completed: { joins: 0, leaves: 0, multicasts: 0, heartbeats: 0 },
		seq: 0,
		lastMulticast: null,
		tally: { joinMessages: 0, rejoins: 0, rejoinMessages: 0 },
		rng: { fail: Rng.stream(seed, 'scribe/fail') }
	};
}

/**
 * A converged Pastry network of N random nodes and the group SHA-1(`group`); M random members join,
 * then the root multicasts. Streams: the network from `seed` as Pastry's random scenario draws it,
 * members from 'scribe/members', failures from 'scribe/fail'.
 */
export function scribeScenario(params: ScribeParams, seed: string, maxNodes?: number): ScribeState {
	validateScribeParams(params);
	const pastry = randomScenario(pastryPart(params), seed, maxNodes);
	const members = Rng.stream(seed, 'scribe/members').sample(memberIds(pastry), params.members);
	const key = keyFromName(params.group, pastry.space);
	return scribeOver(pastry, { name: params.group, key }, seed, members);
}

/** The lecture's members: 65a1fc (the slide's route), d42a9b (grafts on it), d13da3 (a forwarder). */
export const LECTURE_MEMBERS: readonly Id[] = [0x65a1fc, 0xd42a9b, 0xd13da3];

/**
 * The lecture's network with the group whose groupId is the slide's key d46a1c: 65a1fc's JOIN
 * follows the slide's route 65a1fc → d13da3 → d4213f → d462ba → d467c4, so every node on it becomes
 * a forwarder and d467c4, numerically closest to d46a1c, is the root.
 */
export function scribeLectureScenario(
	seed = 'lecture',
	members: readonly Id[] = LECTURE_MEMBERS
): ScribeState {
	const pastry = lectureScenario(seed);
	pastry.script = [];
	return scribeOver(pastry, { name: null, key: LECTURE_ROUTE.key }, seed, members);
}

/** Applies the model's own commands until nothing is left; `onEvents` sees each step's events. */
export function runScribe(
	s: ScribeState,
	onEvents?: (events: readonly ScribeEvent[]) => void
): number {
	let steps = 0;
	for (let c = scribeModel.next(s); c !== null; c = scribeModel.next(s)) {
		const events = scribeModel.apply(s, c);
		onEvents?.(events);
		steps++;
	}
	return steps;
}
