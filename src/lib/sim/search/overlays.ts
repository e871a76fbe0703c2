import { Rng } from '../core';
import { connectedComponents, csrFromLists, undirected, type Csr } from '../core/graph';
import { initGossip, liveGraph, runRounds } from '../gossip';
import { NONE, statisticsOverlay, type ConvergedOverlay } from '../pastry';

/**
 * An Erdős–Rényi random graph G(N, M) with M = round(N·D/2) distinct undirected edges drawn
 * uniformly, then made connected: each component other than the largest gets one edge from a random
 * member to a random node of the largest (at D = 4 about 2% of the nodes are isolated before that;
 * Lv et al. 2002 search the giant component of their "Random" graph instead).
 */
export function randomGraph(n: number, degree: number, rng: Rng): Csr {
	const m = Math.min(Math.round((n * degree) / 2), (n * (n - 1)) / 2);
	const seen = new Set<number>();
	const lists: number[][] = Array.from({ length: n }, () => []);
	while (seen.size < m) {
		const a = rng.int(n);
		const b = rng.int(n);
		if (a === b) continue;
		const key = a < b ? a * n + b : b * n + a;
		if (seen.has(key)) continue;
		seen.add(key);
		lists[a].push(b);
	}
	const g = undirected(csrFromLists(lists));
	const { labels, count } = connectedComponents(g);
	if (count <= 1) return g;
	const members: number[][] = Array.from({ length: count }, () => []);
	for (let v = 0; v < n; v++) members[labels[v]].push(v);
	let giant = 0;
	for (let c = 1; c < count; c++) if (members[c].length > members[giant].length) giant = c;
	for (let c = 0; c < count; c++)
		if (c !== giant) lists[rng.pick(members[c])].push(rng.pick(members[giant]));
	return undirected(csrFromLists(lists));
}

/**
 * The undirected who-knows-who graph of Cyclon (Voulgaris, Gavidia & van Steen 2005) with view size
 * c after `rounds` rounds from a ring lattice: a random-like graph of mean degree about 2c with no
 * isolated node (every node keeps c out-links).
 */
export function gossipGraph(n: number, viewSize: number, rounds: number, seed: string): Csr {
	const s = initGossip({ nodes: n, viewSize, preset: 'cyclon' }, `${seed}/search/gossip`);
	runRounds(s, rounds);
	return undirected(liveGraph(s).graph);
}

/**
 * The weakly structured overlay: T-Man (Jelasity, Montresor & Babaoglu 2009) with view size c,
 * ranking peers by the distance of their interest cells (the gossip grid target), after `rounds`
 * rounds from a random overlay; so nodes with similar interests become neighbours. With
 * `randomLinks` > 0 the union with a Cyclon view of that size is taken, the two layers of Vicinity
 * (Voulgaris & van Steen 2005), which adds long links across the interest space.
 */
export function tmanGraph(
	n: number,
	viewSize: number,
	rounds: number,
	randomLinks: number,
	seed: string
): Csr {
	const s = initGossip(
		{ nodes: n, viewSize, preset: 'tman', target: 'grid' },
		`${seed}/search/tman`
	);
	runRounds(s, rounds);
	const semantic = liveGraph(s).graph;
	if (randomLinks === 0) return undirected(semantic);
	const r = initGossip(
		{ nodes: n, viewSize: randomLinks, preset: 'cyclon', init: 'random' },
		`${seed}/search/vicinity`
	);
	runRounds(r, rounds);
	const random = liveGraph(r).graph;
	const lists = Array.from({ length: n }, (_, v) => [
		...semantic.targets.subarray(semantic.offsets[v], semantic.offsets[v + 1]),
		...random.targets.subarray(random.offsets[v], random.offsets[v + 1])
	]);
	return undirected(csrFromLists(lists));
}

/**
 * A converged Pastry network (b = 4, |L| = 16, the paper's §3 setting, built as the Pastry
 * statistics build it) and the undirected graph of who knows whom through leaf sets and routing
 * tables, on which a flood or a walker can travel.
 */
export function pastryNetwork(n: number, seed: string): { overlay: ConvergedOverlay; graph: Csr } {
	const overlay = statisticsOverlay({ nodes: n, lookups: 1, seed: `${seed}/search/pastry` });
	const lists: number[][] = [];
	for (let h = 0; h < n; h++) {
		const known: number[] = [];
		for (const side of [0, 1] as const)
			for (let i = 0; i < overlay.leafCount(h, side); i++) known.push(overlay.leafAt(h, side, i));
		for (let r = 0; r < overlay.tableRows(h); r++)
			for (let c = 0; c < overlay.columns; c++) {
				const e = overlay.entry(h, r, c);
				if (e !== NONE) known.push(e);
			}
		lists.push(known);
	}
	return { overlay, graph: undirected(csrFromLists(lists)) };
}
