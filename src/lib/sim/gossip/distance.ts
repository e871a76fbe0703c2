import type { GossipState, Target } from './types';
import { LIVE } from './types';

/** A ranking distance between two nodeIds: smaller is closer. */
export type Distance = (a: number, b: number) => number;

/** Width of the 2-D grid target for N initial nodes: nodeId v sits at (v mod w, ⌊v / w⌋). */
export function gridWidth(nodes: number): number {
	return Math.ceil(Math.sqrt(nodes));
}

/**
 * The ranking distance of T-Man's target topology (Jelasity, Montresor & Babaoglu 2009, "ranking
 * function"), by nodeId: ring = circular |a − b| over the nodeIds allocated so far; line = |a − b|;
 * grid = Manhattan distance of the grid positions.
 */
export function targetDistance(target: Target, s: Readonly<GossipState>): Distance {
	switch (target) {
		case 'ring': {
			const m = s.size;
			return (a, b) => {
				const d = a > b ? a - b : b - a;
				return d < m - d ? d : m - d;
			};
		}
		case 'line':
			return (a, b) => (a > b ? a - b : b - a);
		case 'grid': {
			const w = gridWidth(s.params.nodes);
			return (a, b) =>
				Math.abs((a % w) - (b % w)) + Math.abs(Math.floor(a / w) - Math.floor(b / w));
		}
	}
}

/**
 * The target's neighbours of every live node, over live nodes only: ring and line link each live
 * node to the previous and next live nodeId (the ring wraps around); the grid links a node to the
 * live nodes left, right, above and below it. `lists[v]` is empty for nodes that are not live.
 */
export function targetNeighbours(target: Target, s: Readonly<GossipState>): number[][] {
	const lists: number[][] = Array.from({ length: s.size }, () => []);
	const alive: number[] = [];
	for (let v = 0; v < s.size; v++) if (s.status[v] === LIVE) alive.push(v);
	if (target === 'grid') {
		const w = gridWidth(s.params.nodes);
		const ok = (u: number) => u >= 0 && u < s.size && s.status[u] === LIVE;
		for (const v of alive) {
			const x = v % w;
			if (x > 0 && ok(v - 1)) lists[v].push(v - 1);
			if (x < w - 1 && ok(v + 1)) lists[v].push(v + 1);
			if (ok(v - w)) lists[v].push(v - w);
			if (ok(v + w)) lists[v].push(v + w);
		}
		return lists;
	}
	const m = alive.length;
	for (let i = 0; i < m; i++) {
		const v = alive[i];
		const wrap = target === 'ring';
		const prev = i > 0 ? alive[i - 1] : wrap ? alive[m - 1] : -1;
		const next = i < m - 1 ? alive[i + 1] : wrap ? alive[0] : -1;
		if (prev >= 0 && prev !== v) lists[v].push(prev);
		if (next >= 0 && next !== v && next !== prev) lists[v].push(next);
	}
	return lists;
}
