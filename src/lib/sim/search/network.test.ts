import { describe, expect, it } from 'vitest';
import { keyFromName, ringDistance } from '../core';
import { connectedComponents } from '../core/graph';
import { liveRoot } from '../pastry';
import { distanceToRegion } from './interest';
import { buildNetwork, copiesOf, degreeOf, withAllocation } from './network';
import { resolveSearchParams } from './method-params';
import { resolveNetworkSpec, type NetworkOptions } from './params';
import type { SearchNetwork } from './types';

const holdersOf = (net: SearchNetwork, o: number) =>
	Array.from(net.holders.targets.subarray(net.holders.offsets[o], net.holders.offsets[o + 1]));

describe('parameters', () => {
	const ok: NetworkOptions = { overlay: 'random', nodes: 100, seed: '1' };
	it.each([
		[{ ...ok, nodes: 1 }, 'N (the number of nodes) must be an integer from 2 to 100000, got 1'],
		[{ ...ok, replication: 0 }, 'the replication ratio R must be above 0 and at most 1, got 0'],
		[{ ...ok, replication: 1.5 }, 'the replication ratio R must be above 0 and at most 1, got 1.5'],
		[{ ...ok, degree: 100 }, 'the mean degree D must be a number from 1 to 64 (below N), got 100'],
		[
			{ ...ok, overlay: 'gossip', degree: 3 },
			'gossip builds mean degree D = 2c from view size c: give an even D, got 3'
		],
		[{ ...ok, overlay: 'pastry', degree: 4 }, 'the degree does not apply to pastry'],
		[{ ...ok, placement: 'key' }, 'key placement needs a DHT (--overlay pastry)'],
		[{ ...ok, rounds: 5 }, 'gossip rounds apply to the gossip and tman overlays, not to random'],
		[{ ...ok, zipfAlpha: 1 }, 'the Zipf exponent α applies to zipf popularity, not to uniform'],
		[
			{ ...ok, popularity: 'zipf', zipfAlpha: -1 },
			'the Zipf exponent α must be a number from 0 to 4, got -1'
		],
		[
			{ ...ok, allocation: 'square' as 'uniform' },
			'unknown allocation "square"; try one of: uniform, proportional, square-root'
		],
		[
			{ ...ok, overlay: 'bus' as 'random' },
			'unknown overlay "bus"; try one of: random, gossip, pastry, tman'
		]
	] as const)('refuses %o', (options, message) => {
		expect(() => resolveNetworkSpec(options)).toThrow(message);
	});

	it('refuses a method the overlay cannot run, and a TTL below 1', () => {
		expect(() => resolveSearchParams('random', { method: 'dht' })).toThrow(
			'a DHT lookup routes by key through Pastry’s routing tables'.replace('’', "'")
		);
		expect(() => resolveSearchParams('gossip', { method: 'greedy' })).toThrow('(the tman overlay)');
		expect(() => resolveSearchParams('random', { method: 'flood', ttl: 0 })).toThrow(
			'the TTL must be an integer from 1 to 32, got 0'
		);
		expect(() => resolveSearchParams('random', { method: 'walk', walkers: 0 })).toThrow(
			'walkers k'
		);
	});

	it('lowers the default degree on tiny networks', () => {
		expect(resolveNetworkSpec({ overlay: 'random', nodes: 3, seed: '' }).degree).toBe(2);
		expect(resolveNetworkSpec({ overlay: 'tman', nodes: 5, seed: '' })).toMatchObject({
			degree: 4,
			randomLinks: 2
		});
	});
});

describe('overlays', () => {
	it('random: connected, mean degree D plus the few bridges, reproducible', () => {
		const net = buildNetwork({ overlay: 'random', nodes: 2000, degree: 4, seed: 'g' });
		expect(connectedComponents(net.graph).count).toBe(1);
		expect(net.meanDegree).toBeGreaterThanOrEqual(4);
		// About e^-4 ≈ 2% of the nodes are isolated before bridging: one edge each.
		expect(net.meanDegree).toBeLessThan(4 + 2 * 0.04);
		expect(buildNetwork({ overlay: 'random', nodes: 2000, degree: 4, seed: 'g' })).toEqual(net);
	});

	it('gossip: Cyclon views of c = D/2 give mean degree about D and no isolated node', () => {
		const net = buildNetwork({ overlay: 'gossip', nodes: 400, degree: 4, rounds: 20, seed: 'g' });
		expect(net.meanDegree).toBeGreaterThan(3.8);
		expect(net.meanDegree).toBeLessThanOrEqual(4);
		for (let v = 0; v < net.n; v++) expect(degreeOf(net, v)).toBeGreaterThanOrEqual(2);
	});

	it('tman: most links join nodes with close interests', () => {
		const net = buildNetwork({ overlay: 'tman', nodes: 400, degree: 8, randomLinks: 0, seed: 't' });
		const { offsets, targets } = net.graph;
		let close = 0;
		for (let v = 0; v < net.n; v++)
			for (let i = offsets[v]; i < offsets[v + 1]; i++) {
				const u = targets[i];
				const cell = {
					x0: u % net.width,
					x1: u % net.width,
					y0: Math.floor(u / net.width),
					y1: Math.floor(u / net.width)
				};
				if (distanceToRegion(net.width, v, cell) <= 3) close++;
			}
		expect(close / targets.length).toBeGreaterThan(0.9);
	});
});

