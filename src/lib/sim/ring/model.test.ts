import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatId, ringDistance, SimError, Timeline } from '../core';
import { initRing, ringModel, rootOf } from './model';
import type { RingCommand, RingEvent, RingState } from './types';

const hex = (id: number) => formatId(id);

function ringWith(nodes: number[], keys: number[] = []): RingState {
	const s = initRing({ digits: 6, nodes: 0, keys: 0 }, 't');
	for (const id of nodes) ringModel.apply(s, { type: 'add-node', id });
	for (const id of keys) ringModel.apply(s, { type: 'add-key', id });
	return s;
}

describe('ring model', () => {
	it('stores a key at the numerically closest node, wrapping around 000000', () => {
		const s = ringWith([0x100000, 0x800000, 0xf00000]);
		expect(hex(rootOf(s, 0x300000) as number)).toBe('100000');
		expect(hex(rootOf(s, 0x500000) as number)).toBe('800000');
		expect(hex(rootOf(s, 0xff0000) as number)).toBe('f00000');
		expect(hex(rootOf(s, 0x010000) as number)).toBe('100000');
		expect(hex(rootOf(s, 0xfa0000) as number)).toBe('f00000');
		expect(rootOf(ringWith([]), 5)).toBeNull();
	});

	it('moves only the keys next to a joining or leaving node', () => {
		const s = ringWith([0x100000, 0x800000], [0x300000, 0x500000, 0x700000, 0xc00000]);
		const joined = ringModel.apply(s, { type: 'add-node', id: 0x600000 });
		expect(joined).toEqual([
			{
				type: 'node-added',
				id: 0x600000,
				moved: [
					{ key: 0x500000, from: 0x800000, to: 0x600000 },
					// 700000 is halfway between 600000 and 800000: the tie goes to the smaller id.
					{ key: 0x700000, from: 0x800000, to: 0x600000 }
				]
			}
		]);
		const left = ringModel.apply(s, { type: 'remove-node', id: 0x600000 });
		expect(left[0]).toMatchObject({
			type: 'node-removed',
			moved: [
				{ key: 0x500000, to: 0x800000 },
				{ key: 0x700000, to: 0x800000 }
			]
		});
	});

	it('derives keys from names with SHA-1 and refuses duplicates before changing anything', () => {
		const s = ringWith([0x100000]);
		const [e] = ringModel.apply(s, { type: 'add-key', name: 'abc' });
		expect(e).toEqual({ type: 'key-added', key: 0xa9993e, name: 'abc', root: 0x100000 });
		const before = JSON.stringify({ n: s.nodes, k: s.keys, steps: s.steps });
		expect(() => ringModel.apply(s, { type: 'add-key', name: 'abc' })).toThrow(
			new SimError('key a9993e is already stored')
		);
		expect(() => ringModel.apply(s, { type: 'add-node', id: 0x100000 })).toThrow(
			'node 100000 is already in the ring'
		);
		expect(() => ringModel.apply(s, { type: 'remove-node', id: 0x200000 })).toThrow(
			'there is no node 200000 to remove'
		);
		expect(() => ringModel.apply(s, { type: 'add-node', id: 2 ** 24 })).toThrow(
			'outside the 6-digit id space'
		);
		expect(JSON.stringify({ n: s.nodes, k: s.keys, steps: s.steps })).toBe(before);
	});

	it('refuses parameters out of range', () => {
		expect(() => initRing({ digits: 14, nodes: 1, keys: 1 }, 's')).toThrow(
			'id digits must be an integer from 1 to 13'
		);
		expect(() => initRing({ digits: 1, nodes: 17, keys: 0 }, 's')).toThrow(
			'17 nodes do not fit in 1 hex digits'
		);
		expect(() => initRing({ digits: 6, nodes: -1, keys: 0 }, 's')).toThrow(
			'nodes must be an integer from 0 to 4096'
		);
	});

	it('runs its scenario: the nodes, then the keys, then stops', () => {
		const t = new Timeline(ringModel, initRing({ digits: 6, nodes: 3, keys: 2 }, '7'));
		const types: string[] = [];
		for (let e = t.forward(); e !== null; e = t.forward()) types.push(...e.map((x) => x.type));
		expect(types).toEqual(['node-added', 'node-added', 'node-added', 'key-added', 'key-added']);
	});

	const command: fc.Arbitrary<RingCommand> = fc.oneof(
		fc.integer({ min: 0, max: 0xff }).map((i) => ({ type: 'add-node', id: i * 0x10101 }) as const),
		fc
			.integer({ min: 0, max: 0xff })
			.map((i) => ({ type: 'remove-node', id: i * 0x10101 }) as const),
		fc.integer({ min: 0, max: 0xffffff }).map((id) => ({ type: 'add-key', id }) as const),
		fc.string({ maxLength: 8 }).map((name) => ({ type: 'add-key', name }) as const)
	);

	it('keeps every key at a node no farther than any other, and moves only neighbours (property)', () => {
		fc.assert(
			fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
				const s = initRing({ digits: 6, nodes: 0, keys: 0 }, 'p');
				for (const c of commands) {
					const before = new Map(s.keys.map((k) => [k.id, rootOf(s, k.id)]));
					let events: RingEvent[];
					try {
						events = ringModel.apply(s, c);
					} catch (e) {
						if (e instanceof SimError) continue;
						throw e;
					}
					for (const k of s.keys) {
						const root = rootOf(s, k.id) as number;
						for (const n of s.nodes)
							expect(ringDistance(k.id, root, s.space)).toBeLessThanOrEqual(
								ringDistance(k.id, n, s.space)
							);
					}
					const e = events[0];
					if (e.type === 'node-added') for (const m of e.moved) expect(m.to).toBe(e.id);
					if (e.type === 'node-removed') for (const m of e.moved) expect(m.from).toBe(e.id);
					if (e.type === 'node-added' || e.type === 'node-removed')
						expect(e.moved.length).toBe(
							s.keys.filter((k) => before.get(k.id) !== rootOf(s, k.id)).length
						);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
