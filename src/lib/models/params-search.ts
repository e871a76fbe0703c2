import {
	ALLOCATIONS,
	METHODS,
	OVERLAYS,
	PLACEMENTS,
	POPULARITIES,
	QUERY_KINDS,
	SEARCH_DEFAULTS,
	SEARCH_LIMITS,
	SEARCH_PARAM_DEFAULTS
} from '../sim/search';
import type { ParamSpec } from './types';

const L = SEARCH_LIMITS;
const D = SEARCH_PARAM_DEFAULTS;
const N = SEARCH_DEFAULTS;

/**
 * The search parameters, the one table the page (`pageParams`: URL, form, lessons) and the command
 * line (`sim search`, its flags and their help) read. `min`/`max` are what the page animates;
 * `limits` are the simulation's own (`SEARCH_LIMITS`), which the command line accepts. Flags
 * marked `only: 'cli'` have no field on the page: the simulation's default applies there.
 */
export const SEARCH_PARAMS: readonly ParamSpec[] = [
	{
		key: 'overlay',
		label: 'Overlay',
		kind: 'choice',
		choices: OVERLAYS,
		default: 'random',
		required: true,
		help: 'the network searched'
	},
	{
		key: 'nodes',
		label: 'Nodes (N)',
		kind: 'int',
		min: 2,
		max: 10000,
		limits: L.nodes,
		default: 400,
		required: true
	},
	{
		key: 'degree',
		label: 'Mean degree (0: default)',
		kind: 'number',
		min: 0,
		max: 64,
		limits: L.degree,
		default: 4,
		metavar: 'D',
		help: `mean degree D (gossip: even, c = D/2); absent: ${N.degree.random}, tman ${N.degree.tman}`
	},
	{
		key: 'replication',
		label: 'Replication R',
		kind: 'number',
		min: 0.001,
		max: 1,
		limits: { min: 0, max: 1 },
		default: 0.01,
		help: 'the fraction of nodes holding each object (above 0)'
	},
	{
		key: 'objects',
		label: 'Objects',
		kind: 'int',
		min: 1,
		max: 1000,
		limits: L.objects,
		default: 100,
		metavar: 'K'
	},
	{
		key: 'placement',
		label: 'Placement',
		kind: 'choice',
		choices: PLACEMENTS,
		default: 'uniform',
		only: 'cli',
		help: 'where copies go (absent: key on pastry, interest on tman, else uniform)'
	},
	{
		key: 'popularity',
		label: 'Popularity',
		kind: 'choice',
		choices: POPULARITIES,
		default: 'uniform',
		help: 'how often each object is asked for: all alike, or Zipf (q ∝ 1/rank^α)'
	},
	{
		key: 'zipfAlpha',
		label: 'Zipf α',
		kind: 'number',
		min: L.zipfAlpha.min,
		max: L.zipfAlpha.max,
		default: 1.2,
		metavar: 'A',
		help: 'the Zipf exponent, used with Zipf popularity'
	},
	{
		key: 'allocation',
		label: 'Copies per object',
		kind: 'choice',
		choices: ALLOCATIONS,
		default: 'uniform',
		help: 'how the budget of copies is shared: alike, ∝ popularity, or ∝ its square root (command line: all, the three side by side)'
	},
	{
		key: 'rounds',
		label: 'Gossip rounds',
		kind: 'int',
		min: L.rounds.min,
		max: L.rounds.max,
		default: N.rounds.gossip,
		only: 'cli',
		metavar: 'R',
		help: `gossip and tman overlays: rounds before searching (absent: ${N.rounds.gossip}, tman ${N.rounds.tman})`
	},
	{
		key: 'randomLinks',
		label: 'Random links',
		kind: 'int',
		min: L.randomLinks.min,
		max: L.randomLinks.max,
		default: N.randomLinks.tman,
		only: 'cli',
		metavar: 'L',
		help: `tman: the Cyclon layer's view beside the semantic one (absent: ${N.randomLinks.tman})`
	},
	{
		key: 'method',
		label: 'Method',
		kind: 'choice',
		choices: METHODS,
		default: 'flood',
		required: true
	},
	{ key: 'query', label: 'Query', kind: 'choice', choices: QUERY_KINDS, default: 'exact' },
	{
		key: 'ttl',
		label: 'TTL',
		kind: 'int',
		min: 1,
		max: 12,
		limits: L.ttl,
		default: 4,
		metavar: 'T',
		help: `flood: the hop limit; ring: the last ring's TTL (absent: ${D.ttl})`
	},
	{
		key: 'ringStart',
		label: 'First ring TTL',
		kind: 'int',
		...L.ringStart,
		default: D.ringStart,
		only: 'cli',
		metavar: 'T0',
		help: `ring: the first TTL (absent: ${D.ringStart}, Lv et al. §4.2)`
	},
	{
		key: 'ringStep',
		label: 'Ring TTL step',
		kind: 'int',
		...L.ringStep,
		default: D.ringStep,
		only: 'cli',
		metavar: 'DT',
		help: `ring: what each ring adds to the TTL (absent: ${D.ringStep})`
	},
	{
		key: 'walkers',
		label: 'Walkers k',
		kind: 'int',
		min: 1,
		max: 64,
		limits: L.walkers,
		default: 16,
		help: `walk: walkers per query, each with its own TTL (absent: ${D.walkers})`
	},
	{
		key: 'walkerTtl',
		label: "Walker's TTL",
		kind: 'int',
		...L.walkerTtl,
		default: D.walkerTtl,
		only: 'cli',
		metavar: 'T',
		help: `walk: the most steps each walker takes (absent: ${D.walkerTtl})`
	},
	{
		key: 'checkEvery',
		label: 'Check every',
		kind: 'int',
		...L.checkEvery,
		default: D.checkEvery,
		only: 'cli',
		metavar: 'S',
		help: `walk: steps between check-backs with the requester (absent: ${D.checkEvery})`
	},
	{
		key: 'fallbackTtl',
		label: 'Fallback TTL',
		kind: 'int',
		...L.fallbackTtl,
		default: D.fallbackTtl,
		only: 'cli',
		metavar: 'T',
		help: `greedy: the flood from a local minimum (0: none; absent: ${D.fallbackTtl})`
	},
	{
		key: 'queries',
		label: 'Queries',
		kind: 'int',
		min: 1,
		max: 1000,
		limits: L.queries,
		default: 10,
		required: true,
		metavar: 'Q'
	}
];
