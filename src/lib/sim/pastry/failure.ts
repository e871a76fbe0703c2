import { formatId, SimError, type Id } from '../core';
import { repairedLeafSet, repairedNeighborhoodSet } from './repair';
import { nodeOf, StateOverlay } from './state';
import type { PastryEvent } from './events';
import type { PastryNode, PastryState, RepairOperation } from './types';

/** Checks that `id` can fail now: a live node, and no join in flight (a join is not interrupted). */
export function checkKill(s: Readonly<PastryState>, id: Id): void {
	const node = nodeOf(s, id);
	if (!node) throw new SimError(`there is no node ${formatId(id, s.space)} to fail`);
	if (!node.alive) throw new SimError(`node ${formatId(id, s.space)} has already failed`);
	if (!node.joined)
		throw new SimError(`node ${formatId(id, s.space)} has not joined yet; fail it once it has`);
	const op = s.ops[0];
	if (op && op.kind === 'join' && op.phase !== 'waiting')
		throw new SimError(
			`node ${formatId(op.node, s.space)} is joining; step until its join completes, then fail a node`
		);
}

/**
 * A node fails silently (§2.5). The live nodes that had it in their leaf set or neighbourhood set
 * will notice and repair them, one per step (the returned operation); routing-table entries that
 * point to it are repaired lazily, when a lookup meets them.
 */
export function killNode(
	s: PastryState,
	id: Id
): { events: PastryEvent[]; repair: RepairOperation } {
	const node = nodeOf(s, id) as PastryNode;
	node.alive = false;
	const affected = s.nodes
		.filter(
			(n) =>
				n.alive &&
				(n.leafSet.smaller.includes(id) ||
					n.leafSet.larger.includes(id) ||
					n.neighborhoodSet.includes(id))
		)
		.map((n) => n.id)
		.sort((a, c) => a - c);
	return {
		events: [{ type: 'node-failed', node: id, affected: affected.slice() }],
		repair: { kind: 'repair', failed: id, queue: affected }
	};
}

function difference(a: readonly Id[], c: readonly Id[]): Id[] {
	return a.filter((x) => !c.includes(x));
}

/**
 * One node repairs after a failure (§2.5): its leaf set from the farthest live node on the damaged
 * side, its neighbourhood set from the other members' neighbourhood sets.
 */
export function repairStep(s: PastryState, op: RepairOperation): PastryEvent[] {
	skipFailed(s, op);
	const id = op.queue.shift();
	const node = id === undefined ? undefined : nodeOf(s, id);
	if (id === undefined || !node) return [];
	const o = new StateOverlay(s);
	const events: PastryEvent[] = [];
	const before = [...node.leafSet.smaller, ...node.leafSet.larger];
	if (before.some((h) => !o.isAlive(h))) {
		const r = repairedLeafSet(o, id);
		node.leafSet = { smaller: r.smaller, larger: r.larger };
		const after = [...r.smaller, ...r.larger];
		events.push({
			type: 'leaf-set-repaired',
			node: id,
			failed: op.failed,
			asked: r.asked,
			removed: [...new Set(difference(before, after))],
			added: [...new Set(difference(after, before))]
		});
	}
	if (node.neighborhoodSet.some((h) => !o.isAlive(h))) {
		const before = node.neighborhoodSet.slice();
		const r = repairedNeighborhoodSet(o, id);
		node.neighborhoodSet = r.set;
		events.push({
			type: 'neighborhood-set-repaired',
			node: id,
			failed: op.failed,
			asked: r.asked,
			removed: difference(before, r.set),
			added: difference(r.set, before)
		});
	}
	return events;
}

/** Drops nodes that failed meanwhile from the front of the repair queue. */
export function skipFailed(s: Readonly<PastryState>, op: RepairOperation): void {
	while (op.queue.length > 0 && !nodeOf(s, op.queue[0])?.alive) op.queue.shift();
}
