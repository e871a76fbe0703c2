import { Rng, SimError } from '../core';
import { PASTRY_DEFAULTS, randomScenario, type PastryParams } from '../pastry';
import { pastModel } from './model';
import type { PastEvent } from './events';
import type { PastCommand, PastParams, PastState } from './types';

/** Pastry's defaults (b = 4, |L| = 16, |M| = 32) with 20 files of 5 replicas on 300 nodes, no cache. */
export const PAST_DEFAULTS: PastParams = Object.freeze({
	...PASTRY_DEFAULTS,
	objects: 20,
	replicas: 5,
	cacheSize: 0
});

/** Limits for headless runs (the command line); the browser model keeps Pastry's own N. */
export const PAST_LIMITS = {
	nodes: { min: 1, max: 20_000 },
	objects: { min: 0, max: 100_000 },
	cacheSize: { min: 0, max: 1000 }
} as const;

/** The name of the scenario's i-th file; its fileId is the SHA-1 of the name. */
export function fileName(i: number): string {
	return `file-${i}`;
}

/** Pastry's part of the parameters. */
export function pastryPart(p: PastParams): PastryParams {
	return {
		b: p.b,
		digits: p.digits,
		leafSetSize: p.leafSetSize,
		neighborhoodSetSize: p.neighborhoodSetSize,
		nodes: p.nodes
	};
}

/**
 * Checks what PAST adds to Pastry's parameters: K files; k replicas from 1 to |L|/2, so the k nodes
 * closest to a fileId lie in the leaf set of any of them; a cache of 0 or more files per node.
 */
export function validatePastParams(p: PastParams): void {
	const { objects, cacheSize } = PAST_LIMITS;
	if (!Number.isInteger(p.objects) || p.objects < objects.min || p.objects > objects.max)
		throw new SimError(
			`K (the files) must be an integer from ${objects.min} to ${objects.max}, got ${p.objects}`
		);
	const half = p.leafSetSize / 2;
	if (!Number.isInteger(p.replicas) || p.replicas < 1 || p.replicas > half)
		throw new SimError(
			`k (the replicas) must be an integer from 1 to |L|/2 = ${half}, so the leaf set holds them all; got ${p.replicas}`
		);
	if (!Number.isInteger(p.cacheSize) || p.cacheSize < cacheSize.min || p.cacheSize > cacheSize.max)
		throw new SimError(
			`the cache size must be an integer from ${cacheSize.min} to ${cacheSize.max} files, got ${p.cacheSize}`
		);
}

/**
 * A converged Pastry network of N random nodes and an empty store; the script inserts K files
 * (`file-0`, `file-1`, …) from random clients. Streams: the network from `seed` as Pastry's random
 * scenario draws it, clients from 'past/clients', failures from 'past/fail'.
 */
export function pastScenario(params: PastParams, seed: string, maxNodes?: number): PastState {
	validatePastParams(params);
	const pastry = randomScenario(pastryPart(params), seed, maxNodes);
	const script = Array.from({ length: params.objects }, (_, i): PastCommand => ({
		type: 'insert',
		name: fileName(i)
	}));
	return {
		params: { ...params },
		pastry,
		files: [],
		caches: new Map(),
		ops: [],
		script,
		scriptAt: 0,
		step: 0,
		completed: { inserts: 0, lookups: 0, restores: 0 },
		lastLookup: null,
		tally: { lookups: 0, found: 0, fromCache: 0, hops: 0, copies: 0, dropped: 0 },
		rng: { clients: Rng.stream(seed, 'past/clients'), fail: Rng.stream(seed, 'past/fail') }
	};
}

/** Applies the model's own commands until nothing is left; `onEvents` sees each step's events. */
export function runPast(s: PastState, onEvents?: (events: readonly PastEvent[]) => void): number {
	let steps = 0;
	for (let c = pastModel.next(s); c !== null; c = pastModel.next(s)) {
		const events = pastModel.apply(s, c);
		onEvents?.(events);
		steps++;
	}
	return steps;
}
