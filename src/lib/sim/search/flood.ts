import type { SearchNetwork } from './types';
import { matchAt, type QueryTarget } from './target';

/**
 * A TTL-bounded flood in progress (Gnutella; Lv et al. 2002, §4.1), as plain data. Wave w carries
 * the query from the nodes first reached at depth w − 1 to all their neighbours but the one they
 * got it from (the origin sends to all); a node forwards only once, and only while w ≤ ttl, so no
 * message goes further than ttl hops. Every message counts, duplicates included.
 */
export interface FloodRun {
	readonly origin: number;
	readonly ttl: number;
	/** Waves sent so far. */
	depth: number;
	/** reached[v]: the depth at which v first got the query, -1 if it has not. */
	readonly reached: Int32Array;
	/** parent[v]: the node v first got the query from (-1 for the origin and unreached nodes). */
	readonly parent: Int32Array;
	/** Nodes first reached by the last wave: they forward in the next. */
	frontier: number[];
	/** Messages the next wave would send (0 when every frontier node's only neighbour is its parent). */
	pending: number;
	messages: number;
	/** The first node found holding an answer, its depth and the object's index. */
	found: { node: number; depth: number; object: number } | null;
}

/** A flood about to leave `origin` (depth 0: only the origin has the query). */
export function startFlood(network: SearchNetwork, origin: number, ttl: number): FloodRun {
	const n = network.n;
	const reached = new Int32Array(n).fill(-1);
	reached[origin] = 0;
	return {
		origin,
		ttl,
		depth: 0,
		reached,
		parent: new Int32Array(n).fill(-1),
		frontier: [origin],
		pending: network.graph.offsets[origin + 1] - network.graph.offsets[origin],
		messages: 0,
		found: null
	};
}

/** True when the flood has nothing left to send: its TTL is spent or no node has anyone to forward to. */
export function floodDone(run: Readonly<FloodRun>): boolean {
	return run.depth >= run.ttl || run.pending === 0;
}

/** A copy sharing nothing mutable. */
export function cloneFlood(run: Readonly<FloodRun>): FloodRun {
	return {
		...run,
		reached: run.reached.slice(),
		parent: run.parent.slice(),
		frontier: run.frontier.slice(),
		found: run.found && { ...run.found }
	};
}

/** What one wave did. */
export interface WaveResult {
	readonly sent: number;
	readonly duplicates: number;
	/** The messages as [from, to], when asked for. */
	readonly edges: [number, number][] | null;
}

/**
 * Sends the next wave: every frontier node forwards to all its neighbours but its parent. Nodes
 * reached for the first time become the new frontier; the first of them (in sending order) that
 * holds an answer is recorded in `found` if nothing was found before.
 */
export function floodWave(
	network: SearchNetwork,
	run: FloodRun,
	target: QueryTarget,
	withEdges: boolean
): WaveResult {
	const { offsets, targets } = network.graph;
	const depth = ++run.depth;
	const next: number[] = [];
	const edges: [number, number][] | null = withEdges ? [] : null;
	let sent = 0;
	let duplicates = 0;
	for (const u of run.frontier) {
		const from = run.parent[u];
		for (let i = offsets[u]; i < offsets[u + 1]; i++) {
			const x = targets[i];
			if (x === from) continue;
			sent++;
			edges?.push([u, x]);
			if (run.reached[x] >= 0) {
				duplicates++;
				continue;
			}
			run.reached[x] = depth;
			run.parent[x] = u;
			next.push(x);
		}
	}
	run.messages += sent;
	run.frontier = next;
	run.pending = 0;
	for (const v of next) run.pending += offsets[v + 1] - offsets[v] - 1;
	if (!run.found)
		for (const v of next) {
			const object = matchAt(network, target, v);
			if (object >= 0) {
				run.found = { node: v, depth, object };
				break;
			}
		}
	return { sent, duplicates, edges };
}

/**
 * The TTLs of an expanding ring up to `maxTtl`. Lv et al. 2002, §4.2 ("Expanding ring"): successive
 * floods whose TTL grows linearly, from a start TTL by a fixed increment; their simulations start
 * at TTL 1 and add 2 each time (1, 3, 5, 7, …). The schedule grows while below `maxTtl`, then ends
 * with `maxTtl` itself, so the last ring reaches as far as a flood of that TTL.
 */
export function ringTtls(maxTtl: number, start = 1, step = 2): number[] {
	const out: number[] = [];
	for (let t = start; t < maxTtl; t += step) out.push(t);
	out.push(maxTtl);
	return out;
}

/**
 * One flood of TTL `maxTtl` from `source`, summarised so that a flood of any TTL ≤ maxTtl and an
 * expanding ring can be read off it: `hit` is the depth of the nearest answer (0 when the source
 * holds one, -1 if none within maxTtl) and `sent[w − 1]` the messages of wave w.
 */
export function floodProfile(
	network: SearchNetwork,
	source: number,
	target: QueryTarget,
	maxTtl: number
): { hit: number; sent: number[] } {
	if (matchAt(network, target, source) >= 0) return { hit: 0, sent: [] };
	const run = startFlood(network, source, maxTtl);
	const sent: number[] = [];
	while (!floodDone(run)) sent.push(floodWave(network, run, target, false).sent);
	return { hit: run.found ? run.found.depth : -1, sent };
}

/** Messages of a flood of TTL `ttl` read off a profile's per-wave counts. */
export function floodMessages(sent: readonly number[], ttl: number): number {
	let m = 0;
	for (let w = 0; w < Math.min(ttl, sent.length); w++) m += sent[w];
	return m;
}
