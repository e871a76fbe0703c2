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
