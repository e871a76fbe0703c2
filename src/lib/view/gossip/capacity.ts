/**
 * How many charts fit whole in a box: charts are never squeezed below a readable size (the chart
 * components keep about 12 rem of height); what does not fit is offered as a choice instead.
 */
export function chartGrid(
	width: number,
	height: number,
	rem: number,
	minWidthRem: number,
	minHeightRem = 13
): { columns: number; capacity: number } {
	const columns = Math.max(1, Math.floor((width + 0.75 * rem) / ((minWidthRem + 0.75) * rem)));
	const rows = Math.max(1, Math.floor((height + 0.5 * rem) / (minHeightRem * rem)));
	return { columns, capacity: columns * rows };
}

/** The charts shown: the ones the user chose first, then the rest in order, up to `capacity`. */
export function shownCharts(
	ids: readonly string[],
	chosen: readonly string[],
	capacity: number
): string[] {
	const picked = chosen.filter((id) => ids.includes(id));
	return [...picked, ...ids.filter((id) => !picked.includes(id))].slice(0, capacity);
}
