import {
	buildNetwork,
	formatQuery,
	METHODS,
	OVERLAYS,
	PLACEMENTS,
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

const round6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

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
 * reason and null figures.
 */
export function searchCommand(argv: string[]): CommandOutput {
	const p = parse(argv, {
		overlay: { type: 'string' },
		nodes: { type: 'string' },
		degree: { type: 'string' },
		replication: { type: 'string' },
		objects: { type: 'string' },
		placement: { type: 'string' },
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
		randomLinks: optional(p, 'random-links')
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
	const r = searchStatistics(net, { ...search, queries, seed });
	const json = {
		successRate: round6(r.successRate),
		meanMessages: round6(r.meanMessages),
		meanHops: round6(r.meanHops),
		supported: r.supported,
		...(r.reason ? { reason: r.reason } : {}),
		overlay,
		method,
		query: r.query,
		nodes: net.n,
		meanDegree: round6(net.meanDegree),
		replication: net.spec.replication,
		replicas: net.replicas,
		objects: net.objects.length,
		queries,
		...(method === 'flood' || method === 'ring' ? { ttl: params.ttl } : {}),
		...(method === 'ring'
			? { rings: ringTtls(params.ttl, params.ringStart, params.ringStep) }
			: {}),
		...(method === 'walk'
			? { walkers: params.walkers, walkerTtl: params.walkerTtl, checkEvery: params.checkEvery }
			: {}),
		...(method === 'greedy' ? { fallbackTtl: params.fallbackTtl } : {}),
		maxMessages: r.maxMessages,
		hopHistogram: r.hopHistogram.map(round6)
	};
	const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(2)}%`);
	const num = (x: number | null, d: number) => (x === null ? 'n/a' : x.toFixed(d));
	const example = formatQuery(
		r.query === 'exact'
			? { kind: 'exact', name: net.objects[0].name }
			: r.query === 'keyword'
				? { kind: 'keyword', keyword: net.objects[0].keywords[0] }
				: { kind: 'range', low: net.objects[0].year - 2, high: net.objects[0].year + 2 }
	);
	const text = [
		`${overlay} overlay: N = ${net.n}, mean degree ${net.meanDegree.toFixed(2)}, ${net.objects.length} objects on ${net.replicas} nodes each (${net.spec.placement} placement)`,
		`${queries} ${r.query} queries (such as ${example}) by ${method}`,
		r.supported
			? `success ${pct(r.successRate)}, mean messages ${num(r.meanMessages, 1)}, mean hops ${num(r.meanHops, 2)}`
			: `not supported: ${r.reason}`
	].join('\n');
	return { json, text };
}
