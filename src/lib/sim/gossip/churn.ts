import { SimError, type Rng } from '../core';
import { growthPerRound } from './topologies';
import type { GossipState } from './types';
import type { GossipEvent } from './events';
import { DEAD, LIVE, shareViews, viewStride } from './types';
import { isLive, liveNodes } from './view';

type Cause = 'catastrophe' | 'churn' | 'user';

/**
 * Failures and joins. A failed node stops at once, without telling anyone: its descriptors stay in
 * other views as dead links until the protocol forgets them (Jelasity et al. 2007, "catastrophic
 * failure" and "churn"). A joiner knows one bootstrap node (age 0) and gossips from the next round.
 */
/**
 * Throws a SimError naming what is wrong with a list of nodes to fail: not a list, empty, a node
 * that is not live, or a node named twice. A command read from a link may hold anything.
 */
export function checkFailNodes(s: Readonly<GossipState>, nodeIds: unknown): void {
	if (!Array.isArray(nodeIds)) throw new SimError('the nodes to fail must be a list of nodeIds');
	if (nodeIds.length === 0) throw new SimError('name at least one node to fail');
	const bad = nodeIds.find((v) => !isLive(s, v as number));
	if (bad !== undefined) throw new SimError(`node ${String(bad).slice(0, 20)} is not a live node`);
	if (new Set(nodeIds).size !== nodeIds.length) throw new SimError('each node can fail only once');
}

export function failNodes(s: GossipState, nodeIds: readonly number[]): void {
	for (const v of nodeIds) {
		s.status[v] = DEAD;
		s.live--;
	}
}

/** `k` distinct live nodes, uniformly (partial Fisher–Yates over the live nodeIds), ascending. */
export function pickLive(s: Readonly<GossipState>, k: number, rng: Rng): number[] {
	const pool = liveNodes(s);
	const n = Math.min(k, pool.length);
	for (let i = 0; i < n; i++) {
		const j = i + rng.int(pool.length - i);
		const tmp = pool[i];
		pool[i] = pool[j];
		pool[j] = tmp;
	}
	return pool.slice(0, n).sort((a, b) => a - b);
}

/** Fails round(`fraction` × live) live nodes chosen from `rng`; returns the event (null if none). */
export function failFraction(
	s: GossipState,
	fraction: number,
	rng: Rng,
	cause: Cause,
	round: number
): GossipEvent | null {
	const victims = pickLive(s, Math.round(fraction * s.live), rng);
	if (victims.length === 0) return null;
	failNodes(s, victims);
	return { type: 'node-failed', round, nodeIds: victims, cause };
}

/** Adds a live node with nodeId `v` whose view holds only `bootstrap` (or nothing if -1). */
function join(s: GossipState, v: number, bootstrap: number): void {
	const c = s.params.viewSize;
	s.status[v] = LIVE;
	s.live++;
	s.viewLength[v] = 0;
	if (bootstrap >= 0) {
		s.viewIds[v * viewStride(c)] = bootstrap;
		s.viewAges[v * viewStride(c)] = 0;
		s.viewLength[v] = 1;
	}
}

/** `count` new nodes with fresh nodeIds, each bootstrapped from `bootstrap` or a random live node. */
export function joinNodes(
	s: GossipState,
	count: number,
	rng: Rng,
	cause: 'churn' | 'user',
	round: number,
	bootstrap?: number
): GossipEvent | null {
	if (count <= 0) return null;
	const pool = bootstrap === undefined ? liveNodes(s) : [bootstrap];
	if (pool.length === 0) throw new SimError('there is no live node for a new node to join through');
	ensureCapacity(s, s.size + count);
	const nodeIds: number[] = [];
	const bootstraps: number[] = [];
	for (let i = 0; i < count; i++) {
		const v = s.size++;
		const b = pool[rng.int(pool.length)];
		join(s, v, b);
		nodeIds.push(v);
		bootstraps.push(b);
	}
	return { type: 'node-joined', round, nodeIds, bootstraps, cause };
}

/** The growing topology's joins of this round: the next N/100 nodeIds, through node 0. */
export function growRound(s: GossipState, round: number): GossipEvent | null {
	const n = s.params.nodes;
	if (s.growth >= n) return null;
	const end = Math.min(n, s.growth + growthPerRound(n));
	const nodeIds: number[] = [];
	const bootstraps: number[] = [];
	const b = s.status[0] === LIVE ? 0 : -1;
	for (let v = s.growth; v < end; v++) {
		join(s, v, b);
		nodeIds.push(v);
		bootstraps.push(b);
	}
	s.growth = end;
	return { type: 'node-joined', round, nodeIds, bootstraps, cause: 'growth' };
}

/**
 * Churn at the start of a round: round(rate × live) nodes (rounded at random, so a small rate still
 * acts) fail and as many join, each through a random node that was live before them.
 */
export function churnRound(s: GossipState, round: number, events: GossipEvent[] | null): void {
	const rate = s.params.churn;
	if (rate <= 0 || s.live === 0) return;
	const rng = s.rng.churn;
	const exact = rate * s.live;
	const k = Math.floor(exact) + (rng.next() < exact - Math.floor(exact) ? 1 : 0);
	if (k === 0) return;
	const victims = pickLive(s, k, rng);
	failNodes(s, victims);
	events?.push({ type: 'node-failed', round, nodeIds: victims, cause: 'churn' });
	if (s.live === 0) return;
	const joined = joinNodes(s, victims.length, rng, 'churn', round);
	if (joined) events?.push(joined);
}

function grow<T extends Int32Array | Uint8Array>(a: T, length: number, fill = 0): T {
	const b = new (a.constructor as { new (n: number): T })(length);
	b.set(a);
	if (fill !== 0) b.fill(fill, a.length);
	return b;
}

/** Makes room for nodeIds up to `size` - 1 (capacity doubles, so joins are amortised O(c)). */
export function ensureCapacity(s: GossipState, size: number): void {
	if (size <= s.capacity) return;
	const cap = Math.max(size, s.capacity * 2);
	const c = s.params.viewSize;
	s.status = grow(s.status, cap);
	const views = shareViews(grow(s.viewIds, cap * viewStride(c)), c);
	s.viewIds = views.ids;
	s.viewAges = views.ages;
	s.viewLength = grow(s.viewLength, cap);
	const last = shareViews(grow(s.lastIds, cap * viewStride(c)), c);
	s.lastIds = last.ids;
	s.lastAges = last.ages;
	s.lastLength = grow(s.lastLength, cap);
	s.lastPartner = grow(s.lastPartner, cap, -1);
	s.lastRound = grow(s.lastRound, cap);
	s.order = grow(s.order, cap);
	s.capacity = cap;
}
