import { RING_DEFAULTS, RING_LIMITS } from '../sim/ring';
import type { ParamTable } from './types';

/**
 * The ring's parameters, the one table the page (URL, form, lessons) and `sim ring` (its flags,
 * their checks and help) read. `min`/`max` are what the page draws; `limits` what the simulation
 * accepts headless (`RING_LIMITS`).
 */
export const RING_PARAMS: ParamTable = [
	{
		key: 'digits',
		label: 'Id digits',
		kind: 'int',
		...RING_LIMITS.digits,
		default: RING_DEFAULTS.digits,
		metavar: 'D',
		help: 'hexadecimal digits per id'
	},
	{
		key: 'nodes',
		label: 'Nodes',
		kind: 'int',
		min: 0,
		max: 512,
		limits: RING_LIMITS.nodes,
		default: RING_DEFAULTS.nodes,
		metavar: 'N'
	},
	{
		key: 'keys',
		label: 'Keys',
		kind: 'int',
		min: 0,
		max: 512,
		limits: RING_LIMITS.keys,
		default: RING_DEFAULTS.keys,
		metavar: 'K'
	}
];
