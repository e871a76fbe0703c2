import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core';
import { pastryModel } from './model';
import { PASTRY_DEFAULTS } from './params';
import { failuresScenario, growingScenario, randomScenario, runToEnd } from './scenarios';
import { memberIds, nodeOf, rootOf } from './state';
import { stateViolations } from './testing';
import type { PastryParams, PastryState } from './types';

const params = (p: Partial<PastryParams>): PastryParams => ({ ...PASTRY_DEFAULTS, ...p });

/** The longest run of failed nodes adjacent on the ring. */
function longestRun(ids: readonly number[], failed: ReadonlySet<number>): number {
	let best = 0;
	let run = 0;
	for (const id of [...ids, ...ids]) {
		run = failed.has(id) ? run + 1 : 0;
		best = Math.max(best, Math.min(run, ids.length));
	}
	return best;
}

/** Routes `count` random keys with the model (lazy repairs included); returns the wrong deliveries. */
function wrongDeliveries(s: PastryState, seed: string, count: number): number {
	const rng = Rng.stream(seed, 'lookups');
	let wrong = 0;
	for (let i = 0; i < count; i++) {
		const ids = memberIds(s);
		const key = rng.bits(24);
		const events = pastryModel.apply(s, { type: 'route', from: ids[rng.int(ids.length)], key });
		const done = [...events, ...runToEnd(s)].find((e) => e.type === 'route-delivered');
		if (!done || done.type !== 'route-delivered' || done.at !== rootOf(s, key)) wrong++;
	}
	return wrong;
}

describe('failures and repair (§2.5)', () => {
	it('repairs leaf sets to the true live neighbours, and lookups still reach the closest live node (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 10, max: 250 }),
				fc.double({ min: 0, max: 0.3, noNaN: true }),
				fc.string({ maxLength: 4 }),
				fc.boolean(),
				(nodes, share, seed, grow) => {
					const s = grow
						? growingScenario(params({ nodes: Math.min(nodes, 60) }), seed)
						: randomScenario(params({ nodes }), seed);
					runToEnd(s);
					const rng = Rng.stream(seed, 'kills');
					const kills = rng.sample(memberIds(s), Math.floor(share * memberIds(s).length));
					// The paper's limit: repair cannot cross |L|/2 adjacent nodes failing at once.
					fc.pre(longestRun(memberIds(s), new Set(kills)) < PASTRY_DEFAULTS.leafSetSize / 2);
					for (const id of kills) pastryModel.apply(s, { type: 'kill-node', id });
					runToEnd(s);
					for (const id of kills) expect(nodeOf(s, id)?.alive).toBe(false);
					expect(stateViolations(s)).toEqual([]);
					expect(wrongDeliveries(s, seed, 30)).toBe(0);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('routes around a dead table entry and repairs it; after the root fails the key moves on', () => {
		const s = failuresScenario(params({ nodes: 500 }), '3');
		const events = runToEnd(s);
		const routes = events.filter((e) => e.type === 'route-delivered');
		expect(routes).toHaveLength(3);
		for (const r of routes) expect(r).toMatchObject({ correct: true });
		const [first, second, third] = routes.map((r) => (r.type === 'route-delivered' ? r : null));
		const kills = events.flatMap((e) => (e.type === 'node-failed' ? [e.node] : []));
		expect(kills).toEqual([first?.path[1], first?.at]);
		expect(second?.path).not.toContain(kills[0]);
		expect(second?.at).toBe(first?.at);
		expect(third?.at).not.toBe(first?.at);
		const repaired = events.filter((e) => e.type === 'table-entry-repaired');
		expect(repaired.length).toBeGreaterThan(0);
		expect(repaired[0]).toMatchObject({ failed: kills[0], row: 0 });
		const rare = events.filter((e) => e.type === 'route-hop' && e.hop.rule === 'rare-case');
		expect(rare.length).toBeGreaterThan(0);
		expect(events.filter((e) => e.type === 'leaf-set-repaired').length).toBeGreaterThan(0);
	});

	it('loses a message whose holder fails mid-route', () => {
		const s = randomScenario(params({ nodes: 300 }), 'lost');
		const from = memberIds(s)[0];
		const key = 0x800000;
		pastryModel.apply(s, { type: 'route', from, key });
		const hop = pastryModel.apply(s, { type: 'deliver' }).find((e) => e.type === 'route-hop');
		expect(hop).toBeDefined();
		if (hop?.type !== 'route-hop') return;
		pastryModel.apply(s, { type: 'kill-node', id: hop.hop.to });
		expect(pastryModel.apply(s, { type: 'deliver' })).toEqual([
			{ type: 'route-lost', key, at: hop.hop.to, reason: 'node-failed' }
		]);
	});
});
