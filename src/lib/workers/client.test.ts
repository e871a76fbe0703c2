import { describe, expect, it } from 'vitest';
import { toPlainGossip } from '$lib/sim/gossip';
import { gossipEntry } from '$lib/models/gossip';
import { defaultParams } from '$lib/models/params';
import type { Progress } from './control';
import { WorkerClient, type WorkerLike } from './client';
import { serve, type FromWorker, type ToWorker } from './host';

/**
 * A stand-in Web Worker: the real worker code (`serve`) on this thread, each message delivered on
 * a later task and structured-cloned as `postMessage` would. It keeps what the page sent.
 */
function fakeWorker(): WorkerLike & {
	sent: ToWorker[];
	posted: FromWorker[];
	terminated: boolean;
} {
	const w = {
		sent: [] as ToWorker[],
		posted: [] as FromWorker[],
		terminated: false,
		onmessage: null as WorkerLike['onmessage'],
		postMessage(m: ToWorker, transfer: Transferable[] = []) {
			w.sent.push(m);
			const copy = structuredClone(m, { transfer });
			setTimeout(() => void handle(copy), 0);
		},
		terminate() {
			w.terminated = true;
		}
	};
	const handle = serve((m: FromWorker) => {
		w.posted.push(m);
		setTimeout(() => w.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>), 0);
	});
	return w as never;
}

const start = (nodes: number) =>
	toPlainGossip(
		gossipEntry.init(
			{ ...defaultParams(gossipEntry.params), nodes, viewSize: 8, preset: 'cyclon' },
			'client'
		)
	);

describe('WorkerClient', () => {
	it('reports progress in rounds, in order, up to the whole run, then gives the result and its time', async () => {
		const w = fakeWorker();
		const client = new WorkerClient(() => w);
		const seen: Progress[] = [];
		const job = client.start({ kind: 'gossip-run', state: start(2000), count: 30, step: 0 }, (p) =>
			seen.push(p)
		);
		expect(job.workerMs).toBeNull();
		const r = await job.result;
		expect(r?.end.round).toBe(30);
		expect(r?.points.map((p) => p.round)).toEqual(Array.from({ length: 31 }, (_, i) => i));
		// 30 rounds at 2,000 nodes with metrics take longer than one 40 ms slice: several reports.
		expect(seen.length).toBeGreaterThan(1);
		expect(seen.every((p) => p.of === 30)).toBe(true);
		const done = seen.map((p) => p.done);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		expect(done.at(-1)).toBe(30);
		expect(job.workerMs).toBeGreaterThan(0);
		expect(w.sent).toHaveLength(1);
	});

	it('cancel gives null at once, tells the worker, and the worker stops between rounds', async () => {
		const w = fakeWorker();
		const client = new WorkerClient(() => w);
		const seen: Progress[] = [];
		const job = client.start(
			{ kind: 'gossip-run', state: start(2000), count: 10_000, step: 0 },
			(p) => seen.push(p)
		);
		while (seen.length === 0) await new Promise((r) => setTimeout(r, 5));
		job.cancel();
		expect(await job.result).toBeNull();
		expect(w.sent.at(-1)).toEqual({ id: 1, cancel: true });
		const posted = w.posted.length;
		// The worker gives way within a slice and drops the job: at most the slice under way reports.
		await new Promise((r) => setTimeout(r, 400));
		expect(w.posted.length).toBeLessThanOrEqual(posted + 1);
		expect(w.posted.every((m) => 'progress' in m)).toBe(true);
		expect(seen.at(-1)!.done).toBeLessThan(10_000);
		expect(job.workerMs).toBeNull();
		// The same client runs the next job.
		const next = client.start({
			kind: 'pastry-hops',
			sizes: [50, 100],
			options: { lookups: 200, seed: 's' }
		});
		expect((await next.result)?.map((p) => p.nodes)).toEqual([50, 100]);
	});

	it('runs the jobs on this thread where there are no workers, with the same progress and cancel', async () => {
		const client = new WorkerClient(() => null);
		const seen: Progress[] = [];
		const hops = client.start(
			{ kind: 'pastry-hops', sizes: [50, 100, 200], options: { lookups: 100, seed: 's' } },
			(p) => seen.push(p)
		);
		expect((await hops.result)?.map((p) => p.nodes)).toEqual([50, 100, 200]);
		expect(seen).toEqual([
			{ done: 1, of: 3 },
			{ done: 2, of: 3 },
			{ done: 3, of: 3 }
		]);
		const run = client.start({ kind: 'gossip-run', state: start(500), count: 10_000, step: 0 });
		run.cancel();
		expect(await run.result).toBeNull();
	});

	it("passes a job's error on as a rejection, and dispose settles what is left with null", async () => {
		const w = fakeWorker();
		const client = new WorkerClient(() => w);
		const bad = client.start({
			kind: 'search-compare',
			network: { overlay: 'random', nodes: 50, seed: 's' } as never,
			options: { queries: 0, seed: 's', query: 'uniform' } as never
		});
		await expect(bad.result).rejects.toThrow('the number of queries must be an integer');
		const long = client.start({ kind: 'gossip-run', state: start(500), count: 10_000, step: 0 });
		client.dispose();
		expect(await long.result).toBeNull();
		expect(w.terminated).toBe(true);
	});

	it('connects a run of many rounds to the helper, which measures it: the same result', async () => {
		const alone = await new WorkerClient(() => fakeWorker()).start({
			kind: 'gossip-run',
			state: start(2500),
			count: 6,
			step: 2
		}).result;
		const w = fakeWorker();
		const helper = fakeWorker();
		const client = new WorkerClient(
			() => w,
			() => helper
		);
		const run = { kind: 'gossip-run', state: start(2500), count: 6, step: 2 } as const;
		expect(await client.start(run).result).toEqual(alone);
		expect(helper.sent).toHaveLength(1);
		expect('measure' in helper.sent[0]).toBe(true);
		expect(w.sent).toHaveLength(1);
		// The caller's job is left as it was; the worker's copy carries the port.
		expect('metrics' in run).toBe(false);
		// Other jobs do not involve the helper.
		await client.start({ kind: 'pastry-hops', sizes: [50], options: { lookups: 50, seed: 's' } })
			.result;
		expect(helper.sent).toHaveLength(1);
		client.dispose();
		expect(helper.terminated).toBe(true);
	});
});
