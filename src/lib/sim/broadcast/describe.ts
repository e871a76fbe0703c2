import { describeGossipEvent } from '../gossip';
import type { BroadcastEvent } from './events';

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function chunks(list: readonly number[], total: number): string {
	if (total === 1) return 'the message';
	return list.length === 1 ? `chunk ${list[0]}` : `chunks ${list.join(', ')}`;
}

/**
 * One plain sentence per event, for the live region and the event log; `total` is the number of
 * chunks (1: a single message, told as "the message").
 */
export function describeBroadcastEvent(e: BroadcastEvent, total = 1): string {
	switch (e.type) {
		case 'gossip':
			return describeGossipEvent(e.event);
		case 'round-started':
			return `Round ${e.round} starts: ${count(e.turns, 'node')} take a turn${e.born !== null ? `, and the source produces chunk ${e.born}` : ''}.`;
		case 'contact': {
			if (e.dead)
				return `Node ${e.from} contacts node ${e.to}, which has failed: the message is lost.`;
			const parts: string[] = [];
			if (e.pushed.length > 0)
				parts.push(
					`pushes ${chunks(e.pushed, total)}${e.redundant === e.pushed.length ? ', which node ' + e.to + ' already had' : ''}`
				);
			if (e.pulled.length > 0) parts.push(`pulls ${chunks(e.pulled, total)}`);
			return parts.length === 0
				? `Node ${e.from} asks node ${e.to}, which has nothing new for it.`
				: `Node ${e.from} contacts node ${e.to} and ${parts.join(' and ')}.`;
		}
		case 'infected':
			return `Node ${e.node} gets ${total === 1 ? 'the message' : `chunk ${e.chunk}`} from node ${e.from}.`;
		case 'stopped':
			return e.rule === 'counter'
				? `Node ${e.node} has met too many nodes that already knew: it stops spreading ${total === 1 ? 'the message' : `chunk ${e.chunk}`}.`
				: `Node ${e.node} met a node that already knew and, tossing a coin, stops spreading ${total === 1 ? 'the message' : `chunk ${e.chunk}`}.`;
		case 'round-ended': {
			const held =
				total === 1
					? `${e.reached[0]} of ${e.live} live nodes have the message`
					: `${e.reached.length} chunks out`;
			return `Round ${e.round} ends: ${count(e.infections, 'new infection')}, ${count(e.messages, 'message')}; ${held}${e.died > 0 ? `; ${count(e.died, 'node')} stop spreading (infect and die)` : ''}.`;
		}
		case 'chunk-complete':
			return `Every live node has ${total === 1 ? 'the message' : `chunk ${e.chunk}`}, ${count(e.rounds, 'round')} after it started.`;
		case 'node-failed':
			return `${e.nodeIds.length === 1 ? `Node ${e.nodeIds[0]} fails` : `${count(e.nodeIds.length, 'node')} fail`}; other views still list them.`;
	}
}
