import {
	DEFAULT_PATH_SOURCES,
	GOSSIP_LIMITS,
	INIT_TOPOLOGIES,
	MERGES,
	PEER_SELECTIONS,
	PROPAGATIONS,
	TARGETS
} from '../sim/gossip';
import { pageParams } from './params';
import type { ParamSpec } from './types';

/**
 * The presets of the menu (see `presetProtocol`): the lecture table's Newscast, Cyclon and T-Man,
 * the generic framework's healer, and `blind`, the generic protocol with random merging.
 */
export const PRESET_CHOICES = ['blind', 'newscast', 'cyclon', 'tman', 'healer'] as const;

/** The choice that leaves a dimension to the preset (on the page and the command line alike). */
export const FROM_PRESET = 'preset';

const L = GOSSIP_LIMITS;
/** What ψ, H, S and the random samples accept headless: up to the largest view. */
const UP_TO_VIEW = { min: 0, max: L.viewSize.max };

const choice = (key: string, label: string, list: readonly string[], help: string): ParamSpec => ({
	key,
	label,
	kind: 'choice',
	choices: [FROM_PRESET, ...list],
	default: FROM_PRESET,
	help
});
const fromPreset = (key: string, label: string, help: string, metavar: string): ParamSpec => ({
	key,
	label,
	kind: 'int',
	min: -1,
	max: 25,
	limits: UP_TO_VIEW,
	default: -1,
	metavar,
	help: `${help} (page −1, flag absent: as the preset says)`
});

/** A gossip view's size c, as gossip and broadcast read it (`view` in old links and lessons). */
export const VIEW_SIZE = {
	key: 'viewSize',
	flag: 'view',
	aliases: ['view'],
	label: 'View size c',
	kind: 'int',
	min: 1,
	max: 50,
	default: 8
} as const satisfies ParamSpec;

/**
 * The gossip parameters, the one table the page (URL, form, lessons: {@link GOSSIP_PARAMS}) and
 * `sim gossip` (its flags, their checks and help) read. `min`/`max` are what the page animates;
 * `limits` what the simulation accepts headless (`GOSSIP_LIMITS`). The view size is `viewSize` in
 * links, lessons and the simulation (the papers' c; `view` still reads as it in old links), and
 * `--view` on the command line.
 */
export const GOSSIP_TABLE: readonly ParamSpec[] = [
	{
		key: 'preset',
		label: 'Preset',
		kind: 'choice',
		choices: PRESET_CHOICES,
		default: 'cyclon',
		help: 'a point of the design space; the choices below marked "preset" follow it'
	},
	{
		key: 'nodes',
		label: 'Nodes N',
		kind: 'int',
		min: 2,
		max: 10_000,
		limits: L.nodes,
		default: 100,
		required: true
	},
	{
		...VIEW_SIZE,
		limits: L.viewSize,
		required: true,
		metavar: 'C',
		help: `below N; N × c at most ${L.entries.max} entries`
	},
	choice('peerSelection', 'Peer selection', PEER_SELECTIONS, 'which view entry to gossip with'),
	fromPreset('psi', 'ψ (closest)', 'closest selection picks among the ψ closest entries', 'PSI'),
	{
		...choice(
			'exchange',
			'Exchange',
			['full', 'half', 'l'],
			'buffer: whole view, half, or l entries'
		),
		only: 'page'
	},
	{
		key: 'l',
		label: 'Length l',
		kind: 'int',
		min: 1,
		max: 50,
		default: 4,
		only: 'page',
		help: 'with exchange l'
	},
	choice('propagation', 'Propagation', PROPAGATIONS, 'who sends a buffer'),
	choice('merge', 'Merge', MERGES, 'how a received buffer is merged into the view'),
	fromPreset('healer', 'Healer H', 'the age merge first drops the H oldest entries', 'H'),
	fromPreset('swapper', 'Swapper S', 'then the S entries it sent', 'S'),
	{
		key: 'randomSamples',
		label: 'Random samples',
		kind: 'int',
		...UP_TO_VIEW,
		default: 0,
		only: 'cli',
		metavar: 'R',
		help: 'closest selection: random entries ranked into every buffer (absent: as the preset says)'
	},
	choice('target', 'Target', TARGETS, 'the structure closest-peer gossip builds, by nodeId'),
	choice('init', 'Start from', INIT_TOPOLOGIES, 'the overlay of round 0'),
	{ key: 'fail', label: 'Fail fraction', kind: 'number', min: 0, max: 1, default: 0, only: 'page' },
	{
		key: 'failRound',
		label: 'Fail at round',
		kind: 'int',
		min: 0,
		max: 1000,
		default: 10,
		only: 'page'
	},
	{
		key: 'churn',
		label: 'Churn per round',
		kind: 'number',
		min: 0,
		max: 0.5,
		limits: { min: 0, max: 1 },
		default: 0,
		help: 'the fraction of live nodes replaced each round'
	},
	{
		key: 'rounds',
		label: 'Rounds',
		kind: 'int',
		min: 1,
		max: 1000,
		limits: L.rounds,
		default: 50,
		required: true,
		metavar: 'R'
	},
	{
		key: 'metricsEvery',
		label: 'Metrics every',
		kind: 'int',
		min: 1,
		max: L.rounds.max,
		default: 1,
		only: 'cli',
		metavar: 'K',
		help: 'measure every K rounds (and rounds 0 and the last; K at most the rounds)'
	},
	{
		key: 'pathSources',
		label: 'Path sources',
		kind: 'int',
		min: 0,
		max: L.nodes.max,
		default: DEFAULT_PATH_SOURCES,
		only: 'cli',
		metavar: 'B',
		help: `BFS sources of the path length (exact below that; absent: ${DEFAULT_PATH_SOURCES})`
	}
];

/** The gossip parameters as the URL, the form and lesson files name them. */
export const GOSSIP_PARAMS: readonly ParamSpec[] = pageParams(GOSSIP_TABLE);
