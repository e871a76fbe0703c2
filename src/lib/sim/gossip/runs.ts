import type { Rng } from '../core';

/**
 * Splits the run of equal ages around `boundary` in [from, to) uniformly at random: which of the
 * run's entries end up before `boundary` is a uniform subset (Fisher–Yates on the smaller side).
 * Entries only move within the run, so the order by age is kept.
 */
export function splitRun(
	ids: Int32Array,
	ages: Int32Array,
	src: Uint8Array | null,
	from: number,
	to: number,
	boundary: number,
	rng: Rng
): void {
	if (boundary <= from || boundary >= to) return;
	const t = ages[boundary];
	if (ages[boundary - 1] !== t) return;
	let a = boundary - 1;
	while (a > from && ages[a - 1] === t) a--;
	let b = boundary + 1;
	while (b < to && ages[b] === t) b++;
	const front = boundary - a <= b - boundary;
	const draws = front ? boundary - a : b - boundary;
	for (let k = 0; k < draws; k++) {
		// Front: slot a + k takes a uniform pick of [a + k, b); back: slot b − 1 − k of [a, b − k).
		const i = front ? a + k : b - 1 - k;
		const j = front ? i + rng.int(b - i) : a + rng.int(i - a + 1);
		const id = ids[i];
		ids[i] = ids[j];
		ids[j] = id;
		if (src) {
			const x = src[i];
			src[i] = src[j];
			src[j] = x;
		}
	}
}
