import { Rng, SimError } from '../core';
import { emptyPastry, formedPastry } from './build';
import { lectureScenario } from './lecture';
import { pastryModel } from './model';
import { PASTRY_DEFAULTS, validatePastryParams } from './params';
import { drawNodes, placementStreams } from './points';
import { memberIds } from './state';
import type { PastryEvent } from './events';
import type { PastryCommand, PastryParams, PastryState } from './types';

/** The scenarios a lesson, the URL or the command line can name. */
export const PASTRY_SCENARIOS = ['lecture', 'growing', 'random', 'failures'] as const;
export type PastryScenario = (typeof PASTRY_SCENARIOS)[number];

/** N random nodes joining one per step (§2.4): the script adds them; each join is message-level. */
export function growingScenario(params: PastryParams, seed: string): PastryState {
	const s = emptyPastry(params, seed);
	s.script = Array.from({ length: params.nodes }, (): PastryCommand => ({ type: 'add-node' }));
	return s;
}

/** N random nodes, all joined and converged; the same nodes as {@link growingScenario} with the
 * same seed. `maxNodes` lifts the browser limit of N (see {@link emptyPastry}). */
export function randomScenario(params: PastryParams, seed: string, maxNodes?: number): PastryState {
	const space = validatePastryParams(params, maxNodes);
	const streams = placementStreams(seed);
	return formedPastry(params, seed, drawNodes(streams, space, params.nodes), streams, maxNodes);
}

/** Applies the model's own commands until nothing is left; returns every event. */
export function runToEnd(s: PastryState): PastryEvent[] {
	const events: PastryEvent[] = [];
	for (let c = pastryModel.next(s); c !== null; c = pastryModel.next(s))
		events.push(...pastryModel.apply(s, c));
	return events;
}

/**
 * Scripted failures on the random network (§2.5): a lookup; a node in the middle of its route fails
 * and the same lookup routes around the dead table entry (and repairs it); then the key's root fails
 * and the lookup ends at the new numerically closest live node, thanks to the repaired leaf sets.
 */
export function failuresScenario(params: PastryParams, seed: string): PastryState {
	if (params.nodes < 3) throw new SimError('the failures scenario needs at least 3 nodes');
	const s = randomScenario(params, seed);
	const rng = Rng.stream(seed, 'script');
	const members = memberIds(s);
	const from = rng.pick(members);
	const key = rng.bits(s.space.b * s.space.digits);
	const route: PastryCommand = { type: 'route', from, key };
	const trial = pastryModel.clone(s);
	pastryModel.apply(trial, route);
	const done = runToEnd(trial).find((e) => e.type === 'route-delivered');
	const path = done && done.type === 'route-delivered' ? done.path : [from];
	const root = path[path.length - 1];
	const middle = path.length > 2 ? path[Math.floor((path.length - 1) / 2)] : null;
	s.script = [
		route,
		...(middle !== null ? [{ type: 'kill-node', id: middle } as const, route] : []),
		...(root !== from ? [{ type: 'kill-node', id: root } as const, route] : [])
	];
	return s;
}

/** The named scenario (the lecture refuses any id space but its own: b = 4, 6 digits). */
export function pastryScenario(
	name: PastryScenario,
	params: PastryParams = PASTRY_DEFAULTS,
	seed = '1',
	options: { growing?: boolean } = {}
): PastryState {
	switch (name) {
		case 'lecture':
			return lectureScenario(seed, {
				growing: options.growing,
				params: {
					b: params.b,
					digits: params.digits,
					leafSetSize: params.leafSetSize,
					neighborhoodSetSize: params.neighborhoodSetSize,
					nodes: params.nodes
				}
			});
		case 'growing':
			return growingScenario(params, seed);
		case 'random':
			return randomScenario(params, seed);
		case 'failures':
			return failuresScenario(params, seed);
	}
}
