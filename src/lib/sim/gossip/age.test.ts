import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { ageMerge, genericBuffer } from './age';
import { scratchFor, type Buffer } from './scratch';
import { slots, sortedView, stateWith } from './testing';

function buffer(entries: [number, number][]): Buffer {
	return {
		ids: Int32Array.from(entries.map((e) => e[0])),
		ages: Int32Array.from(entries.map((e) => e[1])),
		length: entries.length,
		sent: Math.max(0, entries.length - 1)
	};
}

/** Node 9 of ten holds four entries, freshest first (views of the generic protocol are age-ordered). */
const fixture = (
	view: [number, number][] = [
		[4, 0],
		[2, 1],
		[3, 3],
		[1, 5]
	]
) =>
	stateWith(
		Array.from({ length: 10 }, (_, v) => (v === 9 ? view : [])),
		{ viewSize: 4, merge: 'age' }
	);
const rng = () => Rng.stream('age');

describe('ageMerge (Jelasity et al. 2007, view.select)', () => {
	it('healer: keeps the freshest copy, ignores the owner, then drops the H oldest', () => {
		const s = fixture();
		// Received: the owner 9, 5, a fresher 2, and 6 (old).
		ageMerge(
			s,
			9,
			buffer([
				[9, 0],
				[5, 0],
				[2, 0],
				[6, 7]
			]),
			null,
			2,
			0,
			rng(),
			scratchFor(10, 4)
		);
		// Candidates by age: 4:0 5:0 2:0 3:3 1:5 6:7; the two oldest (1:5, 6:7) go.
		expect(slots(s, 9)).toEqual([
			[4, 0],
			[5, 0],
			[2, 0],
			[3, 3]
		]);
	});

	it('swapper: drops the entries it just sent', () => {
		const s = fixture();
		const sent = buffer([
			[9, 0],
			[2, 1],
			[1, 5]
		]);
		ageMerge(
			s,
			9,
			buffer([
				[5, 0],
				[6, 0]
			]),
			sent,
			0,
			2,
			rng(),
			scratchFor(10, 4)
		);
		expect(slots(s, 9)).toEqual([
			[4, 0],
			[5, 0],
			[6, 0],
			[3, 3]
		]);
	});

	it('drops nothing when the duplicates leave it at c entries', () => {
		const s = fixture();
		ageMerge(
			s,
			9,
			buffer([
				[3, 9],
				[1, 2]
			]),
			null,
			2,
			2,
			rng(),
			scratchFor(10, 4)
		);
		expect(slots(s, 9)).toEqual([
			[4, 0],
			[2, 1],
			[1, 2],
			[3, 3]
		]);
	});

	it('blind: keeps c of the candidates at random, still in age order', () => {
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
				null,
				0,
				0,
				Rng.stream(`blind${k}`),
				scratchFor(10, 4)
			);
			const view = slots(s, 9);
			expect(view.length).toBe(4);
			expect(view.map((e) => e[1])).toEqual([...view.map((e) => e[1])].sort((a, b) => a - b));
			seen.add(
				view
					.map((e) => e[0])
					.sort()
					.join()
			);
		}
		expect(seen.size).toBeGreaterThan(10);
	});

	it('breaks ties among the oldest at random', () => {
		const dropped = new Set<number>();
		for (let k = 0; k < 30; k++) {
			const s = fixture([
				[4, 0],
				[1, 4],
				[2, 4],
				[3, 4]
			]);
			ageMerge(s, 9, buffer([[5, 0]]), null, 1, 0, Rng.stream(`tie${k}`), scratchFor(10, 4));
			const ids = sortedView(s, 9).map((e) => e[0]);
			expect(ids).toContain(4);
			expect(ids).toContain(5);
			[1, 2, 3].filter((id) => !ids.includes(id)).forEach((id) => dropped.add(id));
		}
		expect([...dropped].sort()).toEqual([1, 2, 3]);
	});

	it('healer and swapper together never overfill, even when a sent entry was dropped as old', () => {
		for (let k = 0; k < 50; k++) {
			const s = fixture([
				[4, 0],
				[2, 1],
				[1, 3],
				[3, 3]
			]);
			// Both tied old entries were sent: whichever is dropped as old must not count twice.
			const sent = buffer([
				[9, 0],
				[1, 3],
				[3, 3]
			]);
			ageMerge(
				s,
				9,
				buffer([
					[5, 0],
					[6, 0],
					[7, 0]
				]),
				sent,
				1,
				2,
				Rng.stream(`hs${k}`),
				scratchFor(10, 4)
			);
			const ids = slots(s, 9).map((e) => e[0]);
			expect(ids.length).toBe(4);
			expect(new Set(ids).size).toBe(4);
		}
	});
});

