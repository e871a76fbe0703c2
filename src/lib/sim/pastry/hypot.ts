/**
 * `Math.hypot(dx, dy)` for finite numbers, bit for bit, at a fraction of its cost: V8's builtin (a
 * call that takes its arguments as a list) divides both by the larger magnitude, sums the squares
 * (its Kahan compensation is zero after the first term, so two terms add plainly), takes the square
 * root and scales back. The statistics measure a proximity distance at every hop of 10^5 lookups,
 * and their figures must not move by an ulp, so this repeats the same operations in the same order.
 */
export function hypot(dx: number, dy: number): number {
	const a = Math.abs(dx);
	const c = Math.abs(dy);
	const max = a > c ? a : c;
	if (max === 0) return 0;
	const p = a / max;
	const q = c / max;
	return Math.sqrt(p * p + q * q) * max;
}
