/**
 * Worker script of bench/browserRounds.ts, bundled by esbuild and run in a dedicated Worker in
 * Chromium: the gossip engine the page's worker runs (initGossip, runRounds, gossipMetrics), with
 * every metric measured after every round, timed by the worker's own clock.
 */
import { gossipMetrics, initGossip, runRounds, toPlainGossip } from '../src/lib/sim/gossip';
import { hostControl } from '../src/lib/workers/control';
import { FULL_METRICS_UP_TO, runRoundsJob } from '../src/lib/workers/gossipJobs';
import { serveMetrics } from '../src/lib/workers/metricsPort';

interface Job {
	readonly nodes: number;
	readonly view: number;
	readonly rounds: number;
	readonly preset: 'newscast' | 'cyclon' | 'tman';
	/** `every`: every metric after every round; `page`: the page's own job (`runRoundsJob`). */
	readonly mode: 'every' | 'page';
	/** In `page` mode, the port to a helper that measures the rounds (as the page connects one). */
	readonly metrics?: MessagePort;
}

self.onmessage = async (e: MessageEvent<Job | { measure: MessagePort }>) => {
	// This script is also the helper: it measures what comes through the port it is given.
	if ('measure' in e.data) return serveMetrics(e.data.measure);
	const { nodes, view, rounds, preset, mode, metrics } = e.data;
	const t0 = performance.now();
	const s = initGossip({ nodes, viewSize: view, preset }, '1');
	const t1 = performance.now();
	if (mode === 'page') {
		const state = toPlainGossip(s);
		const job = { kind: 'gossip-run', state, count: rounds, step: 1, metrics } as const;
		const result = await runRoundsJob(
			job,
			hostControl(
				() => {},
				() => false
			)
		);
		const t2 = performance.now();
		postMessage({
			initMs: t1 - t0,
			roundsMs: t2 - t1,
			metricsMs: NaN,
			fullEvery: Math.ceil(nodes / FULL_METRICS_UP_TO),
			components: result?.points.at(-1)?.components ?? -1
		});
		return;
	}
	let metricsMs = 0;
	let components = 0;
	for (let r = 0; r < rounds; r++) {
		runRounds(s, 1);
		const m0 = performance.now();
		components = gossipMetrics(s).components;
		metricsMs += performance.now() - m0;
	}
	const t2 = performance.now();
	postMessage({ initMs: t1 - t0, roundsMs: t2 - t1, metricsMs, components });
};
