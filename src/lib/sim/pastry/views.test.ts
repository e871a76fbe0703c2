import { describe, expect, it } from 'vitest';
import { SimError } from '../core';
import { LECTURE_ROUTE, lectureScenario } from './lecture';
import { pastryModel } from './model';
import { PASTRY_DEFAULTS, validatePastryParams } from './params';
import { growingScenario, randomScenario, runToEnd } from './scenarios';
import { parseKey } from './route';
import { memberIds } from './state';
import {
	leafSetView,
	neighborhoodSetView,
	ringFraction,
	routingTableView,
	tableOccupancy,
	tracePath
} from './views';

describe('views for the panels', () => {
	const s = lectureScenario();

	it('traces the lecture route without changing the state', () => {
		const before = JSON.stringify(s.nodes);
		expect(tracePath(s, LECTURE_ROUTE.from, LECTURE_ROUTE.key).map((h) => h.to)).toEqual(
			LECTURE_ROUTE.path.slice(1)
		);
		expect(JSON.stringify(s.nodes)).toBe(before);
	});

	it('lists leaf sets nearest first on each side, and neighbourhood sets by proximity', () => {
		const leaves = leafSetView(s, 0xd467c4);
		expect(leaves.smaller[0]).toMatchObject({ id: 0xd462ba, alive: true });
		expect(leaves.larger[0]).toMatchObject({ id: 0xd471f1, alive: true });
		expect(leaves.smaller).toHaveLength(8);
		const near = neighborhoodSetView(s, 0x65a1fc);
		expect(near).toHaveLength(32);
		expect(near[0].id).toBe(0xd13da3);
		for (let i = 1; i < near.length; i++)
			expect(near[i].distance).toBeGreaterThanOrEqual(near[i - 1].distance);
		expect(ringFraction(s, 0x800000)).toBe(0.5);
	});

	it('records who supplied each cell and when, as a join fills the table row by row', () => {
		const g = growingScenario({ ...PASTRY_DEFAULTS, nodes: 60 }, 'fill');
		runToEnd(g);
		pastryModel.apply(g, { type: 'add-node', id: 0x123456, x: 0.3, y: 0.3 });
		const events = runToEnd(g);
		const { cells } = routingTableView(g, 0x123456);
		const filled = cells.flat().filter((c) => c.id !== null);
		expect(filled.length).toBeGreaterThan(10);
		for (const c of filled) {
			expect(c.supplier).not.toBeNull();
			expect(c.filledAt).toBeGreaterThan(0);
			expect(c.own).toBe(false);
		}
		const rows = events.flatMap((e) => (e.type === 'join-row-copied' ? [e] : []));
		for (const e of rows)
			for (const f of e.cells) {
				const cell = cells[f.row][f.column];
				if (cell.id === f.id) expect(cell.supplier).toBe(e.from);
			}
	});

	it('measures table occupancy per row: full near the top, sparse below', () => {
		const occupancy = tableOccupancy(randomScenario({ ...PASTRY_DEFAULTS, nodes: 1000 }, 'occ'));
		expect(occupancy[0]).toBe(1);
		expect(occupancy[1]).toBeGreaterThan(0.9);
		expect(occupancy[2]).toBeLessThan(0.5);
		expect(occupancy.length).toBeLessThanOrEqual(6);
	});

	it('reads keys typed as hex or given as a name', () => {
		expect(parseKey(s, 'D46A1C')).toEqual({ key: 0xd46a1c });
		expect(parseKey(s, 'abc', true)).toEqual({ key: 0xa9993e, name: 'abc' });
		expect(() => parseKey(s, 'd46g1c')).toThrow('"g" is not one of the hexadecimal digits');
		expect(() => parseKey(s, 'd46a1')).toThrow('has 5 digits; ids here have 6 hexadecimal digits');
	});

	it('refuses unknown nodes', () => {
		expect(() => routingTableView(s, 0x111111)).toThrow('there is no node 111111 in this network');
		expect(memberIds(s)).not.toContain(0x111111);
	});
});

describe('validatePastryParams', () => {
	it.each([
		[{ b: 0 }, 'b must be an integer from 1 to 4, got 0'],
		[{ b: 5 }, 'b must be an integer from 1 to 4, got 5'],
		[{ leafSetSize: 15 }, '|L| (the leaf set size) must be an even integer from 2 to 64, got 15'],
		[{ leafSetSize: 0 }, '|L| (the leaf set size) must be an even integer from 2 to 64, got 0'],
		[{ nodes: 0 }, 'N (the number of nodes) must be an integer from 1 to 4096, got 0'],
		[{ neighborhoodSetSize: -1 }, '|M| (the neighbourhood set size) must be an integer from 0'],
		[{ digits: 2, nodes: 300 }, '300 nodes do not fit in 2 digits of base 16']
	])('refuses %j', (bad, message) => {
		expect(() => validatePastryParams({ ...PASTRY_DEFAULTS, ...bad })).toThrow(SimError);
		expect(() => validatePastryParams({ ...PASTRY_DEFAULTS, ...bad })).toThrow(message);
	});
});
