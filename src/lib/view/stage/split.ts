/** One item to place along a line: its least length, its share of what is left, and a soft cap. */
export interface SplitItem {
	readonly min: number;
	readonly weight: number;
	/** Past this length the item gains nothing (a ring is round); spare length goes to the others. */
	readonly cap?: number;
}

/**
 * Splits `length` among `items` by weight, never giving an item less than its `min` and, while
 * another item can still use it, no more than its `cap` (water-filling). Returns null when the mins
 * do not fit. The lengths always add up to `length`, so the line is filled.
 */
export function split(length: number, items: readonly SplitItem[]): number[] | null {
	const mins = items.reduce((a, i) => a + i.min, 0);
	if (mins > length + 1e-6) return null;
	const out = items.map((i) => i.min);
	let left = length - mins;
	// Each pass hands the rest out by weight among the items still growing; an item that reaches its
	// cap stops, and the pass repeats until nothing is left or every item is capped.
	const open = items.map((i) => (i.cap ?? Infinity) > i.min);
	for (let pass = 0; pass < items.length + 1 && left > 1e-6; pass++) {
		const weight = items.reduce((a, it, k) => a + (open[k] ? it.weight : 0), 0);
		if (weight === 0) break;
		let used = 0;
		items.forEach((it, k) => {
			if (!open[k]) return;
			const room = (it.cap ?? Infinity) - out[k];
			const give = Math.min(room, (left * it.weight) / weight);
			out[k] += give;
			used += give;
			if (give >= room - 1e-6) open[k] = false;
		});
		left -= used;
		if (used < 1e-6) break;
	}
	if (left > 1e-6) {
		// Every item is capped: the rest still fills the line, by weight.
		const weight = items.reduce((a, i) => a + i.weight, 0) || 1;
		items.forEach((it, k) => (out[k] += (left * it.weight) / weight));
	}
	return out;
}
