import { SEARCH_PARAMS } from '../lib/models/params-search';
import { choiceProblem } from '../lib/models/params';
import {
	ALLOCATIONS,
	buildNetwork,
	compareAllocations,
	formatQuery,
	resolveNetworkSpec,
	resolveSearchParams,
	ringTtls,
	searchStatistics,
	type Allocation,
	type NetworkOptions,
	type OverlayKind,
	type Placement,
	type Popularity,
	type QueryKind,
	type SearchMethod,
	type SearchOptions
} from '../lib/sim/search';
import { parse, stringOption, UsageError } from './args';
import { flagOptions, readFlags } from './flags';
import type { CommandOutput } from './output';
import { allocationsOutput, num, pct, round6 } from './search-output';

/** Options that only some methods read: refused elsewhere rather than silently ignored. */
const ONLY: Record<string, readonly SearchMethod[]> = {
	ttl: ['flood', 'ring'],
	'ring-start': ['ring'],
	'ring-step': ['ring'],
	walkers: ['walk'],
	'walker-ttl': ['walk'],
	'check-every': ['walk'],
	'fallback-ttl': ['greedy']
};

/**
 * `sim search`: build an overlay with objects replicated on a fraction of its nodes, ask `--queries`
 * random queries with one method, and print the success rate, mean messages and mean hops (Lv et
 * al. 2002's measures). A DHT asked for a keyword or a range prints `supported: false` with the
 * reason and null figures. `--popularity zipf` asks for objects by Zipf rate, `--allocation` shares
 * the replica budget (objects × R·N copies) uniformly, proportionally or by square root, and
 * `--allocation all` prints the three side by side on the same overlay and queries.
 */
export function searchCommand(argv: string[]): CommandOutput {
	const p = parse(argv, flagOptions(SEARCH_PARAMS));
	// `--allocation all` is the command line's own: the three allocations side by side.
	const all = p.values.allocation === 'all';
	const allocations = [...ALLOCATIONS, 'all'];
	const shared = p.values.allocation;
	if (typeof shared === 'string' && !allocations.includes(shared))
		throw new UsageError(`--allocation ${choiceProblem(allocations, shared)}`);
	const f = readFlags(
		all ? { ...p, values: { ...p.values, allocation: undefined } } : p,
		SEARCH_PARAMS
	);
	const overlay = f.overlay as OverlayKind;
	const method = f.method as SearchMethod;
	for (const [name, methods] of Object.entries(ONLY))
		if (p.values[name] !== undefined && !methods.includes(method))
			throw new UsageError(`--${name} applies to ${methods.join(' and ')}, not to ${method}`);
	const seed = stringOption(p, 'seed', '1');
	const allocation = all ? 'all' : ((f.allocation as Allocation | undefined) ?? 'uniform');
	const popularity = (f.popularity as Popularity | undefined) ?? 'uniform';
	if (f.zipfAlpha !== undefined && popularity !== 'zipf')
		throw new UsageError('--zipf-alpha applies to --popularity zipf');
	const number = (key: string) => f[key] as number | undefined;
	const network: NetworkOptions = {
		overlay,
		nodes: f.nodes as number,
		seed,
		degree: number('degree'),
		replication: number('replication'),
		objects: number('objects'),
		placement: f.placement as Placement | undefined,
		rounds: number('rounds'),
		randomLinks: number('randomLinks'),
		allocation: allocation === 'all' ? 'uniform' : allocation,
		popularity,
		zipfAlpha: number('zipfAlpha')
	};
	const search: SearchOptions = {
		method,
		query: (f.query as QueryKind | undefined) ?? 'exact',
		ttl: number('ttl'),
		ringStart: number('ringStart'),
		ringStep: number('ringStep'),
		walkers: number('walkers'),
		walkerTtl: number('walkerTtl'),
		checkEvery: number('checkEvery'),
		fallbackTtl: number('fallbackTtl')
	};
	const queries = f.queries as number;
	// Check everything before the (possibly long) build.
	resolveNetworkSpec(network);
	const params = resolveSearchParams(overlay, search);
	const net = buildNetwork(network);
	const setting = {
		overlay,
		method,
		query: params.query,
		nodes: net.n,
		meanDegree: round6(net.meanDegree),
		replication: net.spec.replication,
		replicas: net.replicas,
		objects: net.objects.length,
		// Printed when not the defaults, so the documented commands print what they always did.
		...(allocation !== 'uniform' || popularity !== 'uniform'
			? {
					totalReplicas: net.totalReplicas,
					popularity,
					...(popularity === 'zipf' ? { zipfAlpha: net.spec.zipfAlpha } : {}),
					...(allocation === 'all' ? {} : { allocation })
				}
			: {}),
		queries,
		...(method === 'flood' || method === 'ring' ? { ttl: params.ttl } : {}),
		...(method === 'ring'
			? { rings: ringTtls(params.ttl, params.ringStart, params.ringStep) }
			: {}),
		...(method === 'walk'
			? { walkers: params.walkers, walkerTtl: params.walkerTtl, checkEvery: params.checkEvery }
			: {}),
		...(method === 'greedy' ? { fallbackTtl: params.fallbackTtl } : {})
	};
	const example = formatQuery(
		params.query === 'exact'
			? { kind: 'exact', name: net.objects[0].name }
			: params.query === 'keyword'
				? { kind: 'keyword', keyword: net.objects[0].keywords[0] }
				: { kind: 'range', low: net.objects[0].year - 2, high: net.objects[0].year + 2 }
	);
	const copies =
		allocation === 'uniform'
			? `on ${net.replicas} nodes each`
			: `, ${net.totalReplicas} copies shared by ${allocation === 'all' ? 'each' : allocation} allocation`;
	const asked = popularity === 'zipf' ? `, Zipf popularity α = ${net.spec.zipfAlpha}` : '';
	const header = [
		`${overlay} overlay: N = ${net.n}, mean degree ${net.meanDegree.toFixed(2)}, ${net.objects.length} objects${allocation === 'uniform' ? ' ' : ''}${copies} (${net.spec.placement} placement)`,
		`${queries} ${params.query} queries (such as ${example}${asked}) by ${method}`
	];
	if (allocation === 'all')
		return allocationsOutput(
			compareAllocations(net, { ...search, queries, seed }),
			setting,
			header
		);
	const r = searchStatistics(net, { ...search, queries, seed });
	const json = {
		successRate: round6(r.successRate),
		meanMessages: round6(r.meanMessages),
		meanHops: round6(r.meanHops),
		supported: r.supported,
		...(r.reason ? { reason: r.reason } : {}),
		...setting,
		maxMessages: r.maxMessages,
		hopHistogram: r.hopHistogram.map(round6)
	};
	const text = [
		...header,
		r.supported
			? `success ${pct(r.successRate)}, mean messages ${num(r.meanMessages, 1)}, mean hops ${num(r.meanHops, 2)}`
			: `not supported: ${r.reason}`
	].join('\n');
	return { json, text };
}
