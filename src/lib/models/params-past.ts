import { PAST_DEFAULTS, PAST_LIMITS } from '../sim/past';
import { FAILED_SHARE } from './params';
import type { ParamTable } from './types';

/**
 * The PAST parameters, the one table the page (URL, form, lessons) and `sim past` (its flags, their
 * checks and help) read. `min`/`max` are what the page draws; `limits` what the simulation accepts
 * headless (`PAST_LIMITS`; k at most |L|/2 of the default leaf set).
 */
export const PAST_PARAMS: ParamTable = [
	{
		key: 'nodes',
		label: 'Nodes (N)',
		kind: 'int',
		min: 1,
		max: 2000,
		limits: PAST_LIMITS.nodes,
		default: 300,
		required: true
	},
	{
		key: 'objects',
		label: 'Files (K)',
		kind: 'int',
		min: 0,
		max: 500,
		limits: { ...PAST_LIMITS.objects, min: 1 },
		default: 12,
		required: true
	},
	{
		key: 'replicas',
		label: 'Replicas (k)',
		kind: 'int',
		min: 1,
		max: 32,
		limits: { min: 1, max: PAST_DEFAULTS.leafSetSize / 2 },
		default: 5,
		help: 'at most |L|/2, so the leaf set holds them all'
	},
	{
		...FAILED_SHARE,
		only: 'cli',
		help: 'the share of nodes that fail after the first lookups (absent: 0)'
	},
	{
		key: 'cache',
		label: 'Cache (files per node)',
		kind: 'int',
		min: 0,
		max: 100,
		limits: PAST_LIMITS.cacheSize,
		default: 0,
		metavar: 'C',
		help: 'copies kept along lookup routes; 0: no caching'
	},
	{ key: 'leaf', label: '|L| (leaf set)', kind: 'int', min: 2, max: 64, default: 16, only: 'page' }
];
