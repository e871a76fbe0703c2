import { Rng } from '../core';
import {
	cloneGossip,
	gossipModel,
	initGossip,
	liveNodes,
	LIVE,
	runRounds,
	type GossipOptions,
	type GossipState
} from '../gossip';
import { resolveBroadcastParams, type BroadcastOptions } from './params';
import type { BroadcastParams, BroadcastState, BroadcastTally } from './types';

/**
 * The peer-sampling overlay the broadcast reads its peers from, built with the gossip model: Cyclon
 * or Newscast after `warmup` rounds from a ring lattice, a random c-out graph, or the ring lattice
 * itself; then the failed share of the nodes fails (their entries stay in the views).
 */
export function buildOverlay(p: BroadcastParams, seed: string): GossipState {
	const base = { nodes: p.nodes, viewSize: p.viewSize };
	const options: GossipOptions =
		p.overlay === 'cyclon' || p.overlay === 'newscast'
			? { ...base, preset: p.overlay }
			: { ...base, init: p.overlay };
	const g = initGossip(options, `${seed}/broadcast/overlay`);
	runRounds(g, p.warmup);
	if (p.fail > 0) gossipModel.apply(g, { type: 'fail-fraction', fraction: p.fail });
	return g;
}

/** A tally of zeros. */
export function emptyTally(): BroadcastTally {
	return { messages: 0, transmissions: 0, duplicates: 0, deadContacts: 0, infections: 0 };
}

/**
 * A broadcast about to start: the overlay built, a random live node as the source holding chunk 0
 * (born at round 0), no round started. Streams: the overlay from `seed/broadcast/overlay`, the source
 * from 'broadcast/source', peer choices from 'broadcast/peers', the coin from 'broadcast/stop'.
 */
export function initBroadcast(options: BroadcastOptions, seed: string): BroadcastState {
	const params = resolveBroadcastParams(options);
	const gossip = buildOverlay(params, seed);
	const n = gossip.size;
	const source = Rng.stream(seed, 'broadcast/source').pick(liveNodes(gossip));
	const cells = params.chunks * n;
	const s: BroadcastState = {
		params,
		seed,
		gossip,
		source,
		n,
		has: new Int32Array(cells).fill(-1),
		active: new Uint8Array(cells),
		misses: new Int32Array(cells),
		reached: new Int32Array(params.chunks),
		spreading: new Int32Array(params.chunks),
		curves: Array.from({ length: params.chunks }, () => []),
		completeAfter: new Array<number | null>(params.chunks).fill(null),
		round: 0,
		quiet: 0,
		inRound: false,
		turns: new Int32Array(n),
		turnsLength: 0,
		cursor: 0,
		tally: emptyTally(),
		roundTally: emptyTally(),
		rng: { peers: Rng.stream(seed, 'broadcast/peers'), stop: Rng.stream(seed, 'broadcast/stop') }
	};
	bear(s, 0);
	s.curves[0].push(1);
	if (gossip.live === 1) s.completeAfter[0] = 0;
	return s;
}

/** Chunk `chunk` is born at the source (at round `chunk`), if the source is alive. */
export function bear(s: BroadcastState, chunk: number): boolean {
	if (s.gossip.status[s.source] !== LIVE) return false;
	const i = chunk * s.n + s.source;
	s.has[i] = chunk;
	s.active[i] = 1;
	s.reached[chunk]++;
	s.spreading[chunk]++;
	return true;
}

/** A deep copy that shares nothing mutable with `s`. */
export function cloneBroadcast(s: Readonly<BroadcastState>): BroadcastState {
	return {
		...s,
		gossip: cloneGossip(s.gossip),
		has: s.has.slice(),
		active: s.active.slice(),
		misses: s.misses.slice(),
		reached: s.reached.slice(),
		spreading: s.spreading.slice(),
		curves: s.curves.map((c) => c.slice()),
		completeAfter: s.completeAfter.slice(),
		turns: s.turns.slice(),
		tally: { ...s.tally },
		roundTally: { ...s.roundTally },
		rng: { peers: s.rng.peers.clone(), stop: s.rng.stop.clone() }
	};
}
