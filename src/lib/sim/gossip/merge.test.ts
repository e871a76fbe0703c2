import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { targetDistance } from './distance';
import { ageMerge, proximityMerge, swapMerge } from './merge';
import { scratchFor, type Buffer } from './scratch';
import { slots, sortedView, stateWith } from './testing';

function buffer(entries: [number, number][]): Buffer {
	return {
		ids: Int32Array.from(entries.map((e) => e[0])),
		ages: Int32Array.from(entries.map((e) => e[1])),
		length: entries.length,
		sent: 0
	};
}

/** Node 9 of ten, holding four entries in this slot order. */
const view: [number, number][] = [
	[1, 5],
	[2, 1],
	[3, 3],
	[4, 0]
];
const fixture = () =>
	stateWith(
		Array.from({ length: 10 }, (_, v) => (v === 9 ? view : [])),
		{ viewSize: 4 }
	);
const rng = () => Rng.stream('merge');

describe('ageMerge (Jelasity et al. 2007, view.select)', () => {
	it('healer: drops its own copy for a fresher one, the owner, then the H oldest', () => {
		const s = fixture();
		// Received: the owner 9 (ignored), 5, a fresher 2, and 6 (old).
		ageMerge(
			s,
			9,
			buffer([
				[9, 0],
				[5, 0],
				[2, 0],
				[6, 7]
			]),
			2,
			0,
			rng(),
			scratchFor(10, 4)
		);
		// Candidates 1:5 3:3 4:0 5:0 2:0 6:7; the two oldest (6:7, 1:5) go.
		expect(slots(s, 9)).toEqual([
			[3, 3],
			[4, 0],
			[5, 0],
			[2, 0]
		]);
	});

	it('swapper: removes the head of the view, the entries it just sent', () => {
		const s = fixture();
		ageMerge(
			s,
			9,
			buffer([
				[5, 0],
				[6, 0]
			]),
			0,
			2,
			rng(),
			scratchFor(10, 4)
		);
		expect(slots(s, 9)).toEqual([
			[3, 3],
			[4, 0],
			[5, 0],
			[6, 0]
		]);
	});

	it('keeps a duplicate at its freshest age and no more than it needs to drop', () => {
		const s = fixture();
		ageMerge(
			s,
			9,
			buffer([
				[3, 9],
				[1, 2]
			]),
			2,
			2,
			rng(),
			scratchFor(10, 4)
		);
		expect(slots(s, 9)).toEqual([
			[2, 1],
			[3, 3],
			[4, 0],
			[1, 2]
		]);
	});

	it('blind: keeps c of the candidates at random', () => {
		const seen = new Set<string>();
		for (let k = 0; k < 40; k++) {
			const s = fixture();
			ageMerge(
				s,
				9,
				buffer([
					[5, 0],
					[6, 0],
					[7, 0]
				]),
				0,
				0,
				Rng.stream(`blind${k}`),
				scratchFor(10, 4)
			);
			const ids = sortedView(s, 9).map((e) => e[0]);
			expect(ids.length).toBe(4);
			expect(ids.every((id) => [1, 2, 3, 4, 5, 6, 7].includes(id))).toBe(true);
			seen.add(ids.join());
		}
		expect(seen.size).toBeGreaterThan(10);
	});

	it('breaks ties among the oldest at random', () => {
		const kept = new Set<number>();
		for (let k = 0; k < 30; k++) {
			const s = stateWith(
				Array.from({ length: 10 }, (_, v) =>
					v === 9
						? [
								[1, 4],
								[2, 4],
								[3, 4],
								[4, 0]
							]
						: []
				),
				{ viewSize: 4 }
			);
			ageMerge(s, 9, buffer([[5, 0]]), 1, 0, Rng.stream(`tie${k}`), scratchFor(10, 4));
			const ids = sortedView(s, 9).map((e) => e[0]);
			expect(ids).toContain(4);
			expect(ids).toContain(5);
			[1, 2, 3].filter((id) => !ids.includes(id)).forEach((id) => kept.add(id));
		}
		expect([...kept].sort()).toEqual([1, 2, 3]);
	});
});

describe('proximityMerge (T-Man, Vicinity)', () => {
	it('keeps the c closest to the owner on the ring, nearest first', () => {
		const s = stateWith(
			Array.from({ length: 10 }, (_, v) =>
				v === 0
					? [
							[5, 1],
							[3, 0],
							[7, 2]
						]
					: []
			),
			{ viewSize: 3, target: 'ring', merge: 'proximity' }
		);
		proximityMerge(
			s,
			0,
			buffer([
				[9, 4],
				[1, 0],
				[5, 0],
				[0, 0]
			]),
			targetDistance('ring', s),
			scratchFor(10, 3)
		);
		// Ring distances from 0: 1→1, 9→1, 3→3, 7→3, 5→5.
		expect(slots(s, 0)).toEqual([
			[1, 0],
			[9, 4],
			[3, 0]
		]);
	});
});

describe('swapMerge (Cyclon)', () => {
	it('fills empty slots, then replaces sent entries, discarding what it holds', () => {
		const s = stateWith(
			Array.from({ length: 10 }, (_, v) =>
				v === 0
					? [
							[1, 3],
							[2, 1],
							[3, 2]
						]
					: []
			),
			{ viewSize: 4, merge: 'swap' }
		);
		// Slots 0 and 1 (nodes 1 and 2) were sent. Received: 0 (owner), 3 (held), 4, 5, 6.
		swapMerge(
			s,
			0,
			buffer([
				[0, 0],
				[3, 0],
				[4, 0],
				[5, 1],
				[6, 2]
			]),
			2,
			scratchFor(10, 4)
		);
		expect(slots(s, 0)).toEqual([
			[5, 1],
			[6, 2],
			[3, 2],
			[4, 0]
		]);
	});
});
