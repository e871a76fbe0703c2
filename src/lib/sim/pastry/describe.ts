import { formatId, type Id, type IdSpace } from '../core';
import type { Hop, PastryEvent } from './events';

function list(ids: readonly Id[], space: IdSpace): string {
	return ids.length === 0 ? 'none' : ids.map((id) => formatId(id, space)).join(', ');
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * The rule of a hop in words, as the lecture says it: "row 2, column 6: shares d4, next digit 6"
 * (Table 1: the routing table), the leaf set, or the rare case.
 */
export function describeRule(hop: Hop, space: IdSpace): string {
	const key = formatId(hop.key, space);
	const digitChar = (c: number) => c.toString(2 ** space.b);
	const prefix = hop.shared === 0 ? 'no digit' : key.slice(0, hop.shared);
	const cell =
		hop.row === null || hop.column === null
			? ''
			: `row ${hop.row}, column ${digitChar(hop.column)}: shares ${prefix}, next digit ${digitChar(hop.column)}`;
	switch (hop.rule) {
		case 'routing-table':
			return `routing table ${cell}`;
		case 'leaf-set':
			return `leaf set: ${key} is within the leaf set's range and ${formatId(hop.to, space)} is numerically closest`;
		case 'rare-case':
			return `rare case: ${cell}, but that cell is empty or its node failed, so it goes to a known node sharing as much and numerically closer`;
	}
}

/** One plain sentence per event, for the live region and for anyone who missed the animation. */
export function describePastryEvent(e: PastryEvent, space: IdSpace): string {
	const id = (x: Id) => formatId(x, space);
	switch (e.type) {
		case 'operation-queued':
			return `Node ${id(e.node)}'s ${e.operation === 'join' ? 'join' : 'lookup'} waits until the current operation completes.`;
		case 'join-started':
			return e.via === null
				? `Node ${id(e.node)} starts the network: it is the first node.`
				: `Node ${id(e.node)} asks nearby node ${id(e.via)} (distance ${e.distance.toFixed(2)}) to route a join message to ${id(e.node)}.`;
		case 'join-row-copied':
			return `${id(e.from)}, node ${e.index} on the join route, sends ${id(e.to)} its row ${e.row}, which fills ${plural(e.cells.length, 'cell')} of ${id(e.to)}'s table.`;
		case 'join-neighborhood-copied':
			return `${id(e.from)} sends ${id(e.to)} its neighbourhood set: ${plural(e.neighborhoodSet.length, 'node')} close in the proximity space.`;
		case 'join-hop':
			return `The join message goes from ${id(e.hop.from)} to ${id(e.hop.to)} by ${describeRule(e.hop, space)}.`;
		case 'join-leaf-set-copied':
			return `${id(e.from)}, numerically closest to ${id(e.to)}, sends its leaf set: smaller ${list(e.smaller, space)}; larger ${list(e.larger, space)}.`;
		case 'join-announced': {
			const parts = [
				e.cells.length > 0 ? 'routing table' : '',
				e.leafSet ? 'leaf set' : '',
				e.neighborhoodSet ? 'neighbourhood set' : ''
			].filter(Boolean);
			return `${id(e.from)} tells ${id(e.to)} it has arrived; ${id(e.to)} ${parts.length > 0 ? `updates its ${parts.join(' and ')}` : 'changes nothing'}.`;
		}
		case 'node-joined':
			return `Node ${id(e.node)} has joined after informing ${plural(e.informed, 'node')}.`;
		case 'route-started':
			return `A message for key ${id(e.key)}${e.name !== undefined ? ` (SHA-1 of "${e.name}")` : ''} starts at ${id(e.from)}; its root is ${id(e.root)}, the numerically closest live node.`;
		case 'route-hop':
			return `${id(e.hop.from)} forwards to ${id(e.hop.to)} by ${describeRule(e.hop, space)}.`;
		case 'route-delivered': {
			const hops = plural(e.path.length - 1, 'hop');
			return e.correct
				? `Delivered at ${id(e.at)}, the numerically closest live node to ${id(e.key)}, after ${hops}.`
				: `Delivered at ${id(e.at)} after ${hops}, but the numerically closest live node is ${id(e.root)}.`;
		}
		case 'route-lost':
			return e.reason === 'node-failed'
				? `The message for ${id(e.key)} is lost: node ${id(e.at)} failed.`
				: `The message for ${id(e.key)} gives up at ${id(e.at)} after too many hops.`;
		case 'node-failed':
			return `Node ${id(e.node)} fails. ${plural(e.affected.length, 'node')} had it in their leaf or neighbourhood set and will repair them.`;
		case 'leaf-set-repaired':
			return `${id(e.node)} repairs its leaf set with the leaf set of ${list(e.asked, space)}: drops ${list(e.removed, space)}, adds ${list(e.added, space)}.`;
		case 'neighborhood-set-repaired':
			return `${id(e.node)} repairs its neighbourhood set from its neighbours' sets: drops ${list(e.removed, space)}, adds ${list(e.added, space)}.`;
		case 'table-entry-repaired':
			return e.replacement === null
				? `${id(e.node)} finds ${id(e.failed)} dead in row ${e.row}, column ${e.column.toString(2 ** space.b)}; no node it asks knows a replacement, so the cell is now empty.`
				: `${id(e.node)} finds ${id(e.failed)} dead in row ${e.row}, column ${e.column.toString(2 ** space.b)}; ${id(e.supplier as Id)} supplies ${id(e.replacement)} as the replacement.`;
	}
}
