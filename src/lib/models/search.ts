import { SimError } from '$lib/sim/core';
import {
	buildNetwork,
	describeSearchEvent,
	initSearch,
	METHODS,
	SEARCH_DEFAULTS,
	searchModel,
	type Allocation,
	type NetworkOptions,
	type OverlayKind,
	type Popularity,
	type QueryKind,
	type SearchCommand,
	type SearchEvent,
	type SearchMethod,
	type SearchState
} from '$lib/sim/search';
import { toCsv } from './csv';
import { pageParams } from './params';
import { SEARCH_PARAMS } from './params-search';
import type { PanelSpec, ParamValues, SimEntry } from './types';

/**
 * The network options a search playground's parameters describe (also what a worker rebuilds). The
 * Zipf exponent is passed only with Zipf popularity (the simulation refuses it otherwise).
 */
export function networkOptions(p: ParamValues, seed: string): NetworkOptions {
	const degree = Number(p.degree);
	const popularity = String(p.popularity ?? 'uniform') as Popularity;
	return {
		overlay: String(p.overlay) as OverlayKind,
		nodes: Number(p.nodes),
		seed,
		...(degree > 0 ? { degree } : {}),
		replication: Number(p.replication),
		objects: Number(p.objects ?? SEARCH_DEFAULTS.objects),
		popularity,
		...(popularity === 'zipf'
			? { zipfAlpha: Number(p.zipfAlpha ?? SEARCH_DEFAULTS.zipfAlpha) }
			: {}),
		allocation: String(p.allocation ?? 'uniform') as Allocation
	};
}

/** The search panels: the overlay with the query on it (and its scoreboard), and the comparison. */
const SEARCH_PANELS: readonly PanelSpec[] = [
	{ name: 'graph', label: 'Overlay', minWidth: 22, minHeight: 20, aspect: 1.1, weight: 3 },
	{ name: 'compare', label: 'Comparison', minWidth: 30, minHeight: 20, weight: 3 },
	{ name: 'allocation', label: 'Allocations', minWidth: 26, minHeight: 18, weight: 2 }
];

/**
 * Search on overlays (the lecture's "impact of the structure on search"): flooding, expanding ring and
 * random walkers on unstructured overlays, exact lookup on a DHT, greedy routing on a weakly
 * structured overlay; keyword and range queries that only flooding can answer.
 */
export const searchEntry: SimEntry<SearchState, SearchCommand, SearchEvent> = {
	name: 'search',
	title: 'Search',
	summary:
		'Flooding versus routing: what structure buys (cost, completeness) and what it costs (expressiveness).',
	roundLabel: 'Queries',
	params: pageParams(SEARCH_PARAMS),
	model: searchModel,
	commandTypes: ['start-query', 'step', 'finish-query', 'run-queries'],
	init(p, seed) {
		const network = buildNetwork(networkOptions(p, seed));
		return initSearch(
			network,
			{
				method: String(p.method) as SearchMethod,
				query: String(p.query) as QueryKind,
				ttl: Number(p.ttl),
				walkers: Number(p.walkers),
				queries: Number(p.queries)
			},
			seed
		);
	},
	describe: (e) => describeSearchEvent(e),
	exportJson(s) {
		const t = s.totals;
		return {
			model: 'search',
			network: s.network.spec,
			meanDegree: s.network.meanDegree,
			params: s.params,
			totals: {
				...t,
				successRate: t.queries ? t.found / t.queries : null,
				meanMessages: t.queries ? t.messages / t.queries : null
			}
		};
	},
	exportCsv(s) {
		const t = s.totals;
		const rows = [
			['overlay', 'nodes', 'method', 'query', 'queries', 'found', 'messages', 'hops'],
			[
				s.network.spec.overlay,
				String(s.network.n),
				s.params.method,
				s.params.query,
				String(t.queries),
				String(t.found),
				String(t.messages),
				String(t.hops)
			]
		];
		return toCsv(rows);
	},
	panels: SEARCH_PANELS.map((p) => p.name),
	panelSpecs: SEARCH_PANELS,
	lessonCommand(name, arg) {
		switch (name) {
			case 'query': {
				const a = (arg ?? {}) as Record<string, unknown>;
				const method = a.method === undefined ? undefined : String(a.method);
				if (method !== undefined && !(METHODS as readonly string[]).includes(method))
					throw new SimError(`unknown method "${method}"; expected ${METHODS.join(', ')}`);
				const source = a.from === undefined ? undefined : Number(a.from);
				if (source !== undefined && !Number.isInteger(source))
					throw new SimError('from must be a node number');
				const query =
					a.name !== undefined
						? { kind: 'exact' as const, name: String(a.name) }
						: a.keyword !== undefined
							? { kind: 'keyword' as const, keyword: String(a.keyword) }
							: a.low !== undefined
								? { kind: 'range' as const, low: Number(a.low), high: Number(a.high) }
								: undefined;
				return {
					type: 'start-query',
					...(method ? { method: method as SearchMethod } : {}),
					...(query ? { query } : {}),
					...(source !== undefined ? { source } : {})
				};
			}
			case 'finish':
				return { type: 'finish-query' };
			case 'run-queries': {
				const count = Number(arg);
				if (!Number.isInteger(count) || count < 1)
					throw new SimError('run-queries takes a whole number of queries');
				return { type: 'run-queries', count };
			}
		}
		throw new SimError(`unknown search action "${name}"; expected query, finish or run-queries`);
	},
	parseHighlight(text) {
		const n = Number(text);
		if (!Number.isInteger(n) || n < 0) throw new SimError(`"${text}" is not a node number`);
		return n;
	}
};
