import { randomGraphReference } from '$lib/sim/core/graph';
import { gossipMetrics, type GossipState } from '$lib/sim/gossip';
import type { FactSource } from '../placeholders';

/**
 * Facts of a gossip overlay at the step's end: `round`, `live`, the in-degree statistics
 * (`inDegreeMean`, `inDegreeSd`, `inDegreeMin`, `inDegreeMax`), `clustering`, `pathLength`,
 * `components`, `largestComponent`, `deadLinks` (a fraction), `targetEdgesFound`, and the random
 * c-out graph's reference values (`refMeanDegree`, `refInDegreeSd`, `refClustering`,
 * `refPathLength`). Metrics are measured once, on first use.
 */
export function gossipFacts(s: Readonly<GossipState>): FactSource {
	let m: ReturnType<typeof gossipMetrics> | null = null;
	const metrics = () => (m ??= gossipMetrics(s));
	const ref = () => randomGraphReference(s.live, s.params.viewSize);
	const num = (v: number | null) => v ?? Number.NaN;
	return {
		round: () => s.round,
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
		refPathLength: () => num(ref().pathLength)
	};
}
