import { gossipMetrics, type MetricsInput } from '$lib/sim/gossip';
import { metricsRow, type MetricsRow } from '$lib/models/gossip';

/** The metrics of the last state of one round of a run, and where in the run it was measured. */
export type SeriesPoint = MetricsRow & {
	/** The timeline step of the measured state (for a round inside a `run-rounds`, that command's step). */
	readonly step: number;
	/** True for a round that ended inside one `run-rounds` step (measured while it ran). */
	readonly inner: boolean;
};

/** Above this many live nodes, clustering and path length are measured every few rounds only. */
export const FULL_METRICS_UP_TO = 2000;

/** Whether round `round` with `live` nodes gets every metric, or only the cheap ones. */
export function measuresFully(live: number, round: number): boolean {
	return live <= FULL_METRICS_UP_TO || round % Math.ceil(live / FULL_METRICS_UP_TO) === 0;
}

/**
 * The metrics of `s`, as one point of a series. Cost at 10,000 nodes, c = 30: about 40 ms with every
 * metric, 3 ms with the cheap ones (`npx tsx bench/issue9.ts`, "Metrics per round").
 */
export function measure(s: Readonly<MetricsInput>, step: number, inner: boolean): SeriesPoint {
	const full = measuresFully(s.live, s.round);
	const m = gossipMetrics(s, full ? {} : { clustering: false, pathSources: 0 });
	return { ...metricsRow(m), step, inner };
}
