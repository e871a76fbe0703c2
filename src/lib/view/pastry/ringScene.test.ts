import { describe, expect, it } from 'vitest';
import { defaultParams } from '$lib/models/params';
import { pastryEntry } from '$lib/models/pastry';
import { idSpaceSize, parseId } from '$lib/sim/core';
import type { PastryState } from '$lib/sim/pastry';
import { warpTurn } from '../lens/circleLens';
import { inFlight } from './flight';
import { pastryLens, pointsOfInterest } from './ringScene';

/** The playground's lecture scenario after `steps` steps (5: the route to d46a1c delivered). */
function lecture(steps: number): PastryState {
	const s = pastryEntry.init(defaultParams(pastryEntry.params), '1') as PastryState;
	for (let i = 0; i < steps; i++) {
		const c = pastryEntry.model.next(s);
		if (c) pastryEntry.model.apply(s, c);
	}
	return s;
}

describe('the Pastry ring lens', () => {
	const s = lecture(5);
	const size = idSpaceSize(s.space);
	const { route, join } = inFlight(s);
	const focus = { route, join, highlight: [], selected: null, sets: null };
	const turn = (hex: string) => parseId(hex, s.space) / size;

	it('keeps every hop of the lecture route 2.8em of the ring apart, the key in place', () => {
		const radius = 250;
		const lens = pastryLens(s, focus, radius, 20);
		const ids = ['65a1fc', 'd13da3', 'd4213f', 'd462ba', 'd467c4', 'd46a1c'];
		const w = ids.map((id) => warpTurn(lens, turn(id)));
		const arc = (a: number, b: number) => (b - a) * 2 * Math.PI * radius;
		for (let i = 1; i + 1 < w.length; i++)
			expect(arc(w[i], w[i + 1])).toBeGreaterThanOrEqual(2.8 * 20 - 1e-6);
		expect(w[5]).toBeCloseTo(turn('d46a1c'), 12);
		// Before the lens, d462ba and d467c4 are 1,290 ids apart: a fraction of a pixel.
		expect(arc(turn('d462ba'), turn('d467c4'))).toBeLessThan(0.2);
	});

	it('lists the route first, then failed nodes and their live neighbours, then the leaf set', () => {
		const { tiers, hops } = pointsOfInterest(s, { ...focus, sets: parseId('65a1fc', s.space) });
		expect(tiers[0]).toHaveLength(hops.size);
		expect(tiers[1]).toEqual([]);
		expect(tiers[2]).toHaveLength(1 + s.params.leafSetSize);
	});

	it('leaves the leaf set out when a small ring has no room for it', () => {
		const sets = parseId('65a1fc', s.space);
		const big = pastryLens(s, { ...focus, sets }, 400, 20);
		const small = pastryLens(s, { ...focus, sets }, 60, 20);
		expect(big.from.length).toBeGreaterThan(small.from.length);
		expect(small.from).toEqual(pastryLens(s, focus, 60, 20).from);
	});
});
