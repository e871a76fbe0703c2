import {
	ALLOCATIONS,
	buildNetwork,
	compareAllocations,
	formatQuery,
	METHODS,
	OVERLAYS,
	PLACEMENTS,
	POPULARITIES,
	QUERY_KINDS,
	resolveNetworkSpec,
	resolveSearchParams,
	ringTtls,
	SEARCH_LIMITS,
	searchStatistics,
	type NetworkOptions,
	type SearchMethod,
	type SearchOptions
} from '../lib/sim/search';
import { choiceOption, numberOption, parse, stringOption, UsageError, type Parsed } from './args';
import type { CommandOutput } from './output';
import { allocationsOutput, num, pct, round6 } from './search-output';

/**
 * A number option, or undefined when absent: only its form is checked here (a number; an integer
 * unless `real`), its range by the model's validation, so the command line and the UI say the same.
 */
function optional(p: Parsed, name: string, real = false): number | undefined {
	const raw = p.values[name];
	if (raw === undefined) return undefined;
	const n = Number(raw);
	if (
		typeof raw !== 'string' ||
		raw.trim() === '' ||
		!Number.isFinite(n) ||
		(!real && !Number.isInteger(n))
	)
		throw new UsageError(
			`--${name} must be ${real ? 'a number' : 'an integer'}, got "${String(raw)}"`
		);
	return n;
}

function required(p: Parsed, name: string): number {
	const n = optional(p, name);
	if (n === undefined) throw new UsageError(`--${name} is required`);
	return n;
}

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
	const p = parse(argv, {
		overlay: { type: 'string' },
		nodes: { type: 'string' },
		degree: { type: 'string' },
		replication: { type: 'string' },
		objects: { type: 'string' },
		placement: { type: 'string' },
		allocation: { type: 'string' },
		popularity: { type: 'string' },
		'zipf-alpha': { type: 'string' },
		rounds: { type: 'string' },
		'random-links': { type: 'string' },
		queries: { type: 'string' },
		method: { type: 'string' },
		query: { type: 'string' },
		ttl: { type: 'string' },
		'ring-start': { type: 'string' },
		'ring-step': { type: 'string' },
		walkers: { type: 'string' },
		'walker-ttl': { type: 'string' },
		'check-every': { type: 'string' },
		'fallback-ttl': { type: 'string' },
		seed: { type: 'string' },
		json: { type: 'boolean' }
	});
	const overlay = choiceOption(p, 'overlay', OVERLAYS);
	const method = choiceOption(p, 'method', METHODS);
	for (const [name, methods] of Object.entries(ONLY))
		if (p.values[name] !== undefined && !methods.includes(method))
			throw new UsageError(`--${name} applies to ${methods.join(' and ')}, not to ${method}`);
	const seed = stringOption(p, 'seed', '1');
	const allocation = choiceOption(p, 'allocation', [...ALLOCATIONS, 'all'], 'uniform');
	const popularity = choiceOption(p, 'popularity', POPULARITIES, 'uniform');
	if (p.values['zipf-alpha'] !== undefined && popularity !== 'zipf')
		throw new UsageError('--zipf-alpha applies to --popularity zipf');
	const network: NetworkOptions = {
		overlay,
		nodes: required(p, 'nodes'),
		seed,
		degree: optional(p, 'degree', true),
		replication: optional(p, 'replication', true),
		objects: optional(p, 'objects'),
		placement:
			p.values.placement === undefined ? undefined : choiceOption(p, 'placement', PLACEMENTS),
		rounds: optional(p, 'rounds'),
		randomLinks: optional(p, 'random-links'),
		allocation: allocation === 'all' ? 'uniform' : allocation,
		popularity,
		zipfAlpha: optional(p, 'zipf-alpha', true)
	};
	const search: SearchOptions = {
		method,
		query: choiceOption(p, 'query', QUERY_KINDS, 'exact'),
		ttl: optional(p, 'ttl'),
		ringStart: optional(p, 'ring-start'),
		ringStep: optional(p, 'ring-step'),
		walkers: optional(p, 'walkers'),
		walkerTtl: optional(p, 'walker-ttl'),
		checkEvery: optional(p, 'check-every'),
		fallbackTtl: optional(p, 'fallback-ttl')
	};
	const queries = numberOption(p, 'queries', SEARCH_LIMITS.queries);
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
