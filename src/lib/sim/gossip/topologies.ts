import type { Rng } from '../core';
import type { GossipState } from './types';
import { LIVE, viewStride } from './types';

/**
 * Starting overlays (all ages 0). Jelasity et al. (2007) start their experiments from a lattice, a
 * star ("everyone knows one node") and a growing overlay; a random one is the T-Man starting point.
 */
export function initTopology(s: GossipState, rng: Rng): void {
	const n = s.params.nodes;
	const c = s.params.viewSize;
	if (s.params.init === 'growing') {
		s.status[0] = LIVE;
		s.live = 1;
		s.growth = 1;
		return;
	}
	s.status.fill(LIVE, 0, n);
	s.live = n;
	for (let v = 0; v < n; v++) {
		const base = v * viewStride(c);
		if (s.params.init === 'ring') {
			// The c nearest by index, alternating sides: v+1, v−1, v+2, v−2, …
			for (let i = 0; i < c; i++) {
				const step = (i >> 1) + 1;
				s.viewIds[base + i] = ((((i & 1) === 0 ? v + step : v - step) % n) + n) % n;
			}
			s.viewLength[v] = c;
		} else if (s.params.init === 'star') {
			if (v !== 0) {
				s.viewIds[base] = 0;
				s.viewLength[v] = 1;
			}
		} else {
			randomView(s, v, rng);
		}
	}
}

/** c distinct nodes other than v, uniformly: rejection while c ≤ N/2, else a partial shuffle. */
function randomView(s: GossipState, v: number, rng: Rng): void {
	const n = s.params.nodes;
	const c = s.params.viewSize;
	const base = v * viewStride(c);
	if (2 * c <= n) {
		let len = 0;
		while (len < c) {
			const u = rng.int(n);
			if (u === v) continue;
			let dup = false;
			for (let i = base; i < base + len; i++) if (s.viewIds[i] === u) dup = true;
			if (!dup) s.viewIds[base + len++] = u;
		}
	} else {
		const pool = Int32Array.from({ length: n - 1 }, (_, i) => (i < v ? i : i + 1));
		for (let i = 0; i < c; i++) {
			const j = i + rng.int(pool.length - i);
			const tmp = pool[i];
			pool[i] = pool[j];
			pool[j] = tmp;
			s.viewIds[base + i] = pool[i];
		}
	}
	s.viewLength[v] = c;
}

/** Nodes the growing topology adds per round: N/100 (the paper adds 100 a cycle up to 10,000). */
export function growthPerRound(nodes: number): number {
	return Math.max(1, Math.round(nodes / 100));
}
