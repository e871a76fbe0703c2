import type { Rng } from '../core';
import type { Distance } from './distance';
import { nextStamp, sortByDistance, type Buffer, type Scratch } from './scratch';
import type { GossipState } from './types';
import { LIVE, viewStride } from './types';

/**
 * Building the buffer a thread sends. `k` is the buffer size (see `bufferSize`), the sender's fresh
 * descriptor (age 0) included where the protocol adds one.
 */

function start(out: Buffer, self: number, withSelf: boolean): void {
	out.length = 0;
	out.sent = 0;
	if (withSelf) {
		out.ids[0] = self;
		out.ages[0] = 0;
		out.length = 1;
	}
}

/**
 * Cyclon (Voulgaris et al. 2005, enhanced shuffling): `count` random entries move to the front of
 * the view and are sent; the active side sends its fresh descriptor in place of the peer's entry
 * (removed by the caller), the passive side sends view entries only.
 */
export function swapBuffer(
	s: GossipState,
	v: number,
	count: number,
	withSelf: boolean,
	rng: Rng,
	out: Buffer
): void {
	const base = v * viewStride(s.params.viewSize);
	const len = s.viewLength[v];
	const n = Math.min(count, len);
	start(out, v, withSelf);
	rng.samplePrefix(s.viewIds, s.viewAges, base, base + len, n, out.ids, out.ages, out.length);
	out.length += n;
	out.sent = n;
}

/**
 * T-Man (Jelasity, Montresor & Babaoglu 2009, toSend): the fresh descriptor plus the k − 1
 * candidates closest to the receiver (ties to the smaller nodeId), the receiver itself left out.
 * Candidates are the view and `randomSamples` uniformly random live nodes (age 0), standing for the
 * peer sampling service's view that T-Man merges into the buffer before ranking.
 */
export function proximityBuffer(
	s: GossipState,
	v: number,
	receiver: number,
	k: number,
	distance: Distance,
	rng: Rng,
	sc: Scratch,
	out: Buffer
): void {
	const base = v * viewStride(s.params.viewSize);
	const len = s.viewLength[v];
	const st = nextStamp(sc);
	const { dist, ids, ages, stamp } = sc;
	const { viewIds, viewAges, status } = s;
	stamp[v] = st;
	stamp[receiver] = st;
	let m = 0;
	for (let i = 0; i < len; i++) {
		const id = viewIds[base + i];
		if (stamp[id] === st) continue;
		stamp[id] = st;
		ids[m] = id;
		ages[m] = viewAges[base + i];
		dist[m++] = distance(receiver, id);
	}
	const samples = s.params.randomSamples;
	if (s.live > 2)
		for (let i = 0, tries = 0; i < samples && tries < 4 * samples; tries++) {
			const id = rng.int(s.size);
			if (status[id] !== LIVE) continue;
			i++;
			if (stamp[id] === st) continue;
			stamp[id] = st;
			ids[m] = id;
			ages[m] = 0;
			dist[m++] = distance(receiver, id);
		}
	sortByDistance(dist, ids, ages, m);
	start(out, v, true);
	const n = Math.min(k - 1, m);
	for (let j = 0; j < n; j++) {
		out.ids[out.length] = ids[j];
		out.ages[out.length++] = ages[j];
	}
}
