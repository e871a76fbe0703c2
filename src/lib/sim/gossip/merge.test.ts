import { describe, expect, it } from 'vitest';
import { targetDistance } from './distance';
import { proximityMerge, swapMerge } from './merge';
import { scratchFor, type Buffer } from './scratch';
import { slots, stateWith } from './testing';

function buffer(entries: [number, number][]): Buffer {
	return {
		ids: Int32Array.from(entries.map((e) => e[0])),
		ages: Int32Array.from(entries.map((e) => e[1])),
		length: entries.length,
		sent: 0
	};
}

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
