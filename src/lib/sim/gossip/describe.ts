import type { Descriptor } from './types';
import type { GossipEvent } from './events';

function list(ids: readonly number[], max = 6): string {
	if (ids.length <= max) return ids.join(', ');
	return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function nodes(n: number): string {
	return count(n, 'node');
}

function entries(ds: readonly Descriptor[]): string {
	return ds.length === 0 ? 'nothing' : list(ds.map((d) => d.nodeId));
}

/** One plain sentence per event, for the screen-reader live region and the event log. */
export function describeGossipEvent(e: GossipEvent): string {
	switch (e.type) {
		case 'round-started':
			return `Round ${e.round} starts with ${nodes(e.live)} alive; every view entry ages by one.`;
		case 'exchange': {
			const a = e.active;
			const p = e.passive;
			const sent = a.sent.length > 0 ? `sends ${entries(a.sent)}` : 'asks for entries';
			const back = p.sent.length > 0 ? `, node ${p.nodeId} answers with ${entries(p.sent)}` : '';
			return (
				`Node ${a.nodeId} gossips with node ${p.nodeId}: it ${sent}${back}; ` +
				`node ${a.nodeId} keeps ${a.kept.length} and drops ${a.dropped.length}, ` +
				`node ${p.nodeId} keeps ${p.kept.length} and drops ${p.dropped.length}.`
			);
		}
		case 'peer-dead':
			return `Node ${e.nodeId} contacts node ${e.peer}, which is dead; the exchange fails${e.dropped ? ` and node ${e.nodeId} drops the entry` : ' and the entry stays'}.`;
		case 'no-peer':
			return `Node ${e.nodeId} has an empty view and nobody to gossip with.`;
		case 'node-failed': {
			const why = {
				catastrophe: 'in a catastrophic failure',
				churn: 'through churn',
				user: 'as asked'
			}[e.cause];
			return `${e.nodeIds.length === 1 ? `Node ${e.nodeIds[0]} fails` : `${nodes(e.nodeIds.length)} fail (${list(e.nodeIds)})`} ${why}.`;
		}
		case 'node-joined': {
			const via =
				new Set(e.bootstraps).size === 1
					? `through node ${e.bootstraps[0]}`
					: 'each through a random live node';
			return `${e.nodeIds.length === 1 ? `Node ${e.nodeIds[0]} joins` : `${nodes(e.nodeIds.length)} join (${list(e.nodeIds)})`} ${e.bootstraps[0] === -1 ? 'knowing nobody' : via}.`;
		}
		case 'round-ended':
			return `Round ${e.round} ends: ${count(e.exchanges, 'exchange')}, ${count(e.deadContacts, 'contact')} with dead nodes, ${count(e.idle, 'idle node')}; ${nodes(e.live)} alive.`;
	}
}
