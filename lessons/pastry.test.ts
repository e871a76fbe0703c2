import { describe, expect, it } from 'vitest';
import { formatId, parseId } from '../src/lib/sim/core';
import {
	lectureScenario,
	nodeOf,
	pastryModel,
	pastryStatistics,
	runToEnd,
	type PastryState
} from '../src/lib/sim/pastry';
import { lessonFile, textOf } from './testing';

/**
 * The numbers lessons 02-06 state about a run, each from that run (rule 5 of the brief). The stats
 * panel runs hopsAgainstN with seed 'stats' and 20,000 lookups, as these do.
 */
const panels = new Map<string, ReturnType<typeof pastryStatistics>>();
const panel = (nodes: number, b = 4) => {
	const key = `${nodes}/${b}`;
	if (!panels.has(key))
		panels.set(key, pastryStatistics({ nodes, lookups: 20_000, seed: 'stats', b }));
	return panels.get(key) as ReturnType<typeof pastryStatistics>;
};

function lecture(): PastryState {
	const s = lectureScenario('lecture');
	runToEnd(s);
	return s;
}

const id = (s: PastryState, hex: string) => parseId(hex, s.space);

function route(s: PastryState, from: string, key: string) {
	const events = [
		...pastryModel.apply(s, { type: 'route', from: id(s, from), key: id(s, key) }),
		...runToEnd(s)
	];
	return events.flatMap((e) =>
		e.type === 'route-hop' ? [`${formatId(e.hop.from)}>${formatId(e.hop.to)}:${e.hop.rule}`] : []
	);
}

describe('lesson 02: the routing table of 65a1fc among 300 nodes', () => {
	it('row 0 holds 15 entries, row 2 none (300/256 ≈ 1.2 on average)', () => {
		const me = nodeOf(lecture(), id(lecture(), '65a1fc'));
		const row = (r: number) =>
			me?.routingTable.slice(16 * r, 16 * r + 16).filter((e) => e !== null).length;
		expect(row(0)).toBe(15);
		expect(row(2)).toBe(0);
		expect(row(3)).toBe(0);
	});
});

describe('lesson 03: routing to d46a1c', () => {
	it('takes 4 hops, the last by the leaf set; 2.00 hops on average over 300 nodes', () => {
		expect(route(lecture(), '65a1fc', 'd46a1c')).toEqual([
			'65a1fc>d13da3:routing-table',
			'd13da3>d4213f:routing-table',
			'd4213f>d462ba:routing-table',
			'd462ba>d467c4:leaf-set'
		]);
		expect(panel(300).meanHops.toFixed(2)).toBe('2.00');
	});

	it('adds about 0.9 hop per ×16 nodes: 2.48 at 1,000 nodes, 3.97 at 100,000', () => {
		const [small, large] = [panel(1000).meanHops, panel(100_000).meanHops];
		// 100 times the nodes is log16(100) more digits to fix.
		const perSixteenfold = (large - small) / (Math.log(100) / Math.log(16));
		const text = textOf(lessonFile('03-pastry-routing.md').steps[4]);
		expect(text).toContain(`Each ×16 nodes adds about ${perSixteenfold.toFixed(1)} hop`);
		expect(text).toContain(
			`${small.toFixed(2)} at 1,000 nodes, ${large.toFixed(2)} at 100,000 (paper 3.976)`
		);
	});
});

describe('lesson 05: hops against N and b', () => {
	it('3.97 hops at 100,000 nodes with b = 4, 65% of them 4 hops, none over 5; 5.77 with b = 2 (1.45×)', () => {
		const b4 = panel(100_000);
		expect(b4.meanHops.toFixed(2)).toBe('3.97');
		expect(Math.round(100 * b4.hopHistogram[4])).toBe(65);
		expect(b4.maxHops).toBe(5);
		expect(b4.deliveredToRoot).toBe(1);
		const b2 = panel(100_000, 2);
		expect(b2.meanHops.toFixed(2)).toBe('5.77');
		expect((b2.meanHops / b4.meanHops).toFixed(2)).toBe('1.45');
	});
});

describe('lesson 06: failures on the lecture route', () => {
	it('routes around dead d4213f by the rare case via d44871, then to d462ba once d467c4 fails', () => {
		const s = lecture();
		pastryModel.apply(s, { type: 'kill-node', id: id(s, 'd4213f') });
		runToEnd(s);
		expect(route(s, '65a1fc', 'd46a1c')).toEqual([
			'65a1fc>d13da3:routing-table',
			'd13da3>d44871:rare-case',
			'd44871>d467c4:leaf-set'
		]);
		pastryModel.apply(s, { type: 'kill-node', id: id(s, 'd467c4') });
		runToEnd(s);
		const hops = route(s, '65a1fc', 'd46a1c');
		expect(hops[hops.length - 1]).toMatch(/>d462ba:/);
	});
});
