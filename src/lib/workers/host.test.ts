import { describe, expect, it } from 'vitest';
import { fromPlainGossip, initGossip, runRounds, toPlainGossip } from '$lib/sim/gossip';
import { transferables } from './host';

describe('the worker moves a result’s state', () => {
	it('names each buffer once, and the moved state keeps one buffer per view store and runs on the same', () => {
		const s = initGossip({ nodes: 60, viewSize: 6, preset: 'cyclon' }, 'moved');
		runRounds(s, 3);
		const end = toPlainGossip(s);
		const list = transferables({ end });
		expect(new Set(list).size).toBe(list.length);
		// What postMessage does with a transfer list (it throws on a buffer named twice).
		const moved = structuredClone({ end }, { transfer: list }).end;
		expect(moved.viewAges.buffer).toBe(moved.viewIds.buffer);
		expect(moved.lastAges.buffer).toBe(moved.lastIds.buffer);
		const there = fromPlainGossip(moved);
		runRounds(there, 2);
		runRounds(s, 2);
		expect(toPlainGossip(there)).toEqual(toPlainGossip(s));
	});
});
