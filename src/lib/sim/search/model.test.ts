import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimError, Timeline } from '../core';
import { searchStatistics } from './batch';
import type { SearchEvent } from './events';
import { initSearch, searchModel, type SearchState } from './model';
import { buildNetwork } from './network';
import { randomFixture } from './testing';
import type { QueryKind, SearchMethod } from './types';

/** Runs the scenario to its end under a Timeline, as the player does. */
function play(s: SearchState): {
	timeline: Timeline<SearchState, never, SearchEvent>;
	events: SearchEvent[];
} {
	const timeline = new Timeline(searchModel, s) as unknown as Timeline<
		SearchState,
		never,
		SearchEvent
	>;
	const events: SearchEvent[] = [];
	for (let e = timeline.forward(); e !== null; e = timeline.forward()) events.push(...e);
	return { timeline, events };
}

describe('the search model', () => {
	it('reaches the batch statistics’ figures, query for query, for the same seed', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.integer({ min: 2, max: 60 }),
				fc.constantFrom<SearchMethod>('flood', 'ring', 'walk'),
				fc.constantFrom<QueryKind>('exact', 'keyword', 'range'),
				fc.integer({ min: 1, max: 6 }),
				(seed, n, method, query, ttl) => {
					const network = randomFixture(seed, n, 3, 4, 2);
					const options = { method, query, ttl, walkers: ttl, walkerTtl: 10 };
					const { timeline } = play(initSearch(network, { ...options, queries: 5 }, seed));
					const t = timeline.state.totals;
					const batch = searchStatistics(network, { ...options, queries: 5, seed });
					expect(t.queries).toBe(5);
					expect(t.found / 5).toBe(batch.successRate);
					expect(t.messages / 5).toBe(batch.meanMessages);
					expect(t.found === 0 ? null : t.hops / t.found).toBe(batch.meanHops);
					// The same seed gives the same numbers.
					expect(searchStatistics(network, { ...options, queries: 5, seed })).toEqual(batch);
				}
			),
			{ numRuns: 120 }
		);
	});

	it('steps back and forth to the same events (clones share nothing mutable)', () => {
		const network = randomFixture('tl', 80, 3, 4, 2);
		const { timeline, events } = play(
			initSearch(network, { method: 'walk', walkers: 4, queries: 3 }, 'tl')
		);
		const replay: SearchEvent[] = [];
		timeline.seek(0);
		for (let t = 1; t <= timeline.length; t++) {
			timeline.seek(t);
			replay.push(...timeline.eventsAt(t));
		}
		expect(replay).toEqual(events);
		const fresh = play(initSearch(network, { method: 'walk', walkers: 4, queries: 3 }, 'tl'));
		expect(fresh.events).toEqual(events);
	});

	it('starts a query the user names, and refuses what does not fit before changing anything', () => {
		const network = randomFixture('u', 10, 3, 2, 1);
		const s = initSearch(network, { method: 'flood', ttl: 2, queries: 0 }, 'u');
		expect(searchModel.next(s)).toBeNull();
		expect(() => searchModel.apply(s, { type: 'step' })).toThrow('no query is in progress');
		expect(() =>
			searchModel.apply(s, {
				type: 'start-query',
				query: { kind: 'exact', name: 'o1' },
				source: 10
			})
		).toThrow(SimError);
		expect(() => searchModel.apply(s, { type: 'start-query', method: 'dht' })).toThrow(
			'choose the pastry overlay'
		);
		expect(s.started).toBe(0);
		const events = searchModel.apply(s, {
			type: 'start-query',
			query: { kind: 'exact', name: 'o1' },
			source: 3
		});
		expect(events[0]).toMatchObject({
			type: 'query-started',
			number: 1,
			method: 'flood',
			source: 3
		});
		expect(searchModel.next(s)).toEqual({ type: 'step' });
		const done = searchModel.apply(s, { type: 'finish-query' });
		expect(done.map((e) => e.type).filter((t) => t !== 'found')).toEqual(
			s.totals.found === 1 ? ['query-ended'] : ['exhausted', 'query-ended']
		);
		expect(s.run).toBeNull();
	});

	it('runs many queries as one transition, keeping the last one’s summary', () => {
		const network = randomFixture('r', 50, 3, 4, 3);
		const s = initSearch(network, { method: 'ring', ttl: 4, queries: 0 }, 'r');
		const events = searchModel.apply(s, { type: 'run-queries', count: 20 });
		const last = events[events.length - 1];
		expect(last.type === 'query-ended' && last.totals.queries).toBe(20);
		const batch = searchStatistics(network, { method: 'ring', ttl: 4, queries: 20, seed: 'r' });
		expect(s.totals.messages / 20).toBe(batch.meanMessages);
	});
});

describe('the DHT in the search model', () => {
	const network = buildNetwork({ overlay: 'pastry', nodes: 300, seed: 'dht' });

	it('ends every exact lookup at the object’s root, hop by hop as the batch lookup', () => {
		const s = initSearch(network, { method: 'dht', queries: 25 }, 'dht');
		const { timeline, events } = play(s);
		const started = events.filter((e) => e.type === 'query-started');
		const ended = events.filter((e) => e.type === 'query-ended');
		expect(started.length).toBe(25);
		for (const q of started) {
			if (q.type !== 'query-started' || q.query.kind !== 'exact') throw new Error('exact expected');
			const name = q.query.name;
			const object = network.objects.find((o) => o.name === name);
			const root = network.holders.targets[network.holders.offsets[object?.index ?? -1]];
			const i = events.indexOf(q);
			const hops = events.slice(i + 1).findIndex((e) => e.type === 'query-ended');
			const path = events.slice(i + 1, i + 1 + hops).filter((e) => e.type === 'dht-hop');
			const end =
				path.length === 0
					? q.source
					: path[path.length - 1].type === 'dht-hop' &&
						(path[path.length - 1] as { to: number }).to;
			expect(end).toBe(root);
		}
		expect(ended.every((e) => e.type === 'query-ended' && e.found)).toBe(true);
		const batch = searchStatistics(network, { method: 'dht', queries: 25, seed: 'dht' });
		expect(batch.successRate).toBe(1);
		expect(timeline.state.totals.hops / 25).toBe(batch.meanHops);
	});

	it('says a keyword or a range is beyond it, and never answers 0', () => {
		const s = initSearch(network, { method: 'dht', query: 'keyword', queries: 1 }, 'k');
		const events = searchModel.apply(s, { type: 'start-query' });
		expect(events.map((e) => e.type)).toEqual(['unsupported']);
		expect(s.run).toBeNull();
		const stats = searchStatistics(network, {
			method: 'dht',
			query: 'range',
			queries: 10,
			seed: 'k'
		});
		expect(stats).toMatchObject({
			supported: false,
			successRate: null,
			meanMessages: null,
			meanHops: null
		});
		expect(stats.reason).toContain('range');
	});
});
