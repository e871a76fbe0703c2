import { Rng } from '../core';
import { resolveGossipParams, type GossipOptions } from './params';
import { failFraction } from './churn';
import { initTopology } from './topologies';
import { shareViews, viewStore, type GossipState } from './types';

/**
 * A new overlay: parameters resolved and validated, the starting topology built (all ages 0), no
 * round started yet. A failure scheduled for round 0 happens here, before the first round. Each
 * concern draws from its own stream of `seed`, so a user action never shifts the protocol's draws.
 */
export function initGossip(options: GossipOptions, seed: string): GossipState {
	const params = resolveGossipParams(options);
	const n = params.nodes;
	const c = params.viewSize;
	const views = viewStore(n, c);
	const last = viewStore(n, c);
	const s: GossipState = {
		params,
		seed,
		size: n,
		capacity: n,
		status: new Uint8Array(n),
		live: 0,
		viewIds: views.ids,
		viewAges: views.ages,
		viewLength: new Int32Array(n),
		lastIds: last.ids,
		lastAges: last.ages,
		lastLength: new Int32Array(n),
		lastPartner: new Int32Array(n).fill(-1),
		lastRound: new Int32Array(n),
		round: 0,
		inRound: false,
		order: new Int32Array(n),
		orderLength: 0,
		cursor: 0,
		growth: n,
		tally: { exchanges: 0, deadContacts: 0, idle: 0 },
		totals: { exchanges: 0, deadContacts: 0, idle: 0 },
		rng: {
			order: Rng.stream(seed, 'gossip/order'),
			exchange: Rng.stream(seed, 'gossip/exchange'),
			churn: Rng.stream(seed, 'gossip/churn'),
			user: Rng.stream(seed, 'gossip/user')
		}
	};
	initTopology(s, Rng.stream(seed, 'gossip/init'));
	if (params.failure?.round === 0)
		failFraction(s, params.failure.fraction, s.rng.churn, 'catastrophe', 0);
	return s;
}

/**
 * Copies of the two view stores of `s` (its views and the inspector's record), each copied once
 * and still one buffer, its ids and ages sharing it (see `viewStore`).
 */
export function copyViewStores(
	s: Readonly<GossipState>
): Pick<GossipState, 'viewIds' | 'viewAges' | 'lastIds' | 'lastAges'> {
	const c = s.params.viewSize;
	const views = shareViews(s.viewIds.slice(), c);
	const last = shareViews(s.lastIds.slice(), c);
	return { viewIds: views.ids, viewAges: views.ages, lastIds: last.ids, lastAges: last.ages };
}

/** A deep copy that shares nothing mutable with `s` (typed arrays copied, streams cloned). */
export function cloneGossip(s: Readonly<GossipState>): GossipState {
	return {
		...s,
		...copyViewStores(s),
		status: s.status.slice(),
		viewLength: s.viewLength.slice(),
		lastLength: s.lastLength.slice(),
		lastPartner: s.lastPartner.slice(),
		lastRound: s.lastRound.slice(),
		order: s.order.slice(),
		tally: { ...s.tally },
		totals: { ...s.totals },
		rng: {
			order: s.rng.order.clone(),
			exchange: s.rng.exchange.clone(),
			churn: s.rng.churn.clone(),
			user: s.rng.user.clone()
		}
	};
}
