import type { Rng } from '../core';
import type { Cell, SearchObject, SearchQuery } from './types';

/**
 * The genre axis of the interest space, ordered so that related genres sit side by side: a user
 * who likes jazz is more likely to like blues than metal. This order is what a semantic overlay
 * exploits (Voulgaris, Kermarrec, Massoulié & van Steen 2004, "semantic proximity").
 */
export const GENRES: readonly string[] = [
	'baroque',
	'classical',
	'opera',
	'film',
	'ambient',
	'folk',
	'country',
	'blues',
	'jazz',
	'soul',
	'funk',
	'disco',
	'house',
	'techno',
	'rock',
	'metal'
];

/** Keywords with no place in the interest space: a greedy route cannot aim at them. */
export const MOODS: readonly string[] = ['live', 'acoustic', 'remix', 'instrumental'];

/** Years of the numeric attribute, inclusive. */
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2024;

/** The interest cell column where genre g's band starts and ends (inclusive), for a grid `width` wide. */
export function genreColumns(g: number, width: number): [number, number] {
	const x0 = Math.floor((g * width) / GENRES.length);
	const x1 = Math.max(x0, Math.ceil(((g + 1) * width) / GENRES.length) - 1);
	return [Math.min(x0, width - 1), Math.min(x1, width - 1)];
}

/** The interest row of a year, for a grid `height` rows high (years outside the span are clamped). */
export function yearRow(year: number, height: number): number {
	const t = (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR + 1);
	return Math.min(height - 1, Math.max(0, Math.floor(t * height)));
}

/**
 * `count` objects with a genre, sometimes a mood, and a year, drawn from `rng`. An object's cell
 * lies in its genre's band (at a random column of it) and on its year's row. Names read like
 * `jazz-1959-007` and are unique, so a name is an exact key.
 */
export function makeObjects(
	count: number,
	width: number,
	height: number,
	rng: Rng
): SearchObject[] {
	const digits = String(Math.max(0, count - 1)).length;
	const out: SearchObject[] = [];
	for (let index = 0; index < count; index++) {
		const g = rng.int(GENRES.length);
		const year = FIRST_YEAR + rng.int(LAST_YEAR - FIRST_YEAR + 1);
		const mood = rng.next() < 0.5 ? MOODS[rng.int(MOODS.length)] : null;
		const [x0, x1] = genreColumns(g, width);
		const cell: Cell = { x: x0 + rng.int(x1 - x0 + 1), y: yearRow(year, height) };
		out.push({
			index,
			name: `${GENRES[g]}-${year}-${String(index).padStart(digits, '0')}`,
			keywords: mood ? [GENRES[g], mood] : [GENRES[g]],
			year,
			cell
		});
	}
	return out;
}

/** True when `object` answers `query`: same name, carries the keyword, or its year is in range. */
export function objectMatches(object: SearchObject, query: SearchQuery): boolean {
	switch (query.kind) {
		case 'exact':
			return object.name === query.name;
		case 'keyword':
			return object.keywords.includes(query.keyword);
		case 'range':
			return object.year >= query.low && object.year <= query.high;
	}
}

/** Years on each side of an object's year in the range queries the scenario asks. */
export const RANGE_HALF_WIDTH = 2;

/**
 * The query of `kind` a user looking for `object` asks: its name; its genre, or its mood when it
 * has one and `rng` says so; or the years within {@link RANGE_HALF_WIDTH} of its year.
 */
export function queryFor(object: SearchObject, kind: SearchQuery['kind'], rng: Rng): SearchQuery {
	switch (kind) {
		case 'exact':
			return { kind, name: object.name };
		case 'keyword':
			return { kind, keyword: object.keywords[rng.int(object.keywords.length)] };
		case 'range':
			return {
				kind,
				low: object.year - RANGE_HALF_WIDTH,
				high: object.year + RANGE_HALF_WIDTH
			};
	}
}

/** The query in words, as the views and the command line show it. */
export function formatQuery(query: SearchQuery): string {
	switch (query.kind) {
		case 'exact':
			return `name = "${query.name}"`;
		case 'keyword':
			return `keywords contain "${query.keyword}"`;
		case 'range':
			return `year between ${query.low} and ${query.high}`;
	}
}
