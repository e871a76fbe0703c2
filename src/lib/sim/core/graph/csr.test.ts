import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csrFromLists, inDegrees, neighbours, undirected } from './csr';

describe('csr', () => {
	it('stores neighbour lists in order and rejects out-of-range nodes', () => {
		const g = csrFromLists([[1, 2], [], [0]]);
		expect(Array.from(g.offsets)).toEqual([0, 2, 2, 3]);
		expect(neighbours(g, 0)).toEqual([1, 2]);
		expect(neighbours(g, 1)).toEqual([]);
		expect(() => csrFromLists([[3]])).toThrow(/outside 0..0/);
	});

	it('counts in-degrees', () => {
		expect(Array.from(inDegrees(csrFromLists([[1, 2], [2], [1]])))).toEqual([0, 2, 2]);
	});

	it('symmetrises without duplicates or self-loops', () => {
		// 0→1 and 1→0 are one edge; 2→2 is dropped; 3 is isolated.
		const g = undirected(csrFromLists([[1], [0, 2], [2, 1], []]));
		expect(neighbours(g, 0)).toEqual([1]);
		expect(neighbours(g, 1).sort()).toEqual([0, 2]);
		expect(neighbours(g, 2)).toEqual([1]);
		expect(neighbours(g, 3)).toEqual([]);
		expect(g.targets.length).toBe(4);
	});

	it('lists each neighbour once, in the documented order: senders before v, its own list, senders after v', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 14 }).chain((n) =>
					fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 7 }), {
						minLength: n,
						maxLength: n
					})
				),
				(lists) => {
					const g = undirected(csrFromLists(lists));
					lists.forEach((own, v) => {
						const senders = (from: number, to: number) =>
							lists.slice(from, to).flatMap((l, i) => l.filter((u) => u === v).map(() => from + i));
						const order = [...senders(0, v), ...own, ...senders(v + 1, lists.length)];
						expect(neighbours(g, v)).toEqual([...new Set(order.filter((u) => u !== v))]);
					});
				}
			),
			{ numRuns: 300 }
		);
	});
});
