import { SimError } from './model';

/**
 * Identifiers of Pastry's circular id space (Rowstron & Druschel 2001, §2): `digits` digits in base
 * 2^b. Ids are plain numbers in [0, 2^(b·digits)), so b·digits is capped at 52 bits (exact doubles).
 * With the defaults (b = 4, 6 digits) an id reads like the lecture's `d46a1c`.
 */
export type Id = number;

/** The shape of an id space: bits per digit `b` and number of `digits`. */
export interface IdSpace {
	readonly b: number;
	readonly digits: number;
}

/** The lecture's id space: 6 hexadecimal digits. */
export const DEFAULT_ID_SPACE: IdSpace = Object.freeze({ b: 4, digits: 6 });

/** The largest number of bits an id may have (ids are exact doubles). */
export const MAX_ID_BITS = 52;

const DIGIT_CHARS = '0123456789abcdef';

/** Thrown for an id, key or id space that does not fit; the message says what was expected. */
export class IdError extends SimError {
	override name = 'IdError';
}

/** Checks that `b` is 1..4 and that b·digits fits in {@link MAX_ID_BITS}; throws {@link IdError}. */
export function validateIdSpace(space: IdSpace): IdSpace {
	const { b, digits } = space;
	if (!Number.isInteger(b) || b < 1 || b > 4)
		throw new IdError(`b must be an integer from 1 to 4, got ${b}`);
	const maxDigits = Math.floor(MAX_ID_BITS / b);
	if (!Number.isInteger(digits) || digits < 1 || digits > maxDigits)
		throw new IdError(
			`id digits must be an integer from 1 to ${maxDigits} when b = ${b}, got ${digits}`
		);
	return space;
}

/** Number of bits of an id. */
export function idBits(space: IdSpace): number {
	return space.b * space.digits;
}

/** Number of distinct ids, 2^(b·digits). */
export function idSpaceSize(space: IdSpace): number {
	return 2 ** idBits(space);
}

/** The radix 2^b: columns of a routing-table row. */
export function radix(space: IdSpace): number {
	return 2 ** space.b;
}

/** Digit `position` of `id` (0 is the most significant), in [0, 2^b). */
export function digitAt(id: Id, position: number, space: IdSpace): number {
	const shift = space.b * (space.digits - 1 - position);
	return Math.floor(id / 2 ** shift) % 2 ** space.b;
}

/** All digits of `id`, most significant first. */
export function digitsOf(id: Id, space: IdSpace): number[] {
	const out = new Array<number>(space.digits);
	let rest = id;
	const r = radix(space);
	for (let i = space.digits - 1; i >= 0; i--) {
		out[i] = rest % r;
		rest = Math.floor(rest / r);
	}
	return out;
}

/** Length of the longest common prefix of `a` and `c`, in digits (Pastry's `shl`). */
export function sharedPrefixLength(a: Id, c: Id, space: IdSpace): number {
	for (let i = 0; i < space.digits; i++) {
		if (digitAt(a, i, space) !== digitAt(c, i, space)) return i;
	}
	return space.digits;
}

/** The id written as `digits` characters of base 2^b (hexadecimal when b = 4). */
export function formatId(id: Id, space: IdSpace = DEFAULT_ID_SPACE): string {
	return digitsOf(id, space)
		.map((d) => DIGIT_CHARS[d])
		.join('');
}

/** Parses an id typed by a user; throws {@link IdError} naming what is wrong with it. */
export function parseId(text: string, space: IdSpace = DEFAULT_ID_SPACE): Id {
	const s = text.trim().toLowerCase();
	const r = radix(space);
	const alphabet = DIGIT_CHARS.slice(0, r);
	const what = r === 16 ? 'hexadecimal digits' : `digits 0-${DIGIT_CHARS[r - 1]} (base ${r})`;
	if (s.length === 0) throw new IdError(`an id is ${space.digits} ${what}, got nothing`);
	const bad = [...s].find((ch) => !alphabet.includes(ch));
	if (bad !== undefined)
		throw new IdError(`"${text}" is not an id: "${bad}" is not one of the ${what}`);
	if (s.length !== space.digits)
		throw new IdError(`"${text}" has ${s.length} digits; ids here have ${space.digits} ${what}`);
	let id = 0;
	for (const ch of s) id = id * r + alphabet.indexOf(ch);
	return id;
}

/** Distance from `a` to `c` going clockwise (increasing ids, wrapping at 2^bits). */
export function clockwiseDistance(a: Id, c: Id, space: IdSpace): number {
	const size = idSpaceSize(space);
	return (((c - a) % size) + size) % size;
}

/** Numerical distance on the circle, the shorter way round. */
export function ringDistance(a: Id, c: Id, space: IdSpace): number {
	const d = Math.abs(a - c);
	return Math.min(d, idSpaceSize(space) - d);
}

/**
 * True when `a` is numerically closer to `key` than `c` on the circle. A tie (the key exactly halfway)
 * goes to the smaller id, so every part of PeerScope agrees on a key's root.
 */
export function closerToKey(key: Id, a: Id, c: Id, space: IdSpace): boolean {
	const da = ringDistance(key, a, space);
	const dc = ringDistance(key, c, space);
	return da < dc || (da === dc && a < c);
}

/** The numerically closest of `ids` to `key` (the key's root), or undefined when `ids` is empty. */
export function closestTo(key: Id, ids: Iterable<Id>, space: IdSpace): Id | undefined {
	let best: Id | undefined;
	for (const id of ids) if (best === undefined || closerToKey(key, id, best, space)) best = id;
	return best;
}
