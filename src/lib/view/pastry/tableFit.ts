/**
 * How big the routing table's text can be in the box it is given, laid out as on the lecture slide
 * (one row per shared-prefix length, 2^b columns): ids stay on one line; the font shrinks first,
 * down to `minPx`, then each cell shows fewer digits (from the column's digit on: the shared prefix
 * is the row's, the rest tells the entries apart), down to the column's digit alone: a filled
 * cell, as the slide draws it.
 */
export interface TableFit {
	/** The table's font size in px. */
	readonly fontPx: number;
	/** Digits shown per cell: all of them (with the shared prefix), or the first `digits` from the column's. */
	readonly digits: number;
	/** True when every digit of every id is shown. */
	readonly full: boolean;
	/** The table's width in px (its columns are fixed, so the table is exactly this wide). */
	readonly width: number;
	/** Whether the table fits the box at this size, or the box scrolls. */
	readonly fits: boolean;
	/**
	 * The height in px of each body row: the rows share the box's height left under the header row,
	 * so the table fills its box (at least one line of text each).
	 */
	readonly rowPx: number;
}

/** The advance of a monospace digit, in em (DejaVu Sans Mono: 0.602). */
export const DIGIT_EM = 0.62;
/** A cell's horizontal padding, in em, both sides together. */
export const CELL_PAD_EM = 0.3;
/** The row-header column, in em: "r0" (or "r10" when there are more than ten rows) and padding. */
export function headEm(rows: number): number {
	return (rows > 10 ? 3 : 2) * DIGIT_EM + 0.6;
}
/** A row's height, in em (line height 1.2 and 0.1em of padding above and below). */
export const ROW_EM = 1.4;

/** What the fit needs to know. */
export interface FitInput {
	/** The box, in px. */
	readonly width: number;
	readonly height: number;
	/** Columns (2^b), digits per id, rows to show (header row not counted). */
	readonly radix: number;
	readonly digits: number;
	readonly rows: number;
	/** Text outside the table (caption, legend) in px of height. */
	readonly chromePx: number;
	readonly minPx: number;
	readonly maxPx: number;
}

/** The width in px of the table at font `px` with `chars` digits per cell (borders included). */
export function tableWidth(radix: number, rows: number, chars: number, px: number): number {
	return px * (headEm(rows) + radix * (chars * DIGIT_EM + CELL_PAD_EM)) + radix + 2;
}

/** The height in px of the table's rows and header row at font `px` (borders included). */
export function tableHeight(rows: number, px: number): number {
	return px * ROW_EM * (rows + 1) + rows + 2;
}

/**
 * The largest font, up to `maxPx`, at which the whole table fits the box with every id whole (the
 * font follows the box: its width over the 2^b + 1 columns, its height over the rows), and the
 * height of the rows that makes the table fill the box;
 * when even `minPx` is too large, the most digits per cell that fit at a font of at least `minPx`
 * (`fits` is false when not even one digit per cell fits: the box then scrolls).
 */
export function fitTable(f: FitInput): TableFit {
	const byHeight = (f.height - f.chromePx - f.rows - 2) / (ROW_EM * (f.rows + 1));
	const byWidth = (chars: number) =>
		(f.width - f.radix - 2) / (headEm(f.rows) + f.radix * (chars * DIGIT_EM + CELL_PAD_EM));
	let chars = f.digits;
	while (chars > 1 && byWidth(chars) < f.minPx) chars--;
	const px = Math.max(f.minPx, Math.min(f.maxPx, byWidth(chars), byHeight));
	const spare = f.height - f.chromePx - f.rows - 2 - px * ROW_EM;
	return {
		rowPx: Math.max(px * ROW_EM, Math.floor((spare / f.rows) * 100) / 100),
		fontPx: px,
		digits: chars,
		full: chars === f.digits,
		width: tableWidth(f.radix, f.rows, chars, px),
		fits: byWidth(chars) >= f.minPx - 1e-9 && byHeight >= f.minPx - 1e-9
	};
}

/**
 * The digits a cell of row `row` shows: the whole id (each digit tagged as shared prefix, the
 * column's digit, or the rest), or `digits` of them from the column's digit on.
 */
export function cellDigits(
	text: string,
	row: number,
	digits: number,
	full: boolean
): { ch: string; kind: 'pre' | 'col' | 'rest' }[] {
	const tagged = [...text].map((ch, i) => ({
		ch,
		kind: i < row ? ('pre' as const) : i === row ? ('col' as const) : ('rest' as const)
	}));
	return full ? tagged : tagged.slice(row, row + digits);
}
