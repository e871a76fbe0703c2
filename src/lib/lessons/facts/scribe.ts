import { formatId, type Id } from '$lib/sim/core';
import { treeShape, type ScribeEvent, type ScribeState } from '$lib/sim/scribe';
import type { FactSource } from '../placeholders';

/**
 * Facts of a Scribe group at the step's end: `groupId`, `root` (the tree's root, else the groupId's
 * root), the tree's shape (`members`, `treeNodes`, `depth`, `maxChildren`, `forwarders`,
 * `forwardersNotMembers`), `joins` completed; of the step's last JOIN: `joiner`, `joinHops`,
 * `attachedTo`, `joinPath` (ids joined by →), `newForwarders`; of the last multicast: `reached`,
 * `multicastMembers`, `messages`, `duplicates`, `lost`, `multicastDepth`; `rejoins` so far, and of
 * the step's last move: `failed` (how many), `failedNodes`, `orphans` (children that re-join),
 * `orphanNodes`.
 */
export function scribeFacts(s: Readonly<ScribeState>, events: readonly ScribeEvent[]): FactSource {
	const hex = (id: Id | null | undefined) =>
		id === null || id === undefined ? 'none' : formatId(id, s.pastry.space);
	const list = (ids: readonly Id[]) => (ids.length === 0 ? 'none' : ids.map(hex).join(', '));
	let shape: ReturnType<typeof treeShape> | null = null;
	const tree = () => (shape ??= treeShape(s));
	const join = [...events].reverse().find((e) => e.type === 'join-completed');
	const joined = join?.type === 'join-completed' ? join : null;
	const path = (): Id[] => {
		if (!joined) return [];
		const out = [joined.member];
		for (let i = 0; i < joined.hops; i++) {
			const up = s.tree.get(out[out.length - 1])?.parent;
			if (up === null || up === undefined) break;
			out.push(up);
		}
		return out;
	};
	const failed = events.flatMap((e) => (e.type === 'node-failed' ? e.nodes : []));
	const orphans = events.flatMap((e) => (e.type === 'heartbeat' ? e.orphans : []));
	const m = s.lastMulticast;
	const num = (v: number | undefined) => v ?? Number.NaN;
	return {
		groupId: () => hex(s.group.key),
		root: () => hex(tree().root),
		members: () => tree().members,
		treeNodes: () => tree().nodes,
		depth: () => tree().depth,
		maxChildren: () => tree().maxChildren,
		forwarders: () => tree().forwarders,
		forwardersNotMembers: () => tree().forwardersNotMembers,
		joins: () => s.completed.joins,
		joiner: () => hex(joined?.member),
		joinHops: () => num(joined?.hops),
		attachedTo: () => hex(joined?.attachedTo),
		joinPath: () => path().map(hex).join(' → ') || 'none',
		newForwarders: () => num(joined?.newForwarders.length),
		reached: () => num(m?.reached),
		multicastMembers: () => num(m?.members),
		messages: () => num(m?.messages),
		duplicates: () => num(m?.duplicates),
		lost: () => num(m?.lost),
		multicastDepth: () => num(m?.depth),
		rejoins: () => s.tally.rejoins,
		failed: () => failed.length,
		failedNodes: () => list(failed),
		orphans: () => orphans.length,
		orphanNodes: () => list(orphans)
	};
}
