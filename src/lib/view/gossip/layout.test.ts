import { describe, expect, it } from 'vitest';
import { failNodes, initGossip, runRounds } from '$lib/sim/gossip';
import { graphData, nodeHash, undirectedPairs } from './graphData';
import { byIdPosition, GraphLayout } from './layout';

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
	it('gives the same positions for the same seed and updates, and starts warm', () => {
		const a = new GraphLayout('x');
		const b = new GraphLayout('x');
		const s = overlay();
		for (const l of [a, b]) l.update(graphData(s), 100, 1);
		runRounds(s, 3);
		const before = a.position(7)!;
		for (const l of [a, b]) l.update(graphData(s), 20, 0.3);
		expect(a.position(7)).toEqual(b.position(7));
		const after = a.position(7)!;
		expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(120);
		expect(new GraphLayout('y').position(7)).toBeUndefined();
	});

	it('keeps failed nodes where they were while views still name them', () => {
		const l = new GraphLayout('x');
		const s = overlay();
		l.update(graphData(s), 50, 1);
		const where = l.position(3)!;
		failNodes(s, [3]);
		l.update(graphData(s), 50, 0.5);
		expect(l.position(3)).toEqual(where);
	});

	it('places nodes by id on a ring or a grid', () => {
		expect(byIdPosition(0, 'ring', 100, 100).x).toBeCloseTo(0);
		expect(byIdPosition(25, 'ring', 100, 100).y).toBeCloseTo(0);
		expect(byIdPosition(11, 'grid', 100, 100)).toEqual({ x: 30, y: 30 });
	});
});
