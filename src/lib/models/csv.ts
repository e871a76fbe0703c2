/** Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
	return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows (the first one the header) as a CSV document ending in a line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
