/**
 * Worker script of bench/browserRounds.ts, bundled by esbuild and run in a dedicated Worker in
 * Chromium: the gossip engine the page's worker runs (initGossip, runRounds, gossipMetrics), with
 * every metric measured after every round, timed by the worker's own clock.
 */
import { gossipMetrics, initGossip, runRounds } from '../src/lib/sim/gossip';

interface Job {
	readonly nodes: number;
	readonly view: number;
	readonly rounds: number;
	readonly preset: 'newscast' | 'cyclon' | 'tman';
}

self.onmessage = (e: MessageEvent<Job>) => {
	const { nodes, view, rounds, preset } = e.data;
	const t0 = performance.now();
	const s = initGossip({ nodes, viewSize: view, preset }, '1');
	const t1 = performance.now();
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
