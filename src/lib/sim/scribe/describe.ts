import { formatId, type Id, type IdSpace } from '../core';
import { describePastryEvent, describeRule } from '../pastry';
import type { ScribeEvent } from './events';

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

function list(ids: readonly Id[], space: IdSpace, max = 6): string {
	if (ids.length === 0) return 'none';
	const shown = ids.slice(0, max).map((id) => formatId(id, space));
	return ids.length > max ? `${shown.join(', ')} and ${ids.length - max} more` : shown.join(', ');
}

/** One plain sentence per event, for the live region and for anyone who missed the animation. */
export function describeScribeEvent(e: ScribeEvent, space: IdSpace): string {
	const id = (x: Id) => formatId(x, space);
	switch (e.type) {
		case 'pastry':
			return describePastryEvent(e.event, space);
		case 'operation-queued':
			return `The ${e.operation}${e.node !== null ? ` of ${id(e.node)}` : ''} waits until the current operation completes.`;
		case 'join-started':
			return `${id(e.member)} ${e.rejoin ? 're-joins' : 'joins'} the group: it routes a JOIN towards the groupId ${id(e.key)}, whose root is ${id(e.root)}.`;
		case 'member-added':
			return `${id(e.member)} already forwards for the group, so it becomes a member without sending anything.`;
		case 'join-hop':
			return `The JOIN goes from ${id(e.hop.from)} to ${id(e.hop.to)} by ${describeRule(e.hop, space)}.`;
		case 'forwarder-added':
			return `${id(e.node)} was not in the tree: it becomes a forwarder with child ${id(e.child)}.`;
		case 'child-added':
			return `${id(e.node)} is already in the tree: it adds ${id(e.child)} to its children and the JOIN stops here.`;
		case 'tree-rooted':
			return `${id(e.root)} is the groupId's root, the numerically closest node: it roots the tree.`;
		case 'join-completed':
			return `${id(e.member)}'s ${e.rejoin ? 're-join' : 'join'} is done after ${plural(e.hops, 'hop')}${e.newForwarders.length > 0 ? `, with ${plural(e.newForwarders.length, 'new forwarder')}` : ''}.`;
		case 'join-lost':
			return `${id(e.member)}'s JOIN is lost at ${id(e.at)}, which has failed.`;
		case 'member-left':
			return e.forwarder
				? `${id(e.member)} leaves the group but keeps forwarding for its children.`
				: `${id(e.member)} leaves the group.`;
		case 'forwarder-pruned':
			return e.parent === null
				? `${id(e.node)} has no children and no membership left: the tree is gone.`
				: `${id(e.node)} has no children and no membership left: it sends a LEAVE to ${id(e.parent)}, which drops it.`;
		case 'node-failed':
			return `${e.nodes.length === 1 ? `Node ${id(e.nodes[0])} fails` : `${plural(e.nodes.length, 'node')} fail (${list(e.nodes, space)})`}; the tree does not know yet.`;
		case 'child-dropped':
			return `${id(e.parent)} hears nothing from its child ${id(e.child)}, which has failed, and drops it.`;
		case 'heartbeat-missed':
			return `${id(e.node)} misses the heartbeats of its parent ${id(e.parent)}: the parent has failed, so it re-joins.`;
		case 'heartbeat':
			return e.orphans.length === 0 && e.dropped === 0
				? 'A heartbeat period passes: every parent and child is alive.'
				: `A heartbeat period passes: ${plural(e.orphans.length, 'child', 'children')} lost ${e.orphans.length === 1 ? 'its parent and re-joins' : 'their parents and re-join'}; ${plural(e.dropped, 'failed child', 'failed children')} dropped.`;
		case 'multicast-started':
			return e.source === null
				? `The root ${id(e.root)} multicasts message ${e.seq} to the group.`
				: `${id(e.source)} sends multicast ${e.seq} towards the groupId ${id(e.key)}; its root is ${id(e.root)}.`;
		case 'multicast-hop':
			return `Multicast ${e.seq} goes from ${id(e.hop.from)} to ${id(e.hop.to)} by ${describeRule(e.hop, space)}.`;
		case 'multicast-rooted':
			return e.inTree
				? `Multicast ${e.seq} is at ${id(e.at)}, the root${e.member ? ', a member,' : ''} that sends it down the tree.`
				: `Multicast ${e.seq} reaches ${id(e.at)}, which is not in the tree: nobody receives it.`;
		case 'multicast-sent':
			return `${id(e.from)} sends multicast ${e.seq} to its child ${id(e.to)} (depth ${e.depth})${e.duplicate ? ', which already had it' : e.member ? ', a member, which delivers it' : ', a forwarder'}.`;
		case 'multicast-lost':
			return `${id(e.from)} sends multicast ${e.seq} to ${id(e.to)}, which has failed: that copy is lost.`;
		case 'multicast-done':
			return `Multicast ${e.seq} is done: ${e.reached} of ${plural(e.members, 'member')} received it with ${plural(e.messages, 'message')}${e.duplicates > 0 ? ` and ${plural(e.duplicates, 'duplicate')}` : ''}${e.lost > 0 ? `; ${e.lost} lost at failed nodes` : ''}.`;
	}
}
