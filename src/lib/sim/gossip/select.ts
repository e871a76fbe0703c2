import type { Rng } from '../core';
import type { Distance } from './distance';
import type { Scratch } from './scratch';
import { viewStride, type GossipState } from './types';

/**
 * The active thread's peer selection (Jelasity et al. 2007, selectPeer): returns the slot in node
 * v's view of the chosen peer, -1 for an empty view.
 * - `random`: a uniformly random entry ("rand").
 * - `oldest`: the entry of highest age ("tail"; Cyclon's rule), ties broken uniformly.
 * - `closest`: uniformly among the ψ entries closest to v under `distance` (T-Man's selectPeer; ties
 *   in distance go to the smaller nodeId). Always taking the single closest freezes the exchanges
 *   into small groups (DESIGN.md), hence ψ.
 */
export function selectPeer(
	s: Readonly<GossipState>,
	v: number,
	rng: Rng,
	distance: Distance | null,
	sc: Scratch
): number {
	const c = s.params.viewSize;
	const base = v * viewStride(c);
	const len = s.viewLength[v];
	if (len === 0) return -1;
	switch (s.params.peerSelection) {
		case 'random':
			return rng.int(len);
		case 'oldest': {
			// One pass: the slots of the highest age so far, in slot order; the draw picks among them.
			const ages = s.viewAges;
			const tied = sc.index;
			let bestAge = -1;
			let ties = 0;
			for (let i = 0; i < len; i++) {
				const a = ages[base + i];
				if (a > bestAge) {
					bestAge = a;
					ties = 0;
				}
				if (a === bestAge) tied[ties++] = i;
			}
			return tied[ties > 1 ? rng.int(ties) : 0];
		}
		case 'closest': {
			const d = distance as Distance;
			const { dist, index: idx } = sc;
			const ids = s.viewIds;
			for (let i = 0; i < len; i++) {
				dist[i] = d(v, ids[base + i]);
				idx[i] = i;
			}
			const psi = Math.min(s.params.psi, len);
			// Partial selection sort by (distance, nodeId): the ψ closest slots move to the front.
			for (let k = 0; k < psi; k++) {
				let m = k;
				for (let i = k + 1; i < len; i++) {
					const a = idx[i];
					const b = idx[m];
					if (dist[a] < dist[b] || (dist[a] === dist[b] && ids[base + a] < ids[base + b])) m = i;
				}
				const t = idx[k];
				idx[k] = idx[m];
				idx[m] = t;
			}
			return idx[rng.int(psi)];
		}
	}
}
