import { GENRES, genreColumns, yearRow } from './objects';
import type { Cell, Region, SearchNetwork, SearchObject, SearchQuery } from './types';

/**
 * The interest space: a grid `width` columns wide (genres, in the order of {@link GENRES}) and
 * `height` rows high (years). Node v's interest is the cell (v mod width, ⌊v / width⌋), the position
 * that T-Man's grid target gives nodeId v, so closest-peer gossip on that target links nodes with
 * similar interests. The width is ⌈√N⌉, as in the gossip grid target.
 */
export function interestGrid(nodes: number): { width: number; height: number } {
	const width = Math.ceil(Math.sqrt(nodes));
	return { width, height: Math.ceil(nodes / width) };
}

/** The interest cell of node v. */
export function cellOf(network: Pick<SearchNetwork, 'width'>, v: number): Cell {
	return { x: v % network.width, y: Math.floor(v / network.width) };
}

/**
 * The cells a query is about: an exact name names one object, hence one cell; a genre keyword its
 * band of columns, every row; a year range its rows, every column. A mood keyword has no place in
 * the space: the region is the whole grid, and greedy routing has nothing to aim at.
 */
export function queryRegion(
	query: SearchQuery,
	objects: readonly SearchObject[],
	width: number,
	height: number
): Region {
	const all: Region = { x0: 0, x1: width - 1, y0: 0, y1: height - 1 };
	switch (query.kind) {
		case 'exact': {
			const o = objects.find((x) => x.name === query.name);
			return o ? { x0: o.cell.x, x1: o.cell.x, y0: o.cell.y, y1: o.cell.y } : all;
		}
		case 'keyword': {
			const g = GENRES.indexOf(query.keyword);
			if (g < 0) return all;
			const [x0, x1] = genreColumns(g, width);
			return { ...all, x0, x1 };
		}
		case 'range':
			return { ...all, y0: yearRow(query.low, height), y1: yearRow(query.high, height) };
	}
}

/** Manhattan distance from node v's cell to the nearest cell of `region` (0 inside it). */
export function distanceToRegion(width: number, v: number, region: Region): number {
	const x = v % width;
	const y = Math.floor(v / width);
	const dx = x < region.x0 ? region.x0 - x : x > region.x1 ? x - region.x1 : 0;
	const dy = y < region.y0 ? region.y0 - y : y > region.y1 ? y - region.y1 : 0;
	return dx + dy;
}
