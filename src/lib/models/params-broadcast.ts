import {
	BROADCAST_LIMITS,
	BROADCAST_OVERLAYS,
	DEFAULT_WARMUP,
	DISSEMINATIONS,
	STOP_RULES
} from '../sim/broadcast';
import { FAILED_SHARE } from './params';
import { VIEW_SIZE } from './params-gossip';
import type { ParamTable } from './types';

const L = BROADCAST_LIMITS;
/** c and f pick peers other than the node itself: 1 to N − 1. */
const BELOW_N = {
	text: '1 to N − 1',
	of: (f: { nodes?: unknown }) => ({ min: 1, max: Number(f.nodes) - 1 })
};

/**
 * The broadcast parameters, the one table the page (URL, form, lessons) and `sim broadcast` (its
 * flags, their checks and help) read. `min`/`max` are what the page draws; `limits` what the
 * simulation accepts headless (`BROADCAST_LIMITS`). The view size is `viewSize` in links and
 * lessons (`view` still reads as it) and `--view` on the command line. N has an entry for each
 * side: the command line reads it first, as c and f are checked against it.
 */
export const BROADCAST_PARAMS: ParamTable = [
	{
		key: 'nodes',
		label: 'Nodes N',
		kind: 'int',
		...L.nodes,
		default: 200,
		required: true,
		only: 'cli'
	},
	{
		key: 'overlay',
		label: 'Overlay',
		kind: 'choice',
		choices: BROADCAST_OVERLAYS,
		default: 'cyclon',
		help: 'the views peers are picked from: Cyclon or Newscast after 30 rounds, a random graph, or a ring lattice'
	},
	{ key: 'nodes', label: 'Nodes N', kind: 'int', min: 2, max: 10_000, default: 200, only: 'page' },
	{
		...VIEW_SIZE,
		dependentLimits: BELOW_N,
		required: true,
		metavar: 'C'
	},
	{
		key: 'warmup',
		label: 'Warm-up rounds',
		kind: 'int',
		...L.warmup,
		default: DEFAULT_WARMUP,
		only: 'cli',
		metavar: 'R',
		help: `peer-sampling rounds before the broadcast, cyclon and newscast only (absent: ${DEFAULT_WARMUP} there)`
	},
	{
		key: 'protocol',
		label: 'Protocol',
		kind: 'choice',
		choices: DISSEMINATIONS,
		default: 'push',
		help: 'push: the informed tell; pull: the others ask; pushpull: both'
	},
	{
		key: 'fanout',
		label: 'Fanout f',
		kind: 'int',
		min: 1,
		max: 20,
		dependentLimits: BELOW_N,
		default: 1
	},
	{
		key: 'stop',
		label: 'Stop rule',
		kind: 'choice',
		choices: STOP_RULES,
		default: 'forever',
		help: 'forever: never stop; die: after one round; counter / coin: after meeting nodes that knew'
	},
	{
		key: 'k',
		label: 'k (counter, coin)',
		kind: 'int',
		min: 1,
		max: 100,
		limits: L.stopK,
		default: 2,
		metavar: 'K',
		help: 'with the counter and coin rules'
	},
	{
		key: 'chunks',
		label: 'Chunks',
		kind: 'int',
		min: 1,
		max: 100,
		limits: L.chunks,
		default: 1,
		metavar: 'C',
		help: 'a stream: one chunk born at the source per round'
	},
	{ ...FAILED_SHARE, max: 0.95, limits: { min: 0, max: FAILED_SHARE.max } },
	{
		key: 'refresh',
		label: 'Refresh',
		kind: 'switch',
		only: 'cli',
		help: 'a peer-sampling round before each broadcast round (not on a ring)'
	},
	{
		key: 'maxRounds',
		label: 'Most rounds',
		kind: 'int',
		...L.maxRounds,
		default: 10_000,
		only: 'cli',
		metavar: 'R',
		help: 'the broadcast stops after R rounds (absent: 10000)'
	}
];
