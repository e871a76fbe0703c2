import { describe, expect, it } from 'vitest';
import { Rng } from './rng';
import seedrandom from 'seedrandom';

const draw = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
	it('gives the same numbers for the same seed and stream name', () => {
		expect(draw(Rng.stream('7', 'ring'), 5)).toEqual(draw(Rng.stream('7', 'ring'), 5));
		expect(draw(Rng.stream('7', 'ring'), 5)).not.toEqual(draw(Rng.stream('7', 'join'), 5));
		expect(draw(Rng.stream('7'), 5)).not.toEqual(draw(Rng.stream('8'), 5));
	});

	it('resumes exactly from a saved state', () => {
		const a = Rng.stream('seed');
		draw(a, 17);
		const saved = a.state();
		const expected = draw(a, 10);
		expect(draw(Rng.fromState(saved), 10)).toEqual(expected);
		const b = Rng.stream('seed');
		draw(b, 3);
		const c = b.clone();
		expect(draw(c, 8)).toEqual(draw(b, 8));
	});

	it('draws integers, bits, picks, shuffles and samples within range', () => {
		const rng = Rng.stream('x');
		for (let i = 0; i < 1000; i++) {
			const v = rng.int(7);
			expect(Number.isInteger(v) && v >= 0 && v < 7).toBe(true);
			const w = rng.bits(48);
			expect(Number.isInteger(w) && w >= 0 && w < 2 ** 48).toBe(true);
		}
		const items = [1, 2, 3, 4, 5, 6];
		expect(rng.shuffle(items.slice()).sort()).toEqual(items);
		const s = rng.sample(items, 4);
		expect(new Set(s).size).toBe(4);
		expect(s.every((x) => items.includes(x))).toBe(true);
		expect(() => rng.pick([])).toThrow(RangeError);
	});

	it('uses the high bits of wide draws', () => {
		const rng = Rng.stream('wide');
		const highs = new Set(Array.from({ length: 64 }, () => Math.floor(rng.bits(52) / 2 ** 48)));
		expect(highs.size).toBeGreaterThan(8);
	});
});

describe('Rng steps Alea itself', () => {
	it('draws exactly what seedrandom.alea draws, and saves the same state', () => {
		const ref = seedrandom.alea('7/gossip/exchange', { state: true });
		const rng = Rng.stream('7', 'gossip/exchange');
		for (let i = 0; i < 10_000; i++) expect(rng.next()).toBe(ref());
		expect(rng.state()).toEqual(ref.state());
		const high = Math.floor(ref() * 2 ** 20);
		expect(rng.bits(52)).toBe(high * 2 ** 32 + (ref.int32() >>> 0));
		const copy = Rng.fromState(rng.state());
		expect(copy.next()).toBe(ref());
	});

	it('samplePrefix is a Fisher–Yates prefix with int(to − a) per position, copied out, and leaves the stream where int would', () => {
		for (const [from, to, count, at] of [
			[3, 20, 7, 1],
			[0, 5, 5, 0],
			[2, 9, 0, 4],
			[10, 11, 1, 2]
		]) {
			const ids = Int32Array.from({ length: 24 }, (_, i) => 100 + i);
			const ages = Int32Array.from({ length: 24 }, (_, i) => i * 3);
			const refIds = ids.slice();
			const refAges = ages.slice();
			const rng = Rng.stream('sample', `${from}/${to}`);
			const ref = rng.clone();
			const outIds = new Int32Array(24).fill(-1);
			const outAges = new Int32Array(24).fill(-1);
			rng.samplePrefix(ids, ages, from, to, count, outIds, outAges, at);
			for (let a = from; a < from + count; a++) {
				const b = a + ref.int(to - a);
				[refIds[a], refIds[b]] = [refIds[b], refIds[a]];
				[refAges[a], refAges[b]] = [refAges[b], refAges[a]];
			}
			expect([...ids]).toEqual([...refIds]);
			expect([...ages]).toEqual([...refAges]);
			expect([...outIds.subarray(at, at + count)]).toEqual([
				...refIds.subarray(from, from + count)
			]);
			expect([...outAges.subarray(at, at + count)]).toEqual([
				...refAges.subarray(from, from + count)
			]);
			expect(outIds[at + count]).toBe(-1);
			expect(rng.next()).toBe(ref.next());
		}
	});
});
