import { MAX_ID_BITS } from '../sim/core';
import {
	PASTRY_DEFAULTS,
	PASTRY_LIMITS,
	PASTRY_SCENARIOS,
	validateLeafSetSize
} from '../sim/pastry';
import { FAILED_SHARE } from './params';
import type { ParamTable } from './types';

/** The scenarios the page offers: the command line's, and the lecture's nodes joining one by one. */
export const PAGE_SCENARIOS = [
	'lecture',
	'lecture-joins',
	'growing',
	'random',
	'failures'
] as const;

/** The largest |L| the command line accepts (the page stops at {@link PASTRY_LIMITS}). */
const MAX_LEAF = 1024;

/** The most nodes `--build joins` accepts: every node joins by messages (about 7 s at 30,000). */
const MAX_JOINED_NODES = 100_000;

/** The most nodes of the global oracle's converged network. */
const MAX_CONVERGED_NODES = 2_000_000;

const ROUTE = ['route'];
const STATS = ['stats'];

/**
 * The Pastry parameters, the one table the page (URL, form, lessons) and `sim pastry route` and
 * `sim pastry stats` (their flags, checks and help: `forCommand`) read. `min`/`max` are what the
 * page draws; `limits` what the simulation accepts headless. The scenario and N have an entry for
 * each side, as the page's and the command line's differ (and `route` reads N last, as it always
 * has, so of two bad flags the same one is named).
 */
export const PASTRY_PARAMS: ParamTable = [
	{
		key: 'scenario',
		label: 'Scenario',
		kind: 'choice',
		choices: PAGE_SCENARIOS,
		default: 'lecture',
		only: 'page',
		help: 'lecture: the slide’s nodes and route; lecture-joins: the same nodes joining one by one'
	},
	{
		key: 'scenario',
		label: 'Scenario',
		kind: 'choice',
		choices: PASTRY_SCENARIOS,
		default: 'lecture',
		only: 'cli',
		commands: ROUTE,
		help: 'lecture: the slide’s nodes and route (absent: lecture)'
	},
	{ key: 'nodes', label: 'Nodes (N)', kind: 'int', min: 1, max: 2000, default: 300, only: 'page' },
	{
		key: 'b',
		label: 'b (bits per digit)',
		kind: 'int',
		min: 1,
		max: 4,
		default: 4,
		metavar: 'B'
	},
	{
		key: 'build',
		label: 'Build',
		kind: 'choice',
		choices: ['converged', 'joins'],
		default: 'converged',
		only: 'cli',
		commands: STATS,
		help: 'the global oracle, or every node joining by messages (absent: converged)'
	},
	{
		key: 'nodes',
		label: 'Nodes (N)',
		kind: 'int',
		min: 1,
		max: MAX_CONVERGED_NODES,
		default: 1000,
		only: 'cli',
		commands: STATS,
		dependentLimits: {
			text: `1 to ${MAX_CONVERGED_NODES}, built by joins ${MAX_JOINED_NODES}`,
			of: (f) => ({
				min: 1,
				max: f.build === 'joins' ? MAX_JOINED_NODES : MAX_CONVERGED_NODES
			})
		},
		help: "the network's size (absent: 1000)"
	},
	{
		key: 'lookups',
		label: 'Lookups',
		kind: 'int',
		min: 1,
		max: 10_000_000,
		default: 10_000,
		only: 'cli',
		commands: STATS,
		metavar: 'K',
		help: 'random lookups routed (absent: 10000)'
	},
	{
		key: 'digits',
		label: 'Id digits',
		kind: 'int',
		min: 1,
		max: MAX_ID_BITS,
		default: PASTRY_DEFAULTS.digits,
		only: 'cli',
		metavar: 'D',
		help: 'digits of base 2^b per id (absent: route 24/b, stats 52/b, rounded)'
	},
	{
		key: 'leaf',
		label: '|L| (leaf set)',
		kind: 'int',
		min: 2,
		max: 64,
		limits: { min: 0, max: MAX_LEAF },
		check: (leaf) => validateLeafSetSize(leaf, MAX_LEAF),
		default: 16,
		metavar: 'L'
	},
	{
		key: 'neighborhood',
		label: '|M| (neighbourhood)',
		kind: 'int',
		min: 0,
		max: 128,
		limits: PASTRY_LIMITS.neighborhoodSetSize,
		default: 32,
		metavar: 'M'
	},
	{
		key: 'nodes',
		label: 'Nodes (N)',
		kind: 'int',
		...PASTRY_LIMITS.nodes,
		default: PASTRY_DEFAULTS.nodes,
		only: 'cli',
		commands: ROUTE,
		help: `not the lecture's (absent: ${PASTRY_DEFAULTS.nodes})`
	},
	{
		...FAILED_SHARE,
		only: 'cli',
		commands: STATS,
		help: 'nodes that fail before the lookups (absent: 0)'
	},
	{
		key: 'keys',
		label: 'Keys',
		kind: 'choice',
		choices: ['nodes', 'random'],
		default: 'nodes',
		only: 'cli',
		commands: STATS,
		help: "the lookups' keys: live nodeIds or random ids (absent: nodes)"
	},
	{
		key: 'from',
		label: 'From',
		kind: 'text',
		only: 'cli',
		commands: ROUTE,
		metavar: 'ID',
		help: 'the node the route starts at (lecture: 65a1fc)'
	},
	{
		key: 'key',
		label: 'Key',
		kind: 'text',
		only: 'cli',
		commands: ROUTE,
		metavar: 'ID',
		help: 'the key routed (lecture: d46a1c)'
	},
	{
		key: 'keyName',
		label: 'Key name',
		kind: 'text',
		only: 'cli',
		commands: ROUTE,
		metavar: 'NAME',
		help: 'route the SHA-1 of NAME instead of --key'
	},
	{
		key: 'growing',
		label: 'Growing',
		kind: 'switch',
		only: 'cli',
		commands: ROUTE,
		help: 'the scenario’s nodes join one by one, as messages'
	}
];
