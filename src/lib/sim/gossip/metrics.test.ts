import { describe, expect, it } from 'vitest';
import { randomGraphReference } from '../core/graph';
import fc from 'fast-check';
import { targetNeighbours } from './distance';
import { liveGraph, metricsInput } from './liveGraph';
import { gossipMetrics } from './metrics';
import { targetEdgesFound } from './target';
import { runRounds } from './round';
import { initGossip } from './state';
import { stateWith } from './testing';
import { viewIdsOf } from './view';
import { DEAD } from './types';

/** Live 0..3 (4 is dead): 0→1, 0→2, 1→0, 1→4, 2→3, 3→4. */
const fixture = () => {
	const s = stateWith(
		[
			[
				[1, 0],
				[2, 0]
			],
			[
				[0, 0],
				[4, 0]
			],
			[[3, 0]],
			[[4, 0]],
			[[0, 0]]
		],
		{ viewSize: 2, target: 'ring' }
	);
	s.status[4] = DEAD;
	s.live = 4;
	return s;
};

describe('gossipMetrics', () => {
	it('measures a tiny overlay exactly', () => {
		const m = gossipMetrics(fixture());
		expect(m.live).toBe(4);
		expect(m.inDegree).toEqual({ mean: 1, sd: 0, min: 1, max: 1, histogram: [0, 4] });
		// Undirected: the path 1—0—2—3.
		expect(m.clustering).toBe(0);
		expect(m.pathLength).toBeCloseTo(10 / 6, 12);
		expect(m.pathLengthSources).toBe(4);
		expect([m.components, m.largestComponent]).toEqual([1, 4]);
		expect(m.deadLinks).toBeCloseTo(2 / 6, 12);
		// Ring over live 0..3: 0 has 1, 1 has 0, 2 has 3; 5 of the 8 pairs are missing.
		expect(m.targetEdgesFound).toBe(3 / 8);
	});

	it('re-indexes live nodes and skips the expensive parts on request', () => {
		const s = fixture();
		s.status[1] = DEAD;
		s.live = 3;
		const g = liveGraph(s);
		expect(Array.from(g.nodeIds)).toEqual([0, 2, 3]);
		expect([g.entries, g.dead]).toEqual([4, 2]);
		const m = gossipMetrics(s, { pathSources: 0, clustering: false });
		expect([m.pathLength, m.pathLengthSources, m.clustering]).toEqual([null, 0, null]);
		expect([m.components, m.largestComponent]).toEqual([1, 3]);
		expect(targetEdgesFound(initGossip({ nodes: 5, viewSize: 2 }, 'x'))).toBeNull();
	});

	it('samples path sources from a stream of the round, without touching the run', () => {
		const s = initGossip({ nodes: 300, viewSize: 6, preset: 'cyclon' }, 'sample');
		runRounds(s, 3);
		const before = s.rng.exchange.state();
		const a = gossipMetrics(s, { pathSources: 20 });
		expect(a.pathLengthSources).toBe(20);
		expect(gossipMetrics(s, { pathSources: 20 })).toEqual(a);
		expect(s.rng.exchange.state()).toEqual(before);
	});

	it('sees Cyclon leave the ring lattice for a random-like graph', () => {
		const s = initGossip({ nodes: 400, viewSize: 8, preset: 'cyclon' }, 'converge');
		const start = gossipMetrics(s);
		runRounds(s, 30);
		const end = gossipMetrics(s);
		const ref = randomGraphReference(400, 8);
		expect(start.clustering).toBeGreaterThan(0.5);
		expect(end.clustering as number).toBeLessThan(2 * ref.clustering);
		expect(end.pathLength as number).toBeLessThan(1.2 * (ref.pathLength as number));
		expect(end.inDegree.sd).toBeLessThan(ref.inDegreeSd);
	});
});

describe('metricsInput', () => {
	it('copies the views compactly, c slots a node, and measures what the state measures', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('cyclon', 'newscast', 'tman') as fc.Arbitrary<
					'cyclon' | 'newscast' | 'tman'
				>,
				fc.integer({ min: 0, max: 6 }),
				fc.integer({ min: 0, max: 1000 }),
				(preset, rounds, seed) => {
					const s = initGossip(
						{ nodes: 80, viewSize: 6, preset, churn: 0.05, failure: { fraction: 0.3, round: 2 } },
						`input-${seed}`
					);
					runRounds(s, rounds);
					const input = metricsInput(s);
					expect(input.viewIds.length).toBe(s.size * 6);
					expect(input.stride).toBe(6);
					expect(gossipMetrics(input)).toEqual(gossipMetrics(s));
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe('targetEdgesFound', () => {
	it('counts the pairs of targetNeighbours found in the views, after failures too', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 40 }),
				fc.constantFrom('ring', 'line', 'grid' as const),
				fc.constantFrom(0, 0.3, 0.9),
				fc.string({ maxLength: 4 }),
				(nodes, target, fail, seed) => {
					const c = Math.min(4, nodes - 1);
					const s = initGossip(
						{ nodes, viewSize: c, preset: 'tman', target, failure: { fraction: fail, round: 1 } },
						seed
					);
					runRounds(s, 2);
					const lists = targetNeighbours(target, s);
					let total = 0;
					let found = 0;
					lists.forEach((ns, v) => {
						const view = new Set(viewIdsOf(s, v));
						total += ns.length;
						found += ns.filter((u) => view.has(u)).length;
					});
					expect(targetEdgesFound(s)).toBe(total === 0 ? 1 : found / total);
				}
			),
			{ numRuns: 200 }
		);
	});
});
