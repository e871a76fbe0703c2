import { randomGraphReference } from '../lib/sim/core/graph';
import type { GossipMetrics, GossipParams } from '../lib/sim/gossip';
import type { GossipRun } from './gossip';
import type { CommandOutput } from './output';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const opt6 = (x: number | null) => (x === null ? null : round6(x));

/** One row of the `--json` output. */
export type MetricsRowJson = ReturnType<typeof row>;

/** One row of the `--json` output: the metrics, rounded to 6 decimals. */
export function row(m: GossipMetrics) {
	return {
		round: m.round,
		live: m.live,
		inDegree: {
			mean: round6(m.inDegree.mean),
			sd: round6(m.inDegree.sd),
			min: m.inDegree.min,
			max: m.inDegree.max
		},
		clustering: opt6(m.clustering),
		pathLength: opt6(m.pathLength),
		components: m.components,
		largestComponent: m.largestComponent,
		deadLinks: round6(m.deadLinks),
		targetEdgesFound: opt6(m.targetEdgesFound)
	};
}

function describeProtocol(p: GossipParams): string {
	const merge =
		p.merge === 'age' ? `age merge (H=${p.healer}, S=${p.swapper})` : `${p.merge} merge`;
	const target = p.target ? `, target ${p.target}` : '';
	return `${p.peerSelection} peer, exchange ${p.exchange}, ${p.propagation}, ${merge}${target}`;
}

/** The JSON document and the text table of a finished run. */
export function gossipOutput(
	run: GossipRun,
	params: GossipParams,
	rows: readonly MetricsRowJson[]
): CommandOutput {
	const { seed, sources, light } = run;
	const nodes = params.nodes;
	const ref = randomGraphReference(nodes, params.viewSize);
	const complete = rows.find((r) => r.targetEdgesFound === 1);
	const json = {
		params: params,
		seed,
		reference: {
			meanDegree: round6(ref.meanDegree),
			inDegreeSd: round6(ref.inDegreeSd),
			clustering: round6(ref.clustering),
			pathLength: opt6(ref.pathLength)
		},
		pathLengthSources: light ? 0 : Math.min(sources, nodes),
		targetCompleteRound: params.target ? (complete?.round ?? null) : null,
		rounds: rows
	};
	const fmt = (x: number | null, d = 4) => (x === null ? '-' : x.toFixed(d));
	const text = [
		`gossip: N=${nodes}, c=${params.viewSize}, ${describeProtocol(params)}, from ${params.init}, seed ${seed}`,
		`random ${params.viewSize}-out graph: in-degree sd ${fmt(ref.inDegreeSd, 3)}, clustering ${fmt(ref.clustering, 5)}, path length ${fmt(ref.pathLength, 3)} ` +
			(light
				? '(light metrics: no clustering or path length measured)'
				: `(path length from ${json.pathLengthSources} BFS sources)`),
		'round   live  in-deg mean     sd  min  max  clustering   path  comps  largest  deadLinks  target',
		...rows.map((r) =>
			[
				String(r.round).padStart(5),
				String(r.live).padStart(6),
				fmt(r.inDegree.mean, 2).padStart(12),
				fmt(r.inDegree.sd, 2).padStart(6),
				String(r.inDegree.min).padStart(4),
				String(r.inDegree.max).padStart(4),
				fmt(r.clustering, 5).padStart(11),
				fmt(r.pathLength, 3).padStart(6),
				String(r.components).padStart(6),
				String(r.largestComponent).padStart(8),
				fmt(r.deadLinks, 4).padStart(10),
				fmt(r.targetEdgesFound, 4).padStart(7)
			].join(' ')
		)
	].join('\n');
	return { json, text };
}
