import { memberIds, StateOverlay } from './state';
import { overlayViolations } from './invariants';
import type { PastryState } from './types';

/** The invariants of {@link overlayViolations} over the members of a browser state. */
export function stateViolations(s: Readonly<PastryState>): string[] {
	return overlayViolations(new StateOverlay(s), memberIds(s));
}

/** A JSON snapshot of the whole state, including where its random streams stand. */
export function snapshot(s: Readonly<PastryState>): string {
	return JSON.stringify({
		...s,
		index: [...s.index],
		rng: { ids: s.rng.ids.state(), place: s.rng.place.state() }
	});
}
