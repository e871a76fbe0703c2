import { describe, expect, it } from 'vitest';
import { failNodes, initGossip, runRounds } from '$lib/sim/gossip';
import { fitBox, frameAt, inkEdges, topologyOf } from './frame';
import { graphData, nodeHash, undirectedPairs } from './graphData';
import { byIdPosition, onCircle, relax, runStart, stateLayout } from './layout';
import { layoutFor } from './layoutCache';

const overlay = (nodes = 40) => initGossip({ nodes, viewSize: 4, preset: 'cyclon' }, 'g');

describe('graph data', () => {
	it('lists live nodes, view edges, dead links and the failed nodes they name', () => {
		const s = overlay(6);
		failNodes(s, [2]);
		const g = graphData(s);
		expect([...g.nodes]).toEqual([0, 1, 3, 4, 5]);
		expect([...g.ghosts]).toEqual([2]);
		// Ring lattice with c = 4: node 0 knows 1, 5, 2, 4; the entry for 2 is now a dead link.
		expect([...g.edges.subarray(0, 6)]).toEqual([0, 1, 0, 5, 0, 4]);
		expect(g.dead.length / 2).toBe(4);
		expect(undirectedPairs(Int32Array.from([0, 1, 1, 0, 2, 1]))).toEqual(
			Int32Array.from([0, 1, 1, 2])
		);
	});

	it('draws a fixed sample of a large overlay', () => {
		const s = initGossip({ nodes: 5000, viewSize: 3, init: 'random' }, 'big');
		const g = graphData(s);
		expect(g.sampled).toBe(true);
		expect(g.nodes.length).toBeGreaterThan(300);
		expect(g.nodes.length).toBeLessThan(500);
		expect([...g.nodes].every((v) => nodeHash(v) < 400 / 5000)).toBe(true);
		runRounds(s, 1);
		expect(graphData(s).nodes).toEqual(g.nodes);
	});
});

describe('force layout', () => {
	const extent = (m: Map<number, { x: number; y: number }>) => {
		const xs = [...m.values()].map((p) => p.x);
		return Math.max(...xs) - Math.min(...xs);
	};

	it('is a pure function of the run and the state: stepping there or jumping there agree', () => {
		const stepped = overlay();
		const trail = [];
		for (let r = 0; r < 4; r++) {
			trail.push(layoutFor(stepped, graphData(stepped)));
			runRounds(stepped, 1);
		}
		const here = layoutFor(stepped, graphData(stepped));
		const jumped = overlay();
		runRounds(jumped, 4);
		// A fresh computation, not the cache: the same start, the same ticks, the same seeded stream.
		const fresh = stateLayout(jumped, graphData(jumped), runStart(jumped));
		expect([...fresh]).toEqual([...here]);
		expect(trail[0]).not.toEqual(here);
	});

	it('starts every state from the round-0 overlay that the parameters and seed rebuild', () => {
		const s = overlay();
		const g0 = graphData(s);
		const start = runStart(s);
		runRounds(s, 5);
		expect(graphData(initGossip(s.params, s.seed))).toEqual(g0);
		expect(runStart(s)).toEqual(start);
		expect(start.get(7)).toEqual(relax(g0, onCircle(g0.nodes), 'g', 300, 1).get(7));
	});

	it('moves consecutive states only a little, so the picture glides', () => {
		const s = overlay(200);
		const before = layoutFor(s, graphData(s));
		runRounds(s, 1);
		const after = layoutFor(s, graphData(s));
		const moves = [...before].map(([id, p]) =>
			Math.hypot(p.x - after.get(id)!.x, p.y - after.get(id)!.y)
		);
		moves.sort((a, b) => a - b);
		expect(moves[moves.length >> 1] / extent(before)).toBeLessThan(0.1);
	});

	it('keeps failed nodes at their start while views still name them', () => {
		const s = overlay();
		const start = runStart(s);
		failNodes(s, [3]);
		const g = graphData(s);
		expect([...g.ghosts]).toEqual([3]);
		expect(layoutFor(s, g).get(3)).toEqual(start.get(3));
	});

	it('places a node that joined later beside its neighbours', () => {
		const s = overlay();
		const g = graphData(s);
		const start = new Map(runStart(s));
		start.delete(5);
		const at = relax(g, start, 'g', 0, 0.5).get(5)!;
		const mates = [...g.edges].flatMap((v, i) =>
			i % 2 === 0 && v === 5 ? [g.edges[i + 1]] : i % 2 === 1 && v === 5 ? [g.edges[i - 1]] : []
		);
		const mx = mates.reduce((a, v) => a + start.get(v)!.x, 0) / mates.length;
		const my = mates.reduce((a, v) => a + start.get(v)!.y, 0) / mates.length;
		expect(Math.hypot(at.x - mx, at.y - my)).toBeCloseTo(30, 6);
	});

	it('places nodes by id on a ring or a grid', () => {
		expect(byIdPosition(0, 'ring', 100, 100).x).toBeCloseTo(0);
		expect(byIdPosition(25, 'ring', 100, 100).y).toBeCloseTo(0);
		expect(byIdPosition(11, 'grid', 100, 100)).toEqual({ x: 30, y: 30 });
	});
});

describe('edges drawn on a Canvas', () => {
	it('keep the ink of 1,000 nodes with 20 entries each to a quarter of the picture', () => {
		const s = initGossip({ nodes: 1000, viewSize: 20, preset: 'cyclon', init: 'random' }, 'c');
		const g = graphData(s);
		const topo = topologyOf(g);
		const positions = layoutFor(s, g);
		const fit = fitBox(positions.values(), 800, 600, 30);
		const frame = frameAt(topo, positions, positions, fit, fit, 1);
		const { pairs: edges, of } = inkEdges(frame, 800 * 600);
		let ink = 0;
		for (let i = 0; i < edges.length; i += 2)
			ink += Math.hypot(
				frame.xs[edges[i + 1]] - frame.xs[edges[i]],
				frame.ys[edges[i + 1]] - frame.ys[edges[i]]
			);
		expect(ink).toBeLessThanOrEqual(0.25 * 800 * 600);
		expect(edges.length / 2).toBeGreaterThan(500);
		expect(edges.length / 2).toBeLessThan(of);
		expect(of).toBe(undirectedPairs(g.edges).length / 2);
		expect(inkEdges(frame, 800 * 600).pairs).toEqual(edges);
		// A small graph is drawn whole.
		const small = initGossip({ nodes: 30, viewSize: 4, preset: 'cyclon' }, 'c');
		const sg = graphData(small);
		const sp = layoutFor(small, sg);
		const sf = fitBox(sp.values(), 800, 600, 30);
		const sframe = frameAt(topologyOf(sg), sp, sp, sf, sf, 1);
		expect(inkEdges(sframe, 800 * 600).pairs.length).toBe(undirectedPairs(sg.edges).length);
	});
});
