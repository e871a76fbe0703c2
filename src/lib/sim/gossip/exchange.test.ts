import { describe, expect, it } from 'vitest';
import { runExchange } from './exchange';
import { contextOf } from './round';
import { sortedView, stateWith } from './testing';
import type { GossipEvent } from './events';
import { DEAD } from './types';
import { lastExchangeOf } from './view';

type Exchange = Extract<GossipEvent, { type: 'exchange' }>;

function exchange(s: Parameters<typeof runExchange>[0], v: number): GossipEvent[] {
	const events: GossipEvent[] = [];
	runExchange(s, v, contextOf(s), events);
	return events;
}

/**
 * A 4-node Cyclon shuffle, c = 3, shuffleLength 3. Node 0 holds 1 (age 3, the oldest), 2 and 3;
 * node 1 holds only 2 (age 5). Every random choice is forced, so the outcome is exact:
 * 0 removes 1 and sends itself with 2 and 3; 1 answers with 2; 1 keeps 0 and 3 in its empty slots
 * and discards the fresher 2 it already holds; 0 discards 2, which it holds.
 */
const cyclon = () =>
	stateWith(
		[
			[
				[1, 3],
				[2, 1],
				[3, 2]
			],
			[[2, 5]],
			[],
			[]
		],
		{ viewSize: 3, preset: 'cyclon', exchange: 3 }
	);

describe('a Cyclon shuffle', () => {
	it('swaps the links exactly as the paper describes', () => {
		const s = cyclon();
		const [e] = exchange(s, 0) as Exchange[];
		expect(sortedView(s, 0)).toEqual([
			[2, 1],
			[3, 2]
		]);
		expect(sortedView(s, 1)).toEqual([
			[0, 0],
			[2, 5],
			[3, 2]
		]);
		expect(e.type).toBe('exchange');
		expect(e.active.nodeId).toBe(0);
		expect(e.passive.nodeId).toBe(1);
		expect(e.active.sent[0]).toEqual({ nodeId: 0, age: 0 });
		expect(e.active.sent.map((d) => d.nodeId).sort()).toEqual([0, 2, 3]);
		expect(e.passive.sent).toEqual([{ nodeId: 2, age: 5 }]);
		expect(e.active.received).toEqual(e.passive.sent);
		expect(e.passive.received).toEqual(e.active.sent);
		expect(e.active.dropped).toEqual([{ nodeId: 1, age: 3 }]);
		expect(e.active.kept).toEqual([]);
		expect([...e.passive.kept].sort()).toEqual([0, 3]);
		expect(e.passive.dropped).toEqual([]);
		expect(s.tally).toEqual({ exchanges: 1, deadContacts: 0, idle: 0 });
	});

	it('records each side’s view before the exchange for the inspector', () => {
		const s = cyclon();
		s.round = 4;
		exchange(s, 0);
		const last = lastExchangeOf(s, 1);
		expect(last?.partner).toBe(0);
		expect(last?.round).toBe(5);
		expect(last?.before).toEqual([{ nodeId: 2, age: 5 }]);
		expect(last?.after.map((d) => d.nodeId).sort()).toEqual([0, 2, 3]);
		expect(lastExchangeOf(s, 2)).toBeNull();
	});

	it('loses the contacted dead peer’s entry, visibly', () => {
		const s = cyclon();
		s.status[1] = DEAD;
		s.live--;
		expect(exchange(s, 0)).toEqual([
			{ type: 'peer-dead', round: 1, nodeId: 0, peer: 1, dropped: true }
		]);
		expect(sortedView(s, 0)).toEqual([
			[2, 1],
			[3, 2]
		]);
		expect(s.tally.deadContacts).toBe(1);
	});
});

describe('the generic protocol', () => {
	/** Node 0 knows only 1; node 1 knows only 2. */
	const pair = (propagation: 'push' | 'pull' | 'pushpull') =>
		stateWith([[[1, 4]], [[2, 6]], [], []], { viewSize: 2, exchange: 'full', propagation });

	it('push: only the passive side learns', () => {
		const s = pair('push');
		const [e] = exchange(s, 0) as Exchange[];
		expect(sortedView(s, 0)).toEqual([[1, 4]]);
		expect(sortedView(s, 1)).toEqual([
			[0, 0],
			[2, 6]
		]);
		expect(e.passive.sent).toEqual([]);
		expect(e.active.received).toEqual([]);
	});

	it('pull: only the active side learns, and it sends nothing', () => {
		const s = pair('pull');
		const [e] = exchange(s, 0) as Exchange[];
		expect(sortedView(s, 0)).toEqual([
			[1, 0],
			[2, 6]
		]);
		expect(sortedView(s, 1)).toEqual([[2, 6]]);
		expect(e.active.sent).toEqual([]);
		expect([...e.active.kept].sort()).toEqual([1, 2]);
	});

	it('pushpull: both learn, fresh descriptors at age 0', () => {
		const s = pair('pushpull');
		exchange(s, 0);
		expect(sortedView(s, 0)).toEqual([
			[1, 0],
			[2, 6]
		]);
		expect(sortedView(s, 1)).toEqual([
			[0, 0],
			[2, 6]
		]);
	});

	it('keeps a dead peer’s entry unless told to drop it, and an empty view idles', () => {
		const s = pair('pushpull');
		s.status[1] = DEAD;
		expect(exchange(s, 0)[0]).toMatchObject({ type: 'peer-dead', dropped: false });
		expect(sortedView(s, 0)).toEqual([[1, 4]]);
		expect(exchange(s, 2)).toEqual([{ type: 'no-peer', round: 1, nodeId: 2 }]);
		expect(s.tally).toEqual({ exchanges: 0, deadContacts: 1, idle: 1 });
	});
});

describe('T-Man', () => {
	it('contacts a close peer and both keep the closest', () => {
		// Ring of 8; node 0 knows 4 (far) and 2; node 2 knows 3 and 6.
		const views: [number, number][][] = Array.from({ length: 8 }, () => []);
		views[0] = [
			[4, 0],
			[2, 0]
		];
		views[2] = [
			[3, 0],
			[6, 0]
		];
		const s = stateWith(views, {
			viewSize: 2,
			peerSelection: 'closest',
			psi: 1,
			merge: 'proximity',
			exchange: 'full',
			target: 'ring'
		});
		const [e] = exchange(s, 0) as Exchange[];
		expect(e.passive.nodeId).toBe(2);
		// 0 receives 2 (fresh), 3 and 6; ring distances 4→4, 2→2, 3→3, 6→2: it keeps 2 and 6.
		expect(sortedView(s, 0)).toEqual([
			[2, 0],
			[6, 0]
		]);
		// 2 receives 0 and 4 and keeps 3 (1) and one at distance 2 (0 or 4: the smaller nodeId).
		expect(sortedView(s, 2)).toEqual([
			[0, 0],
			[3, 0]
		]);
	});
});
