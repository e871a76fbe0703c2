import type { Id, IdSpace } from '../core';

/**
 * The id arithmetic of core/ids.ts (digits, shared prefixes, distances on the circle), with the
 * powers of two of one id space computed once: the statistics route 10^5 lookups a second through
 * these. Results equal core's `digitAt`, `sharedPrefixLength`, `clockwiseDistance`, `ringDistance`
 * and `closerToKey` (a test checks it).
 */
export interface IdMath {
	/** 2^(b·digits): the size of the circle. */
	readonly size: number;
	/** 2^b. */
	readonly radix: number;
	/** Digit `position` of `id` (0 is the most significant). */
	digit(id: Id, position: number): number;
	/** Digits `a` and `c` share as a prefix (Pastry's shl). */
	shl(a: Id, c: Id): number;
	/** Distance from `a` clockwise to `c`. */
	clockwise(a: Id, c: Id): number;
	/** Distance on the circle, the shorter way. */
	ring(a: Id, c: Id): number;
	/** True when `a` is closer to `key` than `c` (a tie goes to the smaller id). */
	closer(key: Id, a: Id, c: Id): boolean;
}

const cache = new WeakMap<IdSpace, IdMath>();
const TWO_32 = 2 ** 32;

/** The {@link IdMath} of `space` (cached per space object). */
export function idMath(space: IdSpace): IdMath {
	const hit = cache.get(space);
	if (hit) return hit;
	const { b, digits } = space;
	const bits = b * digits;
	const size = 2 ** (b * digits);
	const radix = 2 ** b;
	const div = Float64Array.from({ length: digits }, (_, i) => 2 ** (b * (digits - 1 - i)));
	const clockwise = (a: Id, c: Id) => (c >= a ? c - a : c - a + size);
	const ring = (a: Id, c: Id) => {
		const d = a > c ? a - c : c - a;
		return d < size - d ? d : size - d;
	};
	const math: IdMath = {
		size,
		radix,
		digit(id, position) {
			// x − floor(x / radix) · radix: exact below 2^53, and no floating-point modulo (a
			// runtime call in V8) on the statistics' hot path.
			const x = Math.floor(id / div[position]);
			return x - Math.floor(x / radix) * radix;
		},
		shl(a, c) {
			// Leading equal bits from the xor of the high (above 2^32) and low 32-bit halves.
			if (a === c) return digits;
			const ah = Math.floor(a / TWO_32);
			const ch = Math.floor(c / TWO_32);
			const high = ah ^ ch;
			const equal =
				high !== 0
					? Math.clz32(high) - (64 - bits)
					: Math.max(0, bits - 32) +
						Math.clz32((a - ah * TWO_32) ^ (c - ch * TWO_32)) -
						Math.max(0, 32 - bits);
			return Math.floor(equal / b);
		},
		clockwise,
		ring,
		closer(key, a, c) {
			const da = ring(key, a);
			const dc = ring(key, c);
			return da < dc || (da === dc && a < c);
		}
	};
	cache.set(space, math);
	return math;
}