describe('genericBuffer', () => {
	it('sends itself and k − 1 entries, never the H oldest, in age order', () => {
		const counts = new Map<number, number>();
		for (let k = 0; k < 200; k++) {
			const s = fixture();
			const out = buffer([]);
			out.ids = new Int32Array(8);
			out.ages = new Int32Array(8);
			genericBuffer(s, 9, 3, 1, Rng.stream(`buf${k}`), scratchFor(10, 4), out);
			expect(out.length).toBe(3);
			expect([out.ids[0], out.ages[0]]).toEqual([9, 0]);
			expect(out.ages[1]).toBeLessThanOrEqual(out.ages[2]);
			for (let j = 1; j < 3; j++) counts.set(out.ids[j], (counts.get(out.ids[j]) ?? 0) + 1);
		}
		// Node 1 (age 5) is the oldest and never sent; 4, 2 and 3 each in 2/3 of the buffers.
		expect(counts.has(1)).toBe(false);
		for (const id of [4, 2, 3])
			expect(Math.abs((counts.get(id) ?? 0) / 200 - 2 / 3)).toBeLessThan(0.1);
	});

	it('sends the whole view when the buffer holds it, the oldest included', () => {
		const s = fixture();
		const out = buffer([]);
		out.ids = new Int32Array(8);
		out.ages = new Int32Array(8);
		genericBuffer(s, 9, 5, 5, rng(), scratchFor(10, 4), out);
		expect(Array.from(out.ids.subarray(0, out.length))).toEqual([9, 4, 2, 3, 1]);
		expect(Array.from(out.ages.subarray(0, out.length))).toEqual([0, 0, 1, 3, 5]);
	});

	it('fills the head from the H oldest when the others do not suffice (view.head after the move)', () => {
		const counts = new Map<number, number>();
		for (let k = 0; k < 200; k++) {
			const s = fixture();
			const out = buffer([]);
			out.ids = new Int32Array(8);
			out.ages = new Int32Array(8);
			// H = 3 leaves one young entry (4); the buffer wants 2 more: 4 and one of the 3 oldest.
			genericBuffer(s, 9, 3, 3, Rng.stream(`head${k}`), scratchFor(10, 4), out);
			expect(out.length).toBe(3);
			expect(out.ids[1]).toBe(4);
			counts.set(out.ids[2], (counts.get(out.ids[2]) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual([1, 2, 3]);
		for (const id of [1, 2, 3])
			expect(Math.abs((counts.get(id) ?? 0) / 200 - 1 / 3)).toBeLessThan(0.1);
	});
});

describe('the keep-the-freshest shortcut', () => {
	it("gives the general merge's view and draws, ties of age included", () => {
		const entry = fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 4 }));
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10 }),
				fc.uniqueArray(entry, { selector: (e) => e[0], maxLength: 10 }),
				fc.array(entry, { maxLength: 11 }),
				fc.string(),
				(c, mine, got, seed) => {
					const view = mine
						.filter(([id]) => id !== 29)
						.slice(0, c)
						.sort((a, b) => a[1] - b[1]);
					const run = (shortcut: boolean) => {
						const s = stateWith(
							Array.from({ length: 30 }, (_, v) => (v === 29 ? view : [])),
							{ viewSize: c, merge: 'age' }
						);
						const r = Rng.stream(seed);
						ageMerge(s, 29, buffer(got), null, got.length, 0, r, scratchFor(30, c, 11), shortcut);
						return [slots(s, 29), r.next()];
					};
					expect(run(true)).toEqual(run(false));
				}
			),
			{ numRuns: 500 }
		);
	});
});
