import { describe, expect, it } from 'vitest';
import { fromPlainGossip, toPlainGossip } from './plain';
import { runRounds } from './round';
import { initGossip } from './state';

describe('plain gossip states', () => {
	it('survive a structured clone and continue exactly', () => {
		const s = initGossip({ nodes: 80, viewSize: 6, preset: 'newscast', churn: 0.05 }, 'plain');
		runRounds(s, 3);
		const copy = fromPlainGossip(structuredClone(toPlainGossip(s)));
		runRounds(s, 4);
		runRounds(copy, 4);
		expect(toPlainGossip(copy)).toEqual(toPlainGossip(s));
		expect(Array.from(copy.viewIds)).toEqual(Array.from(s.viewIds));
	});

	it('copies the arrays, so the original can run on', () => {
		const s = initGossip({ nodes: 20, viewSize: 3 }, 'copy');
		const plain = toPlainGossip(s);
		const before = Array.from(plain.viewAges);
		runRounds(s, 2);
		expect(Array.from(plain.viewAges)).toEqual(before);
	});
});
