import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimError, Timeline } from '../core';
import { pastryModel } from './model';
import { PASTRY_DEFAULTS } from './params';
import { growingScenario } from './scenarios';
import { memberIds } from './state';
import { snapshot } from './testing';
import type { PastryCommand } from './types';

type Op =
	| { op: 'forward'; count: number }
	| { op: 'back' | 'round' }
	| { op: 'seek'; to: number }
	| { op: 'add'; id: number }
	| { op: 'route'; pick: number; key: number }
	| { op: 'kill'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.integer({ min: 1, max: 40 }).map((count) => ({ op: 'forward', count }) as const),
	fc.constantFrom({ op: 'back' } as const, { op: 'round' } as const),
	fc.integer({ min: 0, max: 200 }).map((to) => ({ op: 'seek', to }) as const),
	fc.integer({ min: 0, max: 2 ** 24 - 1 }).map((id) => ({ op: 'add', id }) as const),
	fc
		.tuple(fc.nat(), fc.integer({ min: 0, max: 2 ** 24 - 1 }))
		.map(([pick, key]) => ({ op: 'route', pick, key }) as const),
	fc.nat().map((pick) => ({ op: 'kill', pick }) as const)
);

const initial = () => growingScenario({ ...PASTRY_DEFAULTS, nodes: 10 }, 'timeline');

describe('the Pastry model under the Timeline', () => {
	it('equals a fresh replay after any steps, back-steps, seeks and user commands (property)', () => {
		const rounds: number[] = [];
		fc.assert(
			fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
				const t = new Timeline(pastryModel, initial(), { checkpointEvery: 8, maxCheckpoints: 4 });
				for (const o of ops) {
					if (o.op === 'forward') for (let i = 0; i < o.count; i++) t.forward();
					else if (o.op === 'back') t.back();
					else if (o.op === 'round') t.forwardRound();
					else if (o.op === 'seek') t.seek(o.to);
					else {
						const ids = memberIds(t.state);
						let command: PastryCommand | null = null;
						if (o.op === 'add') command = { type: 'add-node', id: o.id };
						else if (ids.length > 0 && o.op === 'route')
							command = { type: 'route', from: ids[o.pick % ids.length], key: o.key };
						else if (ids.length > 0 && o.op === 'kill')
							command = { type: 'kill-node', id: ids[o.pick % ids.length] };
						if (command === null) continue;
						try {
							t.act(command);
						} catch (e) {
							if (!(e instanceof SimError)) throw e;
						}
					}
				}
				// Run on to the end, so every run replays the late joins, lookups and repairs too.
				while (t.forward() !== null);
				rounds.push(t.round);
				const fresh = Timeline.replay(pastryModel, initial(), t.userLog(), t.position);
				expect(snapshot(fresh.state)).toBe(snapshot(t.state));
				expect(fresh.round).toBe(t.round);
			}),
			{ numRuns: 60 }
		);
		expect(Math.min(...rounds)).toBeGreaterThanOrEqual(10);
	});
});
