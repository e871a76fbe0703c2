import { describe, expect, it } from 'vitest';
import { SimError } from '../core';
import { broadcastModel } from './model';
import { resolveBroadcastParams } from './params';
import { broadcastOver, runBroadcast } from './round';
import { initBroadcast } from './state';
import type { BroadcastEvent } from './events';
import type { BroadcastOptions, BroadcastState } from './index';

/** A ring lattice of 10 nodes, each knowing its two neighbours; fanout 2 contacts both: no chance. */
const ring = (o: Partial<BroadcastOptions> = {}) =>
	initBroadcast({ overlay: 'ring', nodes: 10, viewSize: 2, fanout: 2, ...o }, 'ring');

function stepAll(s: BroadcastState): BroadcastEvent[] {
	const events: BroadcastEvent[] = [];
	for (let c = broadcastModel.next(s); c !== null; c = broadcastModel.next(s))
		events.push(...broadcastModel.apply(s, c));
	return events;
}

describe('broadcast on a ring lattice, exactly', () => {
	it('push, infect forever: two new nodes a round, every informed node pushing to both neighbours', () => {
		const s = ring({ protocol: 'push' });
		const events = stepAll(s);
		expect(s.curves[0]).toEqual([1, 3, 5, 7, 9, 10]);
		expect(s.completeAfter[0]).toBe(5);
		expect(s.tally).toEqual({
			messages: 2 * (1 + 3 + 5 + 7 + 9),
			transmissions: 50,
			duplicates: 41,
			deadContacts: 0,
			infections: 9
		});
		const infected = events.flatMap((e) => (e.type === 'infected' ? [e.node] : []));
		expect(new Set(infected).size).toBe(9);
		expect(infected).not.toContain(s.source);
		expect(events.at(-2)).toEqual({ type: 'chunk-complete', chunk: 0, rounds: 5 });
	});

	it('push, infect and die: only the newest nodes push, two messages each', () => {
		const s = ring({ protocol: 'push', stop: 'die' });
		runBroadcast(s);
		// Round 1: the source; rounds 2-5: the two nodes informed in the round before; round 6: the
		// last node, whose neighbours both know already. Then nobody spreads and the run ends.
		expect(s.curves[0]).toEqual([1, 3, 5, 7, 9, 10, 10]);
		expect(s.tally.messages).toBe(2 + 4 * 4 + 2);
		expect(s.round).toBe(6);
		expect(s.spreading[0]).toBe(0);
	});

	it('pull: the nodes next to the informed ones pull it, the same curve', () => {
		const s = ring({ protocol: 'pull' });
		runBroadcast(s);
		expect(s.curves[0]).toEqual([1, 3, 5, 7, 9, 10]);
		expect(s.tally.duplicates).toBe(0);
	});

	it('a stream: chunk j is born at round j and reaches everyone five rounds later', () => {
		const s = ring({ protocol: 'push', chunks: 3 });
		runBroadcast(s);
		expect(s.completeAfter).toEqual([5, 5, 5]);
		expect(s.curves[2]).toEqual([1, 3, 5, 7, 9, 10]);
		expect(s.round).toBe(7);
	});

	it('a failed node cuts the ring on one side: the message goes round the other way', () => {
		const s = ring({ protocol: 'push' });
		const next = (s.source + 1) % 10;
		const events = broadcastModel.apply(s, { type: 'fail-nodes', nodeIds: [next] });
		expect(events).toEqual([{ type: 'node-failed', round: 0, nodeIds: [next] }]);
		runBroadcast(s);
		expect(s.curves[0]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(s.completeAfter[0]).toBe(8);
		expect(s.tally.deadContacts).toBeGreaterThan(0);
	});
});

describe('stepping', () => {
	it('a step is one node’s turn; the round ends with its last turn', () => {
		const s = ring({ protocol: 'push' });
		expect(broadcastModel.apply(s, { type: 'turn' }).map((e) => e.type)).toEqual([
			'round-started',
			'contact',
			'infected',
			'contact',
			'infected',
			'round-ended'
		]);
		expect(broadcastModel.round(s)).toBe(1);
		const second = broadcastModel.apply(s, { type: 'turn' });
		expect(second[0]).toEqual({ type: 'round-started', round: 2, turns: 3, born: null });
		expect(s.inRound).toBe(true);
		expect(broadcastModel.apply(s, { type: 'finish-round' }).at(-1)).toMatchObject({
			type: 'round-ended',
			round: 2,
			reached: [5],
			infections: 2
		});
	});

	it('refuses commands once the broadcast is over, and bad failures', () => {
		const s = ring();
		expect(() => broadcastModel.apply(s, { type: 'fail-nodes', nodeIds: [] })).toThrow(
			'name at least one node to fail'
		);
		expect(() => broadcastModel.apply(s, { type: 'fail-nodes', nodeIds: [42] })).toThrow(
			'node 42 is not a live node'
		);
		runBroadcast(s);
		expect(broadcastOver(s)).toBe(true);
		expect(broadcastModel.next(s)).toBeNull();
		expect(() => broadcastModel.apply(s, { type: 'turn' })).toThrow(SimError);
	});
});

describe('parameters that do not fit', () => {
	it.each([
		[{ overlay: 'star' }, 'unknown overlay "star"; try one of: cyclon, newscast, random, ring'],
		[{ fanout: 0 }, 'the fanout f must be an integer from 1 to 5, got 0'],
		[{ fanout: 6 }, 'the fanout f must be an integer from 1 to 5, got 6'],
		[{ overlay: 'ring', warmup: 3 }, 'a ring overlay is built directly'],
		[{ stop: 'die', stopK: 3 }, 'k applies to the counter and coin stop rules, not to "die"'],
		[{ fail: 1 }, 'the failed share must be a number from 0 to below 1, got 1'],
		[
			{ fail: 0.99 },
			'a failed share of 0.99 fails all 50 nodes, leaving none to start the broadcast; take a share below 0.99'
		],
		[{ overlay: 'ring', refresh: true }, 'a ring lattice does not gossip'],
		[{ protocol: 'flood' }, 'unknown protocol "flood"; try one of: push, pull, pushpull'],
		[{ chunks: 0 }, 'the number of chunks must be an integer from 1 to 1000, got 0']
	] as const)('%o: %s', (o, message) => {
		expect(() =>
			resolveBroadcastParams({ nodes: 50, viewSize: 5, ...o } as BroadcastOptions)
		).toThrow(message);
	});

	it('keeps a node to start from under the largest failed share it takes', () => {
		for (const nodes of [2, 10, 12, 50, 999]) {
			const fail = Math.floor(((nodes - 0.5) / nodes) * 1e4) / 1e4 - 1e-4;
			const s = initBroadcast({ nodes, viewSize: 1, fail }, 's');
			expect(s.gossip.live).toBeGreaterThan(0);
		}
	});
});
