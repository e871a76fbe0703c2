import { describe, expect, it } from 'vitest';
import { formatId } from '../core';
import { describePastryEvent } from './describe';
import { LECTURE_NODES, LECTURE_ROUTE, lectureScenario } from './lecture';
import { pastryModel } from './model';
import { runToEnd } from './scenarios';
import { memberIds } from './state';
import { stateViolations } from './testing';
import type { PastryEvent } from './events';
import { routingTableView } from './views';

const hex = (ids: readonly number[]) => ids.map((id) => formatId(id));

function hopsOf(events: PastryEvent[]) {
	return events.flatMap((e) =>
		e.type === 'route-hop'
			? [
					{
						from: formatId(e.hop.from),
						to: formatId(e.hop.to),
						rule: e.hop.rule,
						row: e.hop.row,
						column: e.hop.column
					}
				]
			: []
	);
}

const expectedHops = [
	{ from: '65a1fc', to: 'd13da3', rule: 'routing-table', row: 0, column: 0xd },
	{ from: 'd13da3', to: 'd4213f', rule: 'routing-table', row: 1, column: 4 },
	{ from: 'd4213f', to: 'd462ba', rule: 'routing-table', row: 2, column: 6 },
	{ from: 'd462ba', to: 'd467c4', rule: 'leaf-set', row: null, column: null }
];

describe('the lecture scenario', () => {
	it('routes d46a1c from 65a1fc exactly as the slide: three table hops, then the leaf set', () => {
		const s = lectureScenario();
		expect(memberIds(s)).toHaveLength(300);
		expect(pastryModel.next(s)).toEqual({
			type: 'route',
			from: LECTURE_ROUTE.from,
			key: LECTURE_ROUTE.key,
			auto: true
		});
		const events = runToEnd(s);
		expect(hopsOf(events)).toEqual(expectedHops);
		const done = events[events.length - 1];
		expect(done).toMatchObject({
			type: 'route-delivered',
			at: 0xd467c4,
			root: 0xd467c4,
			correct: true
		});
		expect(done.type === 'route-delivered' && hex(done.path)).toEqual(hex(LECTURE_ROUTE.path));
		expect(events.map((e) => describePastryEvent(e, s.space))).toEqual([
			'A message for key d46a1c starts at 65a1fc; its root is d467c4, the numerically closest live node.',
			'65a1fc forwards to d13da3 by routing table row 0, column d: shares no digit, next digit d.',
			'd13da3 forwards to d4213f by routing table row 1, column 4: shares d, next digit 4.',
			'd4213f forwards to d462ba by routing table row 2, column 6: shares d4, next digit 6.',
			"d462ba forwards to d467c4 by leaf set: d46a1c is within the leaf set's range and d467c4 is numerically closest.",
			'Delivered at d467c4, the numerically closest live node to d46a1c, after 4 hops.'
		]);
	});

	it('puts d471f1 next to d467c4, on the other side of d46a1c', () => {
		const ids = memberIds(lectureScenario());
		const i = ids.indexOf(0xd467c4);
		expect(ids[i + 1]).toBe(0xd471f1);
		expect(ids[i - 1]).toBe(0xd462ba);
	});

	it("draws 65a1fc's routing table as on the slide: 16 columns, own digit marked, rows by prefix", () => {
		const s = lectureScenario();
		const { rows, cells } = routingTableView(s, 0x65a1fc);
		expect(cells[0]).toHaveLength(16);
		expect(rows).toBeGreaterThanOrEqual(2);
		expect(cells[0][6]).toMatchObject({ own: true, id: null });
		expect(cells[1][5]).toMatchObject({ own: true, id: null });
		expect(cells[2][0xa]).toMatchObject({ own: true, id: null });
		expect(cells[0][0xd]).toMatchObject({ id: 0xd13da3, own: false, alive: true, filledAt: 0 });
		expect(cells[0].filter((c) => c.id !== null)).toHaveLength(15);
		for (const row of cells)
			for (const c of row)
				if (c.id !== null) expect(formatId(c.id).slice(0, c.row)).toBe('65a1fc'.slice(0, c.row));
		expect(stateViolations(s)).toEqual([]);
	});

	it('also grows one join at a time, the slide nodes last, and then takes the same route', () => {
		const s = lectureScenario('lecture', { growing: true });
		expect(memberIds(s)).toEqual([]);
		const events = runToEnd(s);
		expect(events.filter((e) => e.type === 'node-joined')).toHaveLength(300);
		const joins = events.flatMap((e) => (e.type === 'node-joined' ? [e.node] : []));
		expect(joins.slice(-LECTURE_NODES.length)).toEqual(LECTURE_NODES.map((n) => n.id).reverse());
		expect(stateViolations(s)).toEqual([]);
		expect(hopsOf(events)).toEqual(expectedHops);
		const cell = routingTableView(s, 0x65a1fc).cells[0][0xd];
		expect(cell.supplier).not.toBeNull();
		expect(cell.filledAt).toBeGreaterThan(0);
	});

	it('refuses other id spaces', () => {
		expect(() => lectureScenario('x', { params: { b: 2 } })).toThrow(
			'b = 4 and 6 hexadecimal digits'
		);
		expect(() => lectureScenario('x', { params: { nodes: 5 } })).toThrow('at least 13 nodes');
	});
});