describe('replication', () => {
	it('uniform: r distinct holders per object, r = R·N', () => {
		const net = buildNetwork({
			overlay: 'random',
			nodes: 500,
			replication: 0.02,
			objects: 30,
			seed: 'u'
		});
		expect(net.replicas).toBe(10);
		for (let o = 0; o < 30; o++) expect(new Set(holdersOf(net, o)).size).toBe(10);
	});

	it('interest: the holders are the nodes closest to the object’s cell', () => {
		const net = buildNetwork({
			overlay: 'tman',
			nodes: 400,
			replication: 0.05,
			objects: 10,
			seed: 'i'
		});
		for (const o of net.objects) {
			const cell = { x0: o.cell.x, x1: o.cell.x, y0: o.cell.y, y1: o.cell.y };
			const holders = new Set(holdersOf(net, o.index));
			const far = Math.max(...[...holders].map((v) => distanceToRegion(net.width, v, cell)));
			for (let v = 0; v < net.n; v++)
				if (!holders.has(v))
					expect(distanceToRegion(net.width, v, cell)).toBeGreaterThanOrEqual(far);
		}
	});

	it('key: the root of SHA-1(name) first, then the numerically closest nodes', () => {
		const net = buildNetwork({
			overlay: 'pastry',
			nodes: 300,
			replication: 0.01,
			objects: 10,
			seed: 'k'
		});
		const overlay = net.pastry;
		if (!overlay) throw new Error('pastry expected');
		for (const o of net.objects) {
			const key = keyFromName(o.name, overlay.space);
			const holders = holdersOf(net, o.index);
			expect(holders[0]).toBe(liveRoot(overlay, key));
			const far = Math.max(...holders.map((h) => ringDistance(key, overlay.ids[h], overlay.space)));
			for (let h = 0; h < net.n; h++)
				if (!holders.includes(h))
					expect(ringDistance(key, overlay.ids[h], overlay.space)).toBeGreaterThanOrEqual(far);
		}
	});
});

describe('allocations and popularity', () => {
	const zipf: NetworkOptions = {
		overlay: 'random',
		nodes: 500,
		seed: 'z',
		replication: 0.02,
		popularity: 'zipf',
		zipfAlpha: 1.2
	};

	it('share the same budget of objects × R·N copies, more of them to popular objects', () => {
		const counts = (allocation: 'uniform' | 'proportional' | 'square-root') => {
			const net = buildNetwork({ ...zipf, allocation });
			return net.objects.map((o) => copiesOf(net, o.index));
		};
		const sum = (c: number[]) => c.reduce((a, b) => a + b, 0);
		const [u, p, s] = [counts('uniform'), counts('proportional'), counts('square-root')];
		expect([sum(u), sum(p), sum(s)]).toEqual([1000, 1000, 1000]);
		expect(new Set(u)).toEqual(new Set([10]));
		// Object 0 is the most popular: proportional gives it the most, square root fewer.
		expect(p[0]).toBeGreaterThan(s[0]);
		expect(s[0]).toBeGreaterThan(u[0]);
		expect(p[99]).toBeLessThan(s[99]);
		expect(s[99]).toBeLessThan(u[99]);
	});

	it('withAllocation gives exactly what building with that allocation gives', () => {
		const base = buildNetwork(zipf);
		for (const allocation of ['proportional', 'square-root'] as const) {
			const built = buildNetwork({ ...zipf, allocation });
			const moved = withAllocation(base, allocation);
			expect(moved.spec).toEqual(built.spec);
			expect(moved.holders).toEqual(built.holders);
			expect(moved.holdings).toEqual(built.holdings);
			expect(moved.graph).toBe(base.graph);
		}
	});

	it('every node holding an object is one of its holders, and holders are distinct', () => {
		const net = buildNetwork({ ...zipf, allocation: 'proportional' });
		for (const o of net.objects) {
			const h = holdersOf(net, o.index);
			expect(new Set(h).size).toBe(h.length);
			for (const v of h) {
				const { offsets, targets } = net.holdings;
				expect(Array.from(targets.subarray(offsets[v], offsets[v + 1]))).toContain(o.index);
			}
		}
		expect(net.holdings.targets.length).toBe(net.totalReplicas);
	});
});
