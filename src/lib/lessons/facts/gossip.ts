import { randomGraphReference } from '$lib/sim/core/graph';
import {
	describePreset,
	gossipMetrics,
	PRESET_TITLES,
	TABLE_PRESETS,
	type GossipState
} from '$lib/sim/gossip';
import type { FactSource } from '../placeholders';

/**
 * The lecture's overlay-maintenance table for view size c as Markdown: one column per protocol of
 * {@link TABLE_PRESETS}, its three rows as `describePreset` words them from the parameters each
 * preset runs with (the compare panel prints the same rows), so the table cannot drift.
 */
export function presetTable(c: number): string {
	const rows = TABLE_PRESETS.map((p) => describePreset(p, c));
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [
		line(['', ...TABLE_PRESETS.map((p) => PRESET_TITLES[p])]),
		line(['---', ...TABLE_PRESETS.map(() => '---')]),
		line(['**peer selection**', ...rows.map((r) => r.peerSelection)]),
		line(['**data exchanged**', ...rows.map((r) => r.dataExchanged)]),
		line(['**data processing**', ...rows.map((r) => r.merge)])
	].join('\n');
}

/**
 * Facts of a gossip overlay at the step's end: `round`, `viewSize` (c), `live`, the in-degree statistics
 * (`inDegreeMean`, `inDegreeSd`, `inDegreeMin`, `inDegreeMax`), `clustering`, `pathLength`,
 * `components`, `largestComponent`, `deadLinks` (a fraction), `targetEdgesFound`, and the random
 * c-out graph's reference values (`refMeanDegree`, `refInDegreeSd`, `refClustering`,
 * `refPathLength`), and `presetTable`, the lecture's table for this view size (Markdown).
 * Metrics are measured once, on first use.
 */
export function gossipFacts(s: Readonly<GossipState>): FactSource {
	let m: ReturnType<typeof gossipMetrics> | null = null;
	const metrics = () => (m ??= gossipMetrics(s));
	const ref = () => randomGraphReference(s.live, s.params.viewSize);
	const num = (v: number | null) => v ?? Number.NaN;
	return {
		round: () => s.round,
		viewSize: () => s.params.viewSize,
		live: () => s.live,
		inDegreeMean: () => metrics().inDegree.mean,
		inDegreeSd: () => metrics().inDegree.sd,
		inDegreeMin: () => metrics().inDegree.min,
		inDegreeMax: () => metrics().inDegree.max,
		clustering: () => num(metrics().clustering),
		pathLength: () => num(metrics().pathLength),
		components: () => metrics().components,
		largestComponent: () => metrics().largestComponent,
		deadLinks: () => num(metrics().deadLinks),
		targetEdgesFound: () => num(metrics().targetEdgesFound),
		refMeanDegree: () => ref().meanDegree,
		refInDegreeSd: () => ref().inDegreeSd,
		refClustering: () => ref().clustering,
		refPathLength: () => num(ref().pathLength),
		presetTable: () => presetTable(s.params.viewSize)
	};
}
