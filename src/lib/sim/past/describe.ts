import { formatId, type Id, type IdSpace } from '../core';
import { describePastryEvent, describeRule } from '../pastry';
import type { PastEvent } from './events';

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

const ORDINAL = ['closest', '2nd closest', '3rd closest'];

/**
 * One plain sentence per event, for the live region and for anyone who missed the animation.
 * `names` gives a file's name from its position (the state's `files`).
 */
export function describePastEvent(
	e: PastEvent,
	space: IdSpace,
	names: (file: number) => string
): string {
	const id = (x: Id) => formatId(x, space);
	const list = (ids: readonly Id[]) => (ids.length === 0 ? 'none' : ids.map(id).join(', '));
	switch (e.type) {
		case 'pastry':
			return describePastryEvent(e.event, space);
		case 'operation-queued':
			return `The ${e.operation}${e.node !== null ? ` from ${id(e.node)}` : ''} waits until the current operation completes.`;
		case 'insert-started':
			return `${id(e.from)} inserts "${e.name}": its fileId is ${id(e.key)}, the SHA-1 of the name, and the insert is routed there.`;
		case 'insert-hop':
			return `The insert of "${names(e.file)}" goes from ${id(e.hop.from)} to ${id(e.hop.to)} by ${describeRule(e.hop, space)}.`;
		case 'file-stored':
			return `${id(e.root)}, numerically closest to ${id(e.key)}, stores "${names(e.file)}" after ${plural(e.hops, 'hop')}, with replicas on its leaf-set neighbours: ${list(e.replicas)}.`;
		case 'insert-lost':
			return `The insert of "${names(e.file)}" is lost at ${id(e.at)}, which has failed.`;
		case 'lookup-started':
			return `${id(e.from)} looks up "${e.name}" (fileId ${id(e.key)}); the root is ${id(e.root)}.`;
		case 'lookup-hop':
			return `The lookup of "${names(e.file)}" goes from ${id(e.hop.from)} to ${id(e.hop.to)} by ${describeRule(e.hop, space)}.`;
		case 'lookup-answered': {
			const what =
				e.source === 'cache'
					? 'a cached copy'
					: e.rank === 0
						? 'its replica, as the root'
						: `a replica (the ${ORDINAL[e.rank ?? 0] ?? `${(e.rank ?? 0) + 1}th closest`} to the fileId)`;
			return `${id(e.at)} answers the lookup of "${names(e.file)}" with ${what} after ${plural(e.hops, 'hop')}: the first copy on the route.`;
		}
		case 'lookup-failed':
			return e.reason === 'not-found'
				? `The lookup of "${names(e.file)}" reaches ${id(e.at)}, the root, which holds no copy: the file is gone.`
				: `The lookup of "${names(e.file)}" is lost at ${id(e.at)}, which has failed.`;
		case 'file-cached':
			return `${id(e.node)} caches "${names(e.file)}" on the way back${e.evicted !== null ? `, evicting "${names(e.evicted)}"` : ''}.`;
		case 'node-failed':
			return `${e.nodes.length === 1 ? `Node ${id(e.nodes[0])} fails` : `${plural(e.nodes.length, 'node')} fail`}; the replicas they held are gone.`;
		case 'restore-started':
			return e.files === 0
				? 'A maintenance period passes: every file is on its k closest live nodes.'
				: `A maintenance period passes: ${plural(e.files, 'file')} must move to their k closest live nodes.`;
		case 'replica-copied':
			return `${id(e.to)} is now among the k closest to ${id(e.key)}: it copies "${names(e.file)}" from ${id(e.from)}.`;
		case 'replica-dropped':
			return `${id(e.node)} is no longer among the k closest to ${id(e.key)}: it drops its replica of "${names(e.file)}".`;
		case 'replicas-restored':
			return `"${names(e.file)}" is back on ${plural(e.replicas.length, 'node')}: ${list(e.replicas)}${e.failed.length > 0 ? ` (replacing failed ${list(e.failed)})` : ''}.`;
		case 'file-lost':
			return `Every replica of "${names(e.file)}" (fileId ${id(e.key)}) has failed: the file is lost.`;
		case 'restore-done':
			return `Re-replication is done: ${plural(e.restored, 'file')} on their k closest live nodes, ${plural(e.lost, 'file')} lost.`;
	}
}
