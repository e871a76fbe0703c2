import { describe, expect, it } from 'vitest';
import { clusteringCoefficient, localClustering } from './clustering';
import { csrFromLists, undirected } from './csr';

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
