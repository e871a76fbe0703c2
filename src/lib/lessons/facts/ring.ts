import { formatId } from '$lib/sim/core';
import type { RingEvent, RingState } from '$lib/sim/ring';
import type { FactSource } from '../placeholders';

/**
 * Facts of the identifier space: `nodes`, `keys`, `moved` (keys whose root the step's last move
 * changed), `movedFrom` / `movedTo` (the roots they left and reached, as ids) and `root` (the root
 * of the last key stored).
 */
export function ringFacts(s: Readonly<RingState>, events: readonly RingEvent[]): FactSource {
	const moves = events.flatMap((e) =>
		e.type === 'node-added' || e.type === 'node-removed' ? e.moved : []
	);
	const ids = (list: (number | null)[]) =>
		[...new Set(list.filter((v): v is number => v !== null))]
			.map((v) => formatId(v, s.space))
			.join(', ') || 'none';
	const stored = [...events].reverse().find((e) => e.type === 'key-added');
	return {
		nodes: () => s.nodes.length,
		keys: () => s.keys.length,
		moved: () => moves.length,
		movedFrom: () => ids(moves.map((m) => m.from)),
		movedTo: () => ids(moves.map((m) => m.to)),
		root: () => (stored?.root != null ? formatId(stored.root, s.space) : 'none')
	};
}
