import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';

/** Inner plotting box of a chart, in pixels. */
export interface Frame {
	readonly left: number;
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
}

/** Margins that leave room for tick labels of `fontPx` pixels. */
export function frameFor(width: number, height: number, fontPx: number, legendRows = 0): Frame {
	return {
		left: fontPx * 3.6,
		top: fontPx * (0.8 + legendRows * 1.4),
		right: Math.max(fontPx * 4, width - fontPx * 1.2),
		bottom: Math.max(fontPx * 4, height - fontPx * 3.2)
	};
}

/** The [min, max] of the values, widened so a flat series still gets a visible range. */
export function extent(values: readonly number[], includeZero = false): [number, number] {
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	if (!Number.isFinite(lo)) return [0, 1];
	if (includeZero) lo = Math.min(lo, 0);
	if (hi === lo) hi = lo + (lo === 0 ? 1 : Math.abs(lo) * 0.1);
	return [lo, hi];
}

/** A continuous scale, logarithmic when asked and possible (all values positive). */
export function axisScale(
	domain: [number, number],
	range: [number, number],
	log = false
): ScaleContinuousNumeric<number, number> {
	if (log && domain[0] > 0) return scaleLog().domain(domain).range(range).nice();
	return scaleLinear().domain(domain).range(range).nice();
}

/** Short tick labels: 1000 → 1k, 0.25 → 0.25. */
export function tickLabel(v: number): string {
	const a = Math.abs(v);
	if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
	if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
	if (a === 0 || a >= 1) return String(+v.toFixed(2));
	return String(+v.toPrecision(2));
}

/**
 * Ticks for whole-number data (rounds, TTLs, counts): the scale's own ticks that are whole numbers,
 * or, over a short domain where those are too few, every whole number in it (at most `count` + 1).
 */
export function wholeTicks(scale: ScaleContinuousNumeric<number, number>, count: number): number[] {
	const whole = scale.ticks(count).filter((t) => Number.isInteger(t));
	if (whole.length >= 2) return whole;
	const [lo, hi] = scale.domain();
	const out: number[] = [];
	const step = Math.max(1, Math.ceil((Math.floor(hi) - Math.ceil(lo)) / Math.max(1, count)));
	for (let t = Math.ceil(lo); t <= hi; t += step) out.push(t);
	return out;
}

/** Where each legend item goes: its left edge and its row. */
export interface LegendSlot {
	readonly x: number;
	readonly row: number;
}

/**
 * Legend items laid out left to right from `left`, wrapping to a new row before one would pass
 * `right` (a swatch of 1.8em, then the name at about 0.56em a letter), so names never run into each
 * other. Returns each item's place and the number of rows.
 */
export function legendLayout(
	names: readonly string[],
	left: number,
	right: number,
	fontPx: number
): { slots: LegendSlot[]; rows: number } {
	const slots: LegendSlot[] = [];
	let x = left;
	let row = 0;
	for (const name of names) {
		const w = fontPx * (1.8 + 0.56 * name.length + 1.2);
		if (x > left && x + w > right) {
			row++;
			x = left;
		}
		slots.push({ x, row });
		x += w;
	}
	return { slots, rows: names.length === 0 ? 0 : row + 1 };
}
