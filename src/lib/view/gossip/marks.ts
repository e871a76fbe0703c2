import type { GossipEvent } from '$lib/sim/gossip';

/** What the drawing emphasises at a step: the exchange that just happened, the selection, highlights. */
export interface Marks {
	/** The active and passive node of the step's exchange, if the step was one exchange. */
	readonly active: number | null;
	readonly passive: number | null;
	/** Whether a buffer went from the active node to the passive one (push) and back (pull). */
	readonly push: boolean;
	readonly pull: boolean;
	/** A contact with a failed node in this step: who tried, and whom. */
	readonly deadContact: { readonly from: number; readonly to: number } | null;
	readonly selected: number | null;
	readonly highlight: readonly number[];
}

/** The step's only exchange event, or null when it had none or several (a whole round). */
export function singleExchange(
	events: readonly GossipEvent[]
): Extract<GossipEvent, { type: 'exchange' }> | null {
	let found: Extract<GossipEvent, { type: 'exchange' }> | null = null;
	for (const e of events) {
		if (e.type !== 'exchange') continue;
		if (found) return null;
		found = e;
	}
	return found;
}

/** The marks of a step's events plus the view's selection and a lesson's highlights. */
export function marksOf(
	events: readonly GossipEvent[],
	selected: number | null,
	highlight: readonly number[]
): Marks {
	const x = singleExchange(events);
	const dead = events.length <= 3 ? events.find((e) => e.type === 'peer-dead') : undefined;
	return {
		active: x?.active.nodeId ?? null,
		passive: x?.passive.nodeId ?? null,
		push: (x?.active.sent.length ?? 0) > 0,
		pull: (x?.passive.sent.length ?? 0) > 0,
		deadContact: dead?.type === 'peer-dead' ? { from: dead.nodeId, to: dead.peer } : null,
		selected,
		highlight
	};
}
