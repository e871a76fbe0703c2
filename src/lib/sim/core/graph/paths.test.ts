import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { csrFromLists, undirected } from './csr';
import { bfs, isCirculant, meanPathLength, pathSources } from './paths';

const graph = (lists: number[][]) => undirected(csrFromLists(lists));
/** The path 0—1—2—3. */
const path4 = graph([[1], [2], [3], []]);
/** A triangle 0,1,2 with a pendant 3 on node 2. */
const paw = graph([[1, 2], [2], [3], []]);
/** The complete graph on 5 nodes. */
const k5 = graph(Array.from({ length: 5 }, (_, v) => [0, 1, 2, 3, 4].filter((u) => u !== v)));

describe('meanPathLength', () => {
	it('is exact on small graphs', () => {
		// Path of 4: distances 1,2,3,1,1,2 over 6 unordered pairs = 10/6.
		expect(meanPathLength(path4)).toEqual({ mean: 10 / 6, sources: 4, pairs: 12 });
		expect(meanPathLength(k5).mean).toBe(1);
		// Paw: 0-1:1 0-2:1 0-3:2 1-2:1 1-3:2 2-3:1 → 8/6.
		expect(meanPathLength(paw).mean).toBeCloseTo(8 / 6, 12);
	});

	it('leaves unreachable pairs out and reports null without pairs', () => {
		const two = graph([[1], [], [3], []]);
		expect(meanPathLength(two)).toEqual({ mean: 1, sources: 4, pairs: 4 });
		expect(meanPathLength(graph([[], []])).mean).toBeNull();
	});

	it('uses the given sources only', () => {
		expect(meanPathLength(path4, [0])).toEqual({ mean: 2, sources: 1, pairs: 3 });
	});

	it('samples distinct sources, or all when few', () => {
		expect(Array.from(pathSources(3, 5, Rng.stream('s')))).toEqual([0, 1, 2]);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 50 }), (n, k) => {
				const s = Array.from(pathSources(n, k, Rng.stream(`${n}/${k}`)));
				expect(s.length).toBe(Math.min(n, k));
				expect(new Set(s).size).toBe(s.length);
				expect(s.every((v) => v >= 0 && v < n)).toBe(true);
			})
		);
	});
});

/** Plain top-down BFS, the reference the direction-optimising one must match. */
function reference(lists: number[][], s: number): number[] {
	const dist = lists.map(() => -1);
	dist[s] = 0;
	const queue = [s];
	for (let h = 0; h < queue.length; h++)
		for (const u of lists[queue[h]])
			if (dist[u] < 0) {
				dist[u] = dist[queue[h]] + 1;
				queue.push(u);
			}
	return dist;
}

describe('bfs', () => {
	it('matches a plain BFS on random graphs, sparse and dense', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 120 }),
				fc.integer({ min: 0, max: 12 }),
				fc.string(),
				(n, k, seed) => {
					const rng = Rng.stream(seed);
					const g = graph(
						Array.from({ length: n }, () => Array.from({ length: k }, () => rng.int(n)))
					);
					const lists = Array.from({ length: n }, (_, v) =>
						Array.from(g.targets.subarray(g.offsets[v], g.offsets[v + 1]))
					);
					const dist = new Int32Array(n);
					const queue = new Int32Array(n);
					const s = rng.int(n);
					const reached = bfs(g, s, dist, queue);
					const want = reference(lists, s);
					expect(Array.from(dist)).toEqual(want);
					expect(reached).toBe(want.filter((d) => d >= 0).length);
				}
			),
			{ numRuns: 200 }
		);
	});
});

/** The undirected graph of n random k-out lists drawn from `rng`. */
const randomGraph = (n: number, k: number, rng: Rng) =>
	graph(Array.from({ length: n }, () => Array.from({ length: k }, () => rng.int(n))));

/** What meanPathLength must give: a plain BFS from each listed source, its distances summed. */
function referenceMean(g: ReturnType<typeof graph>, sources: ArrayLike<number>) {
	const lists = Array.from({ length: g.n }, (_, v) =>
		Array.from(g.targets.subarray(g.offsets[v], g.offsets[v + 1]))
	);
	let total = 0;
	let pairs = 0;
	for (const s of Array.from(sources))
		for (const d of reference(lists, s))
			if (d > 0) {
				total += d;
				pairs++;
			}
	return { mean: pairs > 0 ? total / pairs : null, sources: sources.length, pairs };
}

describe('meanPathLength on random graphs', () => {
	it('is the mean over connected pairs of the plain BFS distances, for any sources', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 90 }),
				fc.integer({ min: 0, max: 6 }),
				fc.integer({ min: 1, max: 90 }),
				fc.string(),
				(n, k, m, seed) => {
					const rng = Rng.stream(seed);
					const g = randomGraph(n, k, rng);
					const sources = pathSources(n, m, rng);
					expect(meanPathLength(g, sources)).toEqual(referenceMean(g, sources));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('counts a source listed twice twice, across batches of 32 searches and both search directions', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 400 }),
				fc.integer({ min: 1, max: 12 }),
				fc.array(fc.nat(), { minLength: 1, maxLength: 100 }),
				fc.string(),
				(n, k, picks, seed) => {
					const g = randomGraph(n, k, Rng.stream(seed));
					const sources = picks.map((p) => p % n);
					expect(meanPathLength(g, sources)).toEqual(referenceMean(g, sources));
				}
			),
			{ numRuns: 200 }
		);
	});
});

/** The ring lattice on n nodes where each node links to the nodes up to `k` steps away each side. */
function ringLattice(n: number, k: number): number[][] {
	return Array.from({ length: n }, (_, v) => {
		const out = new Set<number>();
		for (let d = 1; d <= k; d++) out.add((v + d) % n).add((((v - d) % n) + n) % n);
		out.delete(v);
		return [...out];
	});
}

describe('meanPathLength on circulant graphs (one search for every source)', () => {
	it('tells circulant graphs from others', () => {
		expect(isCirculant(csrFromLists(ringLattice(12, 2)))).toBe(true);
		expect(isCirculant(csrFromLists([[1], [2], [0]]))).toBe(true);
		const cut = ringLattice(12, 2);
		cut[5] = cut[5].slice(1);
		expect(isCirculant(csrFromLists(cut))).toBe(false);
		// Node 1's list has node 0's offsets' count, but one offset twice.
		expect(
			isCirculant(
				csrFromLists([
					[1, 2],
					[2, 2],
					[0, 1]
				])
			)
		).toBe(false);
		expect(
			isCirculant(
				csrFromLists([
					[1, 1],
					[2, 2],
					[0, 0]
				])
			)
		).toBe(false);
		expect(isCirculant(csrFromLists([]))).toBe(false);
	});

	it('gives what the plain BFS from every source gives', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 80 }),
				fc.integer({ min: 1, max: 6 }),
				fc.integer({ min: 1, max: 90 }),
				fc.string(),
				(n, k, m, seed) => {
					const lists = ringLattice(n, k);
					const g = csrFromLists(lists);
					expect(isCirculant(g)).toBe(true);
					const sources = pathSources(n, m, Rng.stream(seed));
					let total = 0;
					let pairs = 0;
					for (const s of sources)
						for (const d of reference(lists, s))
							if (d > 0) {
								total += d;
								pairs++;
							}
					expect(meanPathLength(g, sources)).toEqual({
						mean: pairs > 0 ? total / pairs : null,
						sources: sources.length,
						pairs
					});
				}
			),
			{ numRuns: 200 }
		);
	});
});
