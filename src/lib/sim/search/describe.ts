import type { SearchEvent } from './events';
import { formatQuery } from './objects';
import type { SearchMethod } from './types';

const METHOD_NAMES: Record<SearchMethod, string> = {
	flood: 'flooding',
	ring: 'expanding ring',
	walk: 'random walkers',
	dht: 'DHT lookup',
	greedy: 'greedy routing'
};

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function list(ids: readonly number[], max = 6): string {
	if (ids.length <= max) return ids.join(', ');
	return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

/** One plain sentence per event, for the screen-reader live region and the event log. */
export function describeSearchEvent(e: SearchEvent): string {
	switch (e.type) {
		case 'query-started':
			return `Query ${e.number}: node ${e.source} asks for ${formatQuery(e.query)} by ${METHOD_NAMES[e.method]}; ${count(e.holders, 'node')} in the network ${e.holders === 1 ? 'holds' : 'hold'} an answer.`;
		case 'unsupported':
			return `The ${METHOD_NAMES[e.method]} cannot answer the query (${formatQuery(e.query)}): ${e.reason}.`;
		case 'ring-started':
			return `Nothing found yet: ring ${e.ring} floods again from the requester with TTL ${e.ttl}.`;
		case 'flood-wave': {
			const reached =
				e.frontier.length === 0
					? 'no new node'
					: `${count(e.frontier.length, 'new node')} (${list(e.frontier)})`;
			return `Wave ${e.depth} of ${e.ttl} from node ${e.origin}: ${count(e.edges.length, 'message')} ${e.edges.length === 1 ? 'reaches' : 'reach'} ${reached}, ${e.duplicates} of them duplicates; ${count(e.messages, 'message')} so far.`;
		}
		case 'walker-step':
			return `Walker ${e.walker + 1} steps from node ${e.from} to node ${e.to}${e.hit ? ', which holds an answer' : ''}; ${count(e.messages, 'message')} so far.`;
		case 'walker-check':
			return `After step ${e.step}, ${count(e.walkers, 'walker')} check with the requester and ${e.stop ? 'stop: the query is answered' : 'walk on'}.`;
		case 'dht-hop':
			return `Hop ${e.hop}: node ${e.from} forwards the key to node ${e.to} by its ${e.rule === 'routing-table' ? `routing table (row ${e.row}, column ${e.column})` : e.rule === 'leaf-set' ? 'leaf set' : 'rare-case rule'}.`;
		case 'greedy-hop':
			return `Hop ${e.hop}: node ${e.from} forwards to its neighbour ${e.to}, ${count(e.distance, 'step')} from the query's interests.`;
		case 'greedy-stuck':
			return `Node ${e.node} has no neighbour closer to the query (${count(e.distance, 'step')} away)${e.fallbackTtl > 0 ? `; it floods its neighbourhood with TTL ${e.fallbackTtl}` : '; the route stops'}.`;
		case 'found':
			return `Found: node ${e.node} holds "${e.object}", ${count(e.hops, 'hop')} from the requester, after ${count(e.messages, 'message')}.`;
		case 'exhausted': {
			const why = {
				ttl: 'the TTL is spent',
				stuck: 'every walker stands on a node with no neighbour',
				'local-minimum': 'the route is stuck at a local minimum',
				'not-stored': "the key's root holds no such object"
			}[e.reason];
			return `Not found: ${why}, after ${count(e.messages, 'message')}.`;
		}
		case 'query-ended':
			return `The query ends ${e.found ? `answered in ${count(e.hops ?? 0, 'hop')}` : 'unanswered'} with ${count(e.messages, 'message')}; ${e.totals.found} of ${e.totals.queries} ${e.totals.queries === 1 ? 'query' : 'queries'} answered so far, ${count(e.totals.messages, 'message')} in all.`;
	}
}
