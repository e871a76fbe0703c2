import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng, SimError } from '../core';
import { pastryModel } from './model';
import { PASTRY_DEFAULTS, browserDigits } from './params';
import { growingScenario, randomScenario, runToEnd } from './scenarios';
import { memberIds, nodeOf, rootOf } from './state';
import { snapshot, stateViolations } from './testing';
import type { PastryEvent } from './events';
import type { PastryParams } from './types';
import { tracePath } from './views';

const params = (p: Partial<PastryParams>): PastryParams => ({ ...PASTRY_DEFAULTS, ...p });

const shape = fc.record({
	nodes: fc.integer({ min: 1, max: 70 }),
	b: fc.integer({ min: 1, max: 4 }),
	leafSetSize: fc.integer({ min: 1, max: 10 }).map((h) => 2 * h),
	neighborhoodSetSize: fc.integer({ min: 0, max: 12 }),
	seed: fc.string({ maxLength: 4 })
});

describe('message-level joins (§2.4)', () => {
	it('leave every node valid: exact cells and the true leaf sets (property)', () => {
		fc.assert(
			fc.property(shape, (p) => {
				const s = growingScenario(params({ ...p, digits: browserDigits(p.b) }), p.seed);
				runToEnd(s);
				expect(memberIds(s)).toHaveLength(p.nodes);
				expect(stateViolations(s)).toEqual([]);
				const ids = memberIds(s);
				const rng = Rng.stream(p.seed, 'keys');
				for (let i = 0; i < 40; i++) {
					const from = ids[rng.int(ids.length)];
					const key = rng.bits(s.space.b * s.space.digits);
					const hops = tracePath(s, from, key);
					expect(hops.length > 0 ? hops[hops.length - 1].to : from).toBe(rootOf(s, key));
				}
			}),
			{ numRuns: 40 }
		);
	});

	it('copies row i from the i-th node of the join route, then the leaf set from the last', () => {
		const s = randomScenario(params({ nodes: 400 }), 'rows');
		const events = pastryModel.apply(s, { type: 'add-node', id: 0x3a7f00, x: 0.5, y: 0.5 });
		events.push(...runToEnd(s));
		const rows = events.filter((e) => e.type === 'join-row-copied');
		const hops = events.filter((e) => e.type === 'join-hop');
		expect(rows.map((e) => (e.type === 'join-row-copied' ? e.row : -1))).toEqual(
			rows.map((_, i) => i)
		);
		expect(rows.length).toBe(hops.length + 1);
		const leaf = events.find((e) => e.type === 'join-leaf-set-copied');
		const last = rows[rows.length - 1];
		expect(
			leaf &&
				last &&
				leaf.type === 'join-leaf-set-copied' &&
				last.type === 'join-row-copied' &&
				leaf.from === last.from
		).toBe(true);
		expect(events[0]).toMatchObject({ type: 'join-started', node: 0x3a7f00 });
		expect(events[events.length - 1]).toMatchObject({ type: 'node-joined', node: 0x3a7f00 });
		const x = nodeOf(s, 0x3a7f00);
		expect(x?.joined).toBe(true);
		for (const e of rows)
			if (e.type === 'join-row-copied')
				for (const cell of e.cells) expect(cell.supplier).toBe(e.from);
		expect(stateViolations(s)).toEqual([]);
	});

	it('is the same run byte for byte for the same seed, and clones share nothing', () => {
		const run = () => {
			const s = growingScenario(params({ nodes: 40 }), 'same');
			const events: PastryEvent[] = [];
			for (let c = pastryModel.next(s); c !== null; c = pastryModel.next(s)) {
				events.push(...pastryModel.apply(s, c));
				if (s.step === 300)
					pastryModel.apply(s, { type: 'route', from: memberIds(s)[3], key: 0x123456 });
			}
			return { state: snapshot(s), events: JSON.stringify(events) };
		};
		const a = run();
		expect(run()).toEqual(a);
		const s = growingScenario(params({ nodes: 30 }), 'clone');
		runToEnd(s);
		const before = snapshot(s);
		const copy = pastryModel.clone(s);
		pastryModel.apply(copy, { type: 'add-node' });
		runToEnd(copy);
		pastryModel.apply(copy, { type: 'kill-node', id: memberIds(s)[0] });
		runToEnd(copy);
		expect(snapshot(s)).toBe(before);
		expect(snapshot(pastryModel.clone(s))).toBe(before);
	});

	it('queues a lookup behind a join, and counts completed operations as rounds', () => {
		const s = randomScenario(params({ nodes: 50 }), 'queue');
		const from = memberIds(s)[0];
		expect(pastryModel.round(s)).toBe(50);
		pastryModel.apply(s, { type: 'add-node' });
		expect(pastryModel.apply(s, { type: 'route', from, key: 5 })).toEqual([
			{ type: 'operation-queued', operation: 'route', node: from }
		]);
		const events = runToEnd(s);
		expect(events.findIndex((e) => e.type === 'node-joined')).toBeLessThan(
			events.findIndex((e) => e.type === 'route-started')
		);
		expect(pastryModel.round(s)).toBe(52);
		expect(pastryModel.next(s)).toBeNull();
	});
});

describe('commands that do not fit', () => {
	const s = randomScenario(params({ nodes: 20 }), 'bad');
	const member = memberIds(s)[0];
	it.each([
		[{ type: 'route', from: 0x123, key: 1 }, 'there is no node 000123 to route from'],
		[{ type: 'route', from: member, key: 2 ** 24 }, 'read typed keys with parseId'],
		[{ type: 'route', from: member, key: 1.5 }, 'is not an id of 6 digits'],
		[{ type: 'add-node', id: member }, 'is already in the network'],
		[{ type: 'add-node', id: -1 }, 'outside the id space'],
		[{ type: 'add-node', x: 2, y: 0.5 }, 'coordinates from 0 to 1'],
		[{ type: 'add-node', x: 0.5 }, 'needs both x and y'],
		[{ type: 'add-node', via: 0x42 }, 'is not a live member to contact'],
		[{ type: 'kill-node', id: 0x42 }, 'there is no node 000042 to fail'],
		[{ type: 'deliver' }, 'no message is in flight']
	] as const)('%j is refused with a SimError and the state is unchanged', (command, message) => {
		const before = snapshot(s);
		expect(() => pastryModel.apply(s, command)).toThrow(SimError);
		expect(() => pastryModel.apply(s, command)).toThrow(message);
		expect(snapshot(s)).toBe(before);
	});

	it('refuses a failure in the middle of a join, and a lookup from a node that has not joined', () => {
		const t = randomScenario(params({ nodes: 20 }), 'mid');
		pastryModel.apply(t, { type: 'add-node', id: 0xabcdef });
		expect(() => pastryModel.apply(t, { type: 'kill-node', id: memberIds(t)[0] })).toThrow(
			'node abcdef is joining; step until its join completes'
		);
		expect(() => pastryModel.apply(t, { type: 'route', from: 0xabcdef, key: 1 })).toThrow(
			'it has not joined yet'
		);
		runToEnd(t);
		pastryModel.apply(t, { type: 'route', from: memberIds(t)[0], key: 1 });
		pastryModel.apply(t, { type: 'add-node', id: 0xabcdee });
		expect(() => pastryModel.apply(t, { type: 'kill-node', id: 0xabcdee })).toThrow(
			'node abcdee has not joined yet; fail it once it has'
		);
	});
});
