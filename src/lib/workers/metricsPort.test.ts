import { describe, expect, it } from 'vitest';
import { toPlainGossip } from '$lib/sim/gossip';
import { gossipEntry } from '$lib/models/gossip';
import { defaultParams } from '$lib/models/params';
import type { JobControl } from './control';
import { compareJob, runRoundsJob, type RunJob } from './gossipJobs';
import { serveMetrics } from './metricsPort';

const ctl: JobControl = {
	progress: () => {},
	stopped: () => false,
	due: () => false,
	breathe: async () => {}
};

/** A run ahead of `count` rounds from a fresh network; 4,100 nodes: every metric every 3rd round. */
const job = (nodes: number, count: number, step = 0): RunJob => ({
	kind: 'gossip-run',
	state: toPlainGossip(
		gossipEntry.init(
			{ ...defaultParams(gossipEntry.params), nodes, viewSize: 8, preset: 'cyclon' },
			'port'
		)
	),
	count,
	step
});

/** A helper on this thread at the other end of a channel, counting the rounds it was sent. */
function helper() {
	const { port1, port2 } = new MessageChannel();
	let requests = 0;
	port2.addEventListener('message', () => requests++);
	serveMetrics(port2);
	return { port: port1, requests: () => requests, close: () => port2.close() };
}

describe('a run measured by a helper worker', () => {
	it('gives the points, end state and events of measuring in the job itself, every point from the helper', async () => {
		const alone = await runRoundsJob(job(4100, 7, 3), ctl);
		const h = helper();
		const helped = await runRoundsJob({ ...job(4100, 7, 3), metrics: h.port }, ctl);
		h.close();
		expect(helped).toEqual(alone);
		expect(helped!.points.map((p) => [p.round, p.step, p.inner])).toEqual([
			[0, 3, false],
			...[1, 2, 3, 4, 5, 6].map((r) => [r, 3, true]),
			[7, 4, false]
		]);
		// Rounds 0, 3 and 6 carry every metric, the others the cheap ones.
		expect(helped!.points.map((p) => p.clustering !== null)).toEqual([
			true,
			false,
			false,
			true,
			false,
			false,
			true,
			false
		]);
		expect(h.requests()).toBe(8);
	});

	it('stops when cancelled and lets go of its port', async () => {
		const h = helper();
		let checks = 0;
		const stopping: JobControl = { ...ctl, due: () => true, stopped: () => ++checks >= 2 };
		expect(await runRoundsJob({ ...job(500, 50), metrics: h.port }, stopping)).toBeNull();
		expect(checks).toBe(2);
		expect(h.port.onmessage).toBeNull();
		h.close();
	});

	it("gives the presets' comparison its points, and a cancelled one stops every preset", async () => {
		const p = { ...defaultParams(gossipEntry.params), nodes: 300, viewSize: 6, init: 'random' };
		const compare = { kind: 'gossip-compare', params: p, seed: 'c', rounds: 6 } as const;
		const alone = await compareJob(compare, ctl);
		const h = helper();
		expect(await compareJob({ ...compare, metrics: h.port }, ctl)).toEqual(alone);
		expect(h.requests()).toBe(3 * 7);
		h.close();
		let checks = 0;
		const stopping: JobControl = { ...ctl, due: () => true, stopped: () => ++checks >= 3 };
		const h2 = helper();
		expect(await compareJob({ ...compare, metrics: h2.port }, stopping)).toEqual({});
		expect(checks).toBe(3);
		h2.close();
	});

	it('passes a failure to measure on to the job, which fails with it instead of waiting', async () => {
		// The helper's side answers a request it cannot measure with the reason.
		const h = helper();
		const reply = new Promise<unknown>((resolve) => (h.port.onmessage = (e) => resolve(e.data)));
		h.port.postMessage({ id: 0, input: null, step: 0, inner: false });
		expect(await reply).toMatchObject({ id: 0, error: expect.any(String) });
		h.close();
		h.port.close();
		// The job's side rejects with it.
		const { port1, port2 } = new MessageChannel();
		port2.onmessage = (e) => port2.postMessage({ id: e.data.id, error: 'no memory left' });
		await expect(runRoundsJob({ ...job(200, 2), metrics: port1 }, ctl)).rejects.toThrow(
			'no memory left'
		);
		port2.close();
	});
});
