import {
	forceCenter,
	forceLink,
	forceManyBody,
	forceSimulation,
	type SimulationNodeDatum
} from 'd3-force';
import { Rng } from '$lib/sim/core';
import type { SearchNetwork } from '$lib/sim/search';

/** Node positions in the unit square, one pair per node: x at 2v, y at 2v + 1. */
export type Layout = Float64Array;

const cache = new WeakMap<SearchNetwork, Layout>();

/**
 * Where to draw each node of a search network, computed once per network (networks are read-only):
 * the weakly structured overlay on its interest grid (so greedy routes visibly cross it), Pastry on
 * its identifier ring, and unstructured overlays by a seeded d3-force layout, created stopped and
 * ticked a fixed number of times (up to {@link FORCE_UP_TO} nodes; on a disc above), so the same
 * network is always drawn the same way.
 */
export function layoutOf(network: SearchNetwork): Layout {
	let layout = cache.get(network);
	if (!layout) {
		layout = compute(network);
		cache.set(network, layout);
	}
	return layout;
}

function compute(network: SearchNetwork): Layout {
	const n = network.n;
	const out = new Float64Array(2 * n);
	const overlay = network.spec.overlay;
	if (overlay === 'tman') {
		for (let v = 0; v < n; v++) {
			out[2 * v] = ((v % network.width) + 0.5) / network.width;
			out[2 * v + 1] = (Math.floor(v / network.width) + 0.5) / network.height;
		}
		return out;
	}
	if (overlay === 'pastry') {
		for (let v = 0; v < n; v++) {
			const a = -Math.PI / 2 + (2 * Math.PI * v) / n;
			out[2 * v] = 0.5 + 0.47 * Math.cos(a);
			out[2 * v + 1] = 0.5 + 0.47 * Math.sin(a);
		}
		return out;
	}
	return n <= FORCE_UP_TO ? forceLayout(network, out) : discLayout(network, out);
}

/** Above this many nodes an unstructured overlay is laid out on a disc instead of by forces. */
export const FORCE_UP_TO = 1000;

/**
 * A large unstructured overlay on a disc: nodes in breadth-first order from node 0 along Vogel's
 * sunflower spiral, so the disc is evenly filled and hop distance from node 0 grows outward (a force
 * layout of a random graph is a blob anyway, and at 10,000 nodes it would take a minute).
 */
function discLayout(network: SearchNetwork, out: Layout): Layout {
	const n = network.n;
	const { offsets, targets } = network.graph;
	const order = new Int32Array(n);
	const seen = new Uint8Array(n);
	let head = 0;
	let tail = 0;
	for (let root = 0; root < n; root++) {
		if (seen[root]) continue;
		seen[root] = 1;
		order[tail++] = root;
		while (head < tail) {
			const v = order[head++];
			for (let i = offsets[v]; i < offsets[v + 1]; i++)
				if (!seen[targets[i]]) {
					seen[targets[i]] = 1;
					order[tail++] = targets[i];
				}
		}
	}
	const golden = Math.PI * (3 - Math.sqrt(5));
	for (let i = 0; i < n; i++) {
		const r = 0.47 * Math.sqrt((i + 0.5) / n);
		out[2 * order[i]] = 0.5 + r * Math.cos(i * golden);
		out[2 * order[i] + 1] = 0.5 + r * Math.sin(i * golden);
	}
	return out;
}

function forceLayout(network: SearchNetwork, out: Layout): Layout {
	const n = network.n;
	const rng = Rng.stream(network.spec.seed, 'search/layout');
	const nodes: SimulationNodeDatum[] = Array.from({ length: n }, () => ({
		x: rng.next(),
		y: rng.next()
	}));
	const links: { source: number; target: number }[] = [];
	const { offsets, targets } = network.graph;
	for (let v = 0; v < n; v++)
		for (let i = offsets[v]; i < offsets[v + 1]; i++)
			if (v < targets[i]) links.push({ source: v, target: targets[i] });
	const sim = forceSimulation(nodes)
		.randomSource(() => rng.next())
		.force('link', forceLink(links).distance(1).strength(0.6))
		.force('charge', forceManyBody().strength(-6).distanceMax(60))
		.force('center', forceCenter(0, 0))
		.stop();
	sim.tick(Math.min(300, 60 + Math.round(40000 / Math.max(1, n))));
	let x0 = Infinity;
	let x1 = -Infinity;
	let y0 = Infinity;
	let y1 = -Infinity;
	for (const d of nodes) {
		x0 = Math.min(x0, d.x as number);
		x1 = Math.max(x1, d.x as number);
		y0 = Math.min(y0, d.y as number);
		y1 = Math.max(y1, d.y as number);
	}
	const span = Math.max(x1 - x0, y1 - y0) || 1;
	nodes.forEach((d, v) => {
		out[2 * v] =
			0.02 + (0.96 * ((d.x as number) - x0)) / span + (0.96 * (span - (x1 - x0))) / span / 2;
		out[2 * v + 1] =
			0.02 + (0.96 * ((d.y as number) - y0)) / span + (0.96 * (span - (y1 - y0))) / span / 2;
	});
	return out;
}
