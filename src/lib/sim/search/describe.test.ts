import { describe, expect, it } from 'vitest';
import { describeSearchEvent } from './describe';
import type { SearchEvent } from './events';
import { initSearch, searchModel } from './model';
import { buildNetwork } from './network';

describe('describeSearchEvent', () => {
	it.each<[SearchEvent, string]>([
		[
			{
				type: 'query-started',
				number: 1,
				method: 'flood',
				source: 7,
				query: { kind: 'keyword', keyword: 'jazz' },
				holders: 12
			},
			'Query 1: node 7 asks for keywords contain "jazz" by flooding; 12 nodes in the network hold an answer.'
		],
		[
			{
				type: 'flood-wave',
				depth: 2,
				ttl: 5,
				origin: 7,
				edges: [[1, 2]],
				frontier: [2],
				duplicates: 0,
				messages: 4
			},
			'Wave 2 of 5 from node 7: 1 message reaches 1 new node (2), 0 of them duplicates; 4 messages so far.'
		],
		[
			{ type: 'ring-started', ring: 2, ttl: 2 },
			'Nothing found yet: ring 2 floods again from the requester with TTL 2.'
		],
		[
			{ type: 'walker-step', walker: 0, step: 3, from: 4, to: 9, hit: true, messages: 12 },
			'Walker 1 steps from node 4 to node 9, which holds an answer; 12 messages so far.'
		],
		[
			{ type: 'walker-check', step: 4, walkers: 3, stop: true, checks: 3 },
			'After step 4, 3 walkers check with the requester and stop: the query is answered.'
		],
		[
			{
				type: 'dht-hop',
				hop: 1,
				from: 3,
				to: 8,
				rule: 'routing-table',
				row: 0,
				column: 13,
				messages: 1
			},
			'Hop 1: node 3 forwards the key to node 8 by its routing table (row 0, column 13).'
		],
		[
			{ type: 'greedy-stuck', node: 5, distance: 1, fallbackTtl: 2 },
			'Node 5 has no neighbour closer to the query (1 step away); it floods its neighbourhood with TTL 2.'
		],
		[
			{ type: 'found', node: 9, object: 'jazz-1959-07', hops: 3, messages: 12 },
			'Found: node 9 holds "jazz-1959-07", 3 hops from the requester, after 12 messages.'
		],
		[
			{ type: 'exhausted', reason: 'ttl', messages: 64 },
			'Not found: the TTL is spent, after 64 messages.'
		],
		[
			{
				type: 'query-ended',
				found: false,
				hops: null,
				messages: 64,
				totals: { queries: 1, found: 0, messages: 64, hops: 0 }
			},
			'The query ends unanswered with 64 messages; 0 of 1 query answered so far, 64 messages in all.'
		]
	])('tells %o in one sentence', (event, sentence) => {
		expect(describeSearchEvent(event)).toBe(sentence);
	});

	it('has a sentence for every event a session produces', () => {
		const network = buildNetwork({ overlay: 'tman', nodes: 120, seed: 'd' });
		for (const method of ['flood', 'ring', 'walk', 'greedy'] as const) {
			const s = initSearch(network, { method, ttl: 3, walkers: 2, queries: 3 }, 'd');
			for (let c = searchModel.next(s); c; c = searchModel.next(s))
				for (const e of searchModel.apply(s, c))
					expect(describeSearchEvent(e)).toMatch(/^[A-Z].*\.$/);
		}
	});
});
