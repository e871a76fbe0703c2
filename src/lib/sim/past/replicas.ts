import type { Id, IdSpace } from '../core';
import { distance, idMath, isMember, nodeOf, type PastryNode } from '../pastry';
import type { PastEvent } from './events';
import type { PastState } from './types';

/** True when `id` is a live node of the Pastry network. */
export function isLiveNode(s: Readonly<PastState>, id: Id): boolean {
	return isMember(nodeOf(s.pastry, id));
}

/** The `k` ids of `candidates` numerically closest to `key`, closest first (ties to the smaller id). */
export function kClosest(space: IdSpace, key: Id, candidates: Iterable<Id>, k: number): Id[] {
	const m = idMath(space);
	return [...new Set(candidates)]
		.sort((a, c) => m.ring(key, a) - m.ring(key, c) || a - c)
		.slice(0, k);
}

/**
 * The k nodes that must hold a file, as the node `at` sees them (§2: the k nodes whose nodeIds are
 * numerically closest to the fileId): the closest among `at` and its live leaf set. For a node
 * holding a replica this is exact while the leaf sets are, because k ≤ |L|/2 keeps the k closest
 * within |L|/2 places of it on either side.
 */
export function responsibleSet(s: Readonly<PastState>, at: Id, key: Id): Id[] {
	const node = nodeOf(s.pastry, at) as PastryNode;
	const known = [at, ...node.leafSet.smaller, ...node.leafSet.larger].filter((id) =>
		isLiveNode(s, id)
	);
	return kClosest(s.pastry.space, key, known, s.params.replicas);
}

/**
 * The k live nodes numerically closest to `key` over the whole network, closest first: the truth a
 * test or a figure checks replica sets against. `sortedLive` holds the live nodeIds ascending.
 */
export function trueReplicaSet(
	space: IdSpace,
	sortedLive: readonly Id[],
	key: Id,
	k: number
): Id[] {
	const n = sortedLive.length;
	if (n === 0) return [];
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sortedLive[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	const near: Id[] = [];
	for (let i = 0; i < Math.min(n, k); i++) {
		near.push(sortedLive[(lo + i) % n], sortedLive[(((lo - 1 - i) % n) + n) % n]);
	}
	return kClosest(space, key, near, Math.min(k, n));
}

/** The live holder of a replica closest to `to` in the proximity space: where a copy comes from. */
function nearestHolder(s: Readonly<PastState>, holders: readonly Id[], to: Id): Id {
	const target = nodeOf(s.pastry, to) as PastryNode;
	let best = holders[0];
	for (const h of holders)
		if (
			distance(nodeOf(s.pastry, h) as PastryNode, target) <
			distance(nodeOf(s.pastry, best) as PastryNode, target)
		)
			best = h;
	return best;
}

/**
 * Restores the replicas of one file (§3, maintaining replicas): the live replica holder closest
 * to the fileId works out, from its leaf set, the k nodes that must now hold it; each of them that
 * lacks a copy fetches one from the proximity-nearest holder, and a holder no longer among the k
 * closest (a closer node joined) drops its copy. A file whose replicas all failed is lost.
 */
export function restoreFile(s: PastState, index: number): PastEvent[] {
	const f = s.files[index];
	const live = f.replicas.filter((id) => isLiveNode(s, id));
	const failed = f.replicas.filter((id) => !isLiveNode(s, id));
	if (live.length === 0) {
		f.lost = true;
		f.replicas = [];
		return [{ type: 'file-lost', file: index, key: f.key }];
	}
	const holder = kClosest(s.pastry.space, f.key, live, 1)[0];
	const target = responsibleSet(s, holder, f.key);
	const events: PastEvent[] = [];
	for (const to of target)
		if (!live.includes(to)) {
			s.tally.copies++;
			events.push({
				type: 'replica-copied',
				file: index,
				key: f.key,
				from: nearestHolder(s, live, to),
				to
			});
		}
	for (const node of live)
		if (!target.includes(node)) {
			s.tally.dropped++;
			events.push({ type: 'replica-dropped', file: index, key: f.key, node });
		}
	f.replicas = target;
	events.push({
		type: 'replicas-restored',
		file: index,
		key: f.key,
		replicas: target.slice(),
		failed
	});
	return events;
}

/** True when the file's replicas are not exactly the k closest its closest live holder knows. */
export function needsRestore(s: Readonly<PastState>, index: number): boolean {
	const f = s.files[index];
	if (!f.stored || f.lost) return false;
	const live = f.replicas.filter((id) => isLiveNode(s, id));
	if (live.length < f.replicas.length || live.length === 0) return true;
	const target = responsibleSet(s, kClosest(s.pastry.space, f.key, live, 1)[0], f.key);
	return target.length !== live.length || target.some((id) => !live.includes(id));
}
