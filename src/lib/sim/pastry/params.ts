import { idSpaceSize, MAX_ID_BITS, SimError, validateIdSpace, type IdSpace } from '../core';
import type { PastryParams } from './types';

/** The paper's configuration (§3): b = 4, |L| = 16, |M| = 32; 6 hex digits as in the lecture. */
export const PASTRY_DEFAULTS: PastryParams = Object.freeze({
	b: 4,
	digits: 6,
	leafSetSize: 16,
	neighborhoodSetSize: 32,
	nodes: 300
});

/** Limits of the browser model's parameters (the statistics builder goes further). */
export const PASTRY_LIMITS = {
	leafSetSize: { min: 2, max: 64 },
	neighborhoodSetSize: { min: 0, max: 128 },
	nodes: { min: 1, max: 4096 }
} as const;

/** Digits that keep browser ids at about 24 bits: 6 when b = 4, 24 when b = 1. */
export function browserDigits(b: number): number {
	return Math.ceil(24 / b);
}

/** Digits that make id collisions negligible for large experiments: the most that fit 52 bits. */
export function statisticsDigits(b: number): number {
	return Math.floor(MAX_ID_BITS / b);
}

/** Checks |L|: an even integer of at least 2 (§2.1: |L|/2 smaller and |L|/2 larger nodeIds). */
export function validateLeafSetSize(
	leafSetSize: number,
	max: number = PASTRY_LIMITS.leafSetSize.max
) {
	if (
		!Number.isInteger(leafSetSize) ||
		leafSetSize < 2 ||
		leafSetSize % 2 !== 0 ||
		leafSetSize > max
	)
		throw new SimError(
			`|L| (the leaf set size) must be an even integer from 2 to ${max}, got ${leafSetSize}`
		);
}

/**
 * Validates parameters, throwing a {@link SimError} that names the problem: b outside 1..4, |L| odd
 * or under 2, N under 1, or more nodes than the id space holds. `maxNodes` is the model's limit.
 */
export function validatePastryParams(
	params: PastryParams,
	maxNodes: number = PASTRY_LIMITS.nodes.max
): IdSpace {
	const space = validateIdSpace({ b: params.b, digits: params.digits });
	validateLeafSetSize(params.leafSetSize);
	const m = params.neighborhoodSetSize;
	const { max } = PASTRY_LIMITS.neighborhoodSetSize;
	if (!Number.isInteger(m) || m < 0 || m > max)
		throw new SimError(
			`|M| (the neighbourhood set size) must be an integer from 0 to ${max}, got ${m}`
		);
	const n = params.nodes;
	if (!Number.isInteger(n) || n < 1 || n > maxNodes)
		throw new SimError(
			`N (the number of nodes) must be an integer from 1 to ${maxNodes}, got ${n}`
		);
	if (n > idSpaceSize(space))
		throw new SimError(
			`${n} nodes do not fit in ${params.digits} digits of base ${2 ** params.b}; use more digits`
		);
	return space;
}
