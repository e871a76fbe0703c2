import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { clusteringCoefficient, localClustering } from './clustering';
import { csrFromLists, undirected } from './csr';
import { isCirculant } from './paths';

const graph = (lists: number[][]) => undirected(csrFromLists(lists));
/** The path 0—1—2—3. */
const path4 = graph([[1], [2], [3], []]);
/** A triangle 0,1,2 with a pendant 3 on node 2. */
const paw = graph([[1, 2], [2], [3], []]);
/** The complete graph on 5 nodes. */
const k5 = graph(Array.from({ length: 5 }, (_, v) => [0, 1, 2, 3, 4].filter((u) => u !== v)));

describe('clustering', () => {
	it('is 1 on a complete graph, 0 on a path and 7/12 on the paw', () => {
		expect(clusteringCoefficient(k5)).toBe(1);
		expect(clusteringCoefficient(path4)).toBe(0);
		// Nodes 0 and 1: 1; node 2: 1 link of 3 possible; node 3: degree 1 → 0.
		expect(Array.from(localClustering(paw))).toEqual([1, 1, 1 / 3, 0]);
		expect(clusteringCoefficient(paw)).toBeCloseTo((1 + 1 + 1 / 3) / 4, 12);
	});
});

describe('localClustering on random graphs', () => {
	it('equals the pair-checking definition', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 0, max: 8 }),
				fc.string(),
				(n, k, seed) => {
					const rng = Rng.stream(seed);
					const g = graph(
						Array.from({ length: n }, () => Array.from({ length: k }, () => rng.int(n)))
					);
					const adj = Array.from(
						{ length: n },
						(_, v) => new Set(g.targets.subarray(g.offsets[v], g.offsets[v + 1]))
					);
					const want = adj.map((ns) => {
						const list = [...ns];
						const d = list.length;
						if (d < 2) return 0;
						let links = 0;
						for (let i = 0; i < d; i++)
							for (let j = i + 1; j < d; j++) if (adj[list[i]].has(list[j])) links++;
						return links / ((d * (d - 1)) / 2);
					});
					const got = Array.from(localClustering(g));
					got.forEach((x, v) => expect(x).toBeCloseTo(want[v], 12));
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('clusteringCoefficient on circulant graphs', () => {
	it('is the mean of the general local coefficients, to the bit', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 80 }),
				fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 6 }),
				(n, steps) => {
					// Each node linked to the nodes `steps` away each side (a ring lattice when 1..k).
					const g = graph(
						Array.from({ length: n }, (_, v) =>
							steps.map((d) => (v + d) % n).filter((u) => u !== v)
						)
					);
					expect(isCirculant(g)).toBe(true);
					const local = localClustering(g);
					let sum = 0;
					for (let v = 0; v < n; v++) sum += local[v];
					expect(clusteringCoefficient(g)).toBe(sum / n);
				}
			),
			{ numRuns: 300 }
		);
	});
});
