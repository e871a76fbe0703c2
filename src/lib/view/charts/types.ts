/** One line of a line chart. `color` is a CSS colour, usually a theme variable such as var(--node). */
export interface Series {
	readonly name: string;
	readonly color: string;
	readonly points: readonly { readonly x: number; readonly y: number }[];
	/** Dashed lines mark references (a random graph's value, the paper's figure). */
	readonly dashed?: boolean;
}

/** A horizontal reference line with its label. */
export interface Reference {
	readonly y: number;
	readonly label: string;
	readonly color?: string;
}

/** One group of bars of a bar chart: a category and one value per series. */
export interface BarGroup {
	readonly label: string;
	readonly values: readonly number[];
}
