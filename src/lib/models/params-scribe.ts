import { SCRIBE_DEFAULTS, SCRIBE_LIMITS } from '../sim/scribe';
import type { ParamTable } from './types';

/** The groups a random scenario offers; the groupId is the SHA-1 of the name. */
export const GROUP_NAMES = ['lecture-video', 'news', 'chat'] as const;

/**
 * The Scribe parameters, the one table the page (URL, form, lessons) and `sim scribe` (its flags,
 * their checks and help) read. `min`/`max` are what the page draws; `limits` what the simulation
 * accepts headless (`SCRIBE_LIMITS`). The page picks a group from a menu; the command line takes
 * any name.
 */
export const SCRIBE_PARAMS: ParamTable = [
	{
		key: 'scenario',
		label: 'Scenario',
		kind: 'choice',
		choices: ['lecture', 'random'],
		default: 'lecture',
		only: 'page',
		help: 'lecture: the slide’s nodes, groupId d46a1c, 65a1fc joins first; random: groupId = SHA-1 of the group'
	},
	{
		key: 'nodes',
		label: 'Nodes (N)',
		kind: 'int',
		min: 1,
		max: 2000,
		limits: SCRIBE_LIMITS.nodes,
		default: 300,
		required: true
	},
	{
		key: 'members',
		label: 'Members (M)',
		kind: 'int',
		min: 0,
		max: 2000,
		dependentLimits: { text: '1 to N', of: (f) => ({ min: 1, max: f.nodes as number }) },
		default: 12,
		required: true
	},
	{
		key: 'fail',
		label: 'Failed forwarders',
		kind: 'number',
		min: 0,
		max: 1,
		default: 0,
		only: 'cli',
		metavar: 'F',
		help: 'the share of forwarders that fail after the first multicast (absent: 0)'
	},
	{
		key: 'group',
		label: 'Group (random)',
		kind: 'choice',
		choices: GROUP_NAMES,
		default: 'lecture-video',
		only: 'page',
		help: 'its groupId is the SHA-1 of the name'
	},
	{
		key: 'group',
		label: 'Group',
		kind: 'text',
		only: 'cli',
		metavar: 'NAME',
		help: `its groupId is the SHA-1 of the name (absent: ${SCRIBE_DEFAULTS.group})`
	},
	{
		key: 'leaf',
		label: '|L| (leaf set)',
		kind: 'int',
		min: 2,
		max: 64,
		default: 16,
		only: 'page'
	}
];
