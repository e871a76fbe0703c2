import { Rng, type RngState } from '../core';
import { copyViewStores } from './state';
import type { GossipState } from './types';

/** The arrays {@link copyViewStores} copies. */
const VIEW_STORES = new Set(['viewIds', 'viewAges', 'lastIds', 'lastAges']);

/**
 * A gossip state as plain data: typed arrays, numbers and the streams' saved states, so it survives
 * `postMessage` to and from a Web Worker (structured clone; the arrays' buffers can be transferred)
 * or storage. `fromPlainGossip(toPlainGossip(s))` continues exactly like `s`.
 */
export type PlainGossip = Omit<GossipState, 'rng'> & {
	readonly rng: { order: RngState; exchange: RngState; churn: RngState; user: RngState };
};

/** The plain form of `s`; it copies every array, so later steps of `s` do not change it. */
export function toPlainGossip(s: Readonly<GossipState>): PlainGossip {
	const { rng, ...rest } = s;
	const copy = { ...rest } as Record<string, unknown>;
	// A view store's ids and ages share one buffer: copied once, still shared (as a structured
	// clone keeps them), by copyViewStores below.
	for (const [key, value] of Object.entries(rest))
		if (ArrayBuffer.isView(value) && !VIEW_STORES.has(key))
			copy[key] = (value as Int32Array).slice();
	return {
		...(copy as Omit<GossipState, 'rng'>),
		...copyViewStores(s),
		tally: { ...s.tally },
		totals: { ...s.totals },
		rng: {
			order: rng.order.state(),
			exchange: rng.exchange.state(),
			churn: rng.churn.state(),
			user: rng.user.state()
		}
	};
}

/** A live state from its plain form (the arrays are adopted, not copied). */
export function fromPlainGossip(p: PlainGossip): GossipState {
	return {
		...p,
		tally: { ...p.tally },
		totals: { ...p.totals },
		rng: {
			order: Rng.fromState(p.rng.order),
			exchange: Rng.fromState(p.rng.exchange),
			churn: Rng.fromState(p.rng.churn),
			user: Rng.fromState(p.rng.user)
		}
	};
}
