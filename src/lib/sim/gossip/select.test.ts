import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { targetDistance } from './distance';
import { scratchFor } from './scratch';
import { selectPeer } from './select';
import { stateWith } from './testing';

const view: [number, number][] = [
	[5, 2],
	[9, 7],
	[1, 3],
	[3, 7],
	[8, 0]
];
const fixture = (o: Parameters<typeof stateWith>[1]) =>
	stateWith(
		Array.from({ length: 10 }, (_, v) => (v === 0 ? view : [])),
		o
	);

function picks(o: Parameters<typeof stateWith>[1], draws = 200): Set<number> {
	const s = fixture(o);
	const rng = Rng.stream('select');
	const distance = s.params.target ? targetDistance(s.params.target, s) : null;
	const out = new Set<number>();
	for (let i = 0; i < draws; i++)
		out.add(view[selectPeer(s, 0, rng, distance, scratchFor(10, 5))][0]);
	return out;
}

describe('selectPeer', () => {
	it('random: any entry', () => {
		expect([...picks({ viewSize: 5 })].sort()).toEqual([1, 3, 5, 8, 9]);
	});

	it('oldest: only the entries of the highest age, ties at random', () => {
		expect([...picks({ viewSize: 5, peerSelection: 'oldest' })].sort()).toEqual([3, 9]);
	});

	it('closest: among the ψ closest on the ring', () => {
		// Ring of 10 from node 0: 1→1, 9→1, 8→2, 3→3, 5→5.
		expect([...picks({ viewSize: 5, peerSelection: 'closest', psi: 1 })]).toEqual([1]);
		expect([...picks({ viewSize: 5, peerSelection: 'closest', psi: 3 })].sort()).toEqual([1, 8, 9]);
		expect(
			[...picks({ viewSize: 5, peerSelection: 'closest', psi: 2, target: 'line' })].sort()
		).toEqual([1, 3]);
	});

	it('returns -1 for an empty view', () => {
		const s = stateWith([[], [[0, 0]]], { viewSize: 1 });
		expect(selectPeer(s, 0, Rng.stream('x'), null, scratchFor(2, 1))).toBe(-1);
	});
});
