import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '$lib/sim/core';
import {
	fromPlainGossip,
	toPlainGossip,
	type GossipCommand,
	type GossipState,
	type PlainGossip
} from '$lib/sim/gossip';
import { gossipEntry, gossipStepModel, PRESET_CHOICES } from '$lib/models/gossip';
import { defaultParams } from '$lib/models/params';
import type { ParamValues } from '$lib/models/types';
import type { JobControl } from './control';
import { runJob } from './jobs';

const ctl: JobControl = {
	progress: () => {},
	stopped: () => false,
	due: () => false,
	breathe: async () => {}
};
/**
 * A state as comparable data: every field, the streams' positions, and each typed array as its kind
 * and values (a structured clone may make arrays of another realm, which toEqual tells apart).
 */
const exact = (s: Readonly<GossipState>) =>
	JSON.parse(
		JSON.stringify(toPlainGossip(s), (_, v) =>
			ArrayBuffer.isView(v) ? [v.constructor.name, ...(v as Int32Array)] : v
		)
	) as unknown;
const params = (p: ParamValues): ParamValues => ({ ...defaultParams(gossipEntry.params), ...p });

describe('a run adopted from the worker', () => {
	it('an adopted run equals the run stepped in the page, for any preset, seed, start and length', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...PRESET_CHOICES),
				fc.string({ minLength: 1, maxLength: 6 }),
				fc.integer({ min: 8, max: 40 }),
				fc.integer({ min: 0, max: 30 }),
				fc.integer({ min: 1, max: 12 }),
				async (preset, seed, nodes, steps, count) => {
					const p = params({ nodes, viewSize: 4, preset, churn: 0.05 });
					const init = gossipEntry.init(p, seed);
					const here = new Timeline(gossipStepModel, init);
					const adopted = new Timeline(gossipStepModel, init);
					for (let i = 0; i < steps; i++) {
						here.forward();
						adopted.forward();
					}
					const state = toPlainGossip(adopted.state);
					const job = { kind: 'gossip-run', state, count, step: steps } as const;
					// What crosses back from the worker is a structured clone.
					const done = structuredClone(await runJob(job, ctl));
					if (!done) throw new Error('the run was not cancelled');
					const end: PlainGossip = done.end;
					const command: GossipCommand = { type: 'run-rounds', count };
					adopted.adopt(command, fromPlainGossip(end), done.events);
					here.act(command);
					expect(exact(adopted.state)).toEqual(exact(here.state));
					expect(adopted.eventsAt()).toEqual(here.eventsAt());
					// And they go on alike.
					here.forward();
					adopted.forward();
					adopted.seek(steps + 1);
					here.seek(steps + 1);
					expect(exact(adopted.state)).toEqual(exact(here.state));
				}
			),
			{ numRuns: 60 }
		);
	});
});
