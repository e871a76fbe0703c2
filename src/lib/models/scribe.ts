import { formatId, parseId, Rng, SimError, type Id } from '$lib/sim/core';
import {
	browserDigits,
	lectureScenario,
	LECTURE_ROUTE,
	memberIds,
	PASTRY_DEFAULTS,
	type PastryParams
} from '$lib/sim/pastry';
import {
	describeScribeEvent,
	LECTURE_MEMBERS,
	scribeModel,
	scribeOver,
	scribeScenario,
	treeShape,
	type ScribeCommand,
	type ScribeEvent,
	type ScribeState
} from '$lib/sim/scribe';
import { toCsv } from './csv';
import { pageParams } from './params';
import { SCRIBE_PARAMS } from './params-scribe';
import { shapeChecked } from './shape';
import type { PanelSpec, ParamValues, SimEntry } from './types';

export { GROUP_NAMES } from './params-scribe';

function pastryParams(p: ParamValues): PastryParams {
	return {
		...PASTRY_DEFAULTS,
		digits: browserDigits(PASTRY_DEFAULTS.b),
		leafSetSize: Number(p.leaf ?? PASTRY_DEFAULTS.leafSetSize),
		nodes: Number(p.nodes)
	};
}

/** Scribe's panels in priority order (the stage shows as many as fit, most important first). */
const SCRIBE_PANELS: readonly PanelSpec[] = [
	{ name: 'ring', label: 'Identifier ring', minWidth: 24, minHeight: 18, aspect: 1.25, weight: 3 },
	{ name: 'tree', label: 'Multicast tree', minWidth: 22, minHeight: 14, weight: 2 },
	{ name: 'proximity', label: 'Proximity plane', minWidth: 20, minHeight: 16, aspect: 1, weight: 2 }
];

/**
 * The lecture's network with the group whose groupId is the slide's key d46a1c. The first members
 * are the lecture's (65a1fc, whose JOIN follows the slide's route, then d42a9b and d13da3); the
 * others are drawn from the stream 'scribe/members'.
 */
export function lectureGroup(p: ParamValues, seed: string): ScribeState {
	const pastry = lectureScenario(seed, { params: pastryParams(p) });
	pastry.script = [];
	const m = Number(p.members);
	if (m > pastry.nodes.length)
		throw new SimError(
			`M (the members) must be at most N = ${pastry.nodes.length}, got ${Number(p.members)}`
		);
	const lecture = LECTURE_MEMBERS.slice(0, m);
	const others = memberIds(pastry).filter((id) => !lecture.includes(id));
	const drawn = Rng.stream(seed, 'scribe/members').sample(others, m - lecture.length);
	return scribeOver(pastry, { name: null, key: LECTURE_ROUTE.key }, seed, [...lecture, ...drawn]);
}

const space = { b: PASTRY_DEFAULTS.b, digits: browserDigits(PASTRY_DEFAULTS.b) };
const idOf = (v: unknown, what: string): Id => {
	if (typeof v !== 'string' && typeof v !== 'number')
		throw new SimError(`${what} takes a node id such as 65a1fc`);
	return parseId(String(v), space);
};

/**
 * Scribe (Castro, Druschel, Kermarrec & Rowstron 2002): a group is a key; members' JOINs routed
 * towards it build the multicast tree, multicasts flow down it, and children of a failed forwarder
 * re-join.
 */
export const scribeEntry: SimEntry<ScribeState, ScribeCommand, ScribeEvent> = {
	name: 'scribe',
	title: 'Scribe multicast',
	summary:
		'A group is a key: members route a JOIN towards it, the routes form a tree rooted at the key’s root, and a multicast flows down it.',
	roundLabel: 'Operations done',
	params: pageParams(SCRIBE_PARAMS),
	model: shapeChecked(scribeModel, {
		join: { member: 'id' },
		leave: { member: 'id' },
		multicast: { from: 'id?' },
		fail: { nodes: 'ids' },
		'fail-forwarders': { fraction: 'number' },
		heartbeat: {},
		deliver: {}
	}),
	commandTypes: ['join', 'leave', 'multicast', 'fail', 'fail-forwarders', 'heartbeat'],
	init(p, seed) {
		if (p.scenario === 'lecture') return lectureGroup(p, seed);
		return scribeScenario(
			{ ...pastryParams(p), members: Number(p.members), group: String(p.group) },
			seed
		);
	},
	describe: (e, s) => describeScribeEvent(e, s.pastry.space),
	exportJson(s) {
		const hex = (id: Id | null) => (id === null ? null : formatId(id, s.pastry.space));
		return {
			model: 'scribe',
			params: s.params,
			groupId: hex(s.group.key),
			group: s.group.name,
			shape: { ...treeShape(s), root: hex(treeShape(s).root) },
			lastMulticast: s.lastMulticast,
			completed: s.completed,
			tally: s.tally,
			tree: [...s.tree]
				.sort(([a], [b]) => a - b)
				.map(([id, t]) => ({
					nodeId: hex(id),
					parent: hex(t.parent),
					children: t.children.map(hex),
					member: t.member
				}))
		};
	},
	exportCsv(s) {
		const hex = (id: Id) => formatId(id, s.pastry.space);
		const rows = [['nodeId', 'member', 'parent', 'children']];
		for (const [id, t] of [...s.tree].sort(([a], [b]) => a - b))
			rows.push([
				hex(id),
				String(t.member),
				t.parent === null ? '' : hex(t.parent),
				t.children.map(hex).join(' ')
			]);
		return toCsv(rows);
	},
	panels: SCRIBE_PANELS.map((p) => p.name),
	panelSpecs: SCRIBE_PANELS,
	lessonCommand(name, arg) {
		switch (name) {
			case 'join':
				return { type: 'join', member: idOf(arg, 'join') };
			case 'leave':
				return { type: 'leave', member: idOf(arg, 'leave') };
			case 'multicast':
				if (arg === null) return { type: 'multicast' };
				if (typeof arg === 'object')
					return { type: 'multicast', from: idOf((arg as { from?: unknown }).from, 'from') };
				return { type: 'multicast', from: idOf(arg, 'multicast') };
			case 'fail':
				return {
					type: 'fail',
					nodes: (Array.isArray(arg) ? arg : [arg]).map((v) => idOf(v, 'fail'))
				};
			case 'fail-forwarders': {
				const fraction = Number(arg);
				if (arg === null || !(fraction > 0 && fraction <= 1))
					throw new SimError(
						`fail-forwarders takes the share of forwarders to fail, above 0 and at most 1, got ${String(arg)}`
					);
				return { type: 'fail-forwarders', fraction };
			}
			case 'heartbeat':
				return { type: 'heartbeat' };
		}
		throw new SimError(
			`unknown scribe action "${name}"; expected join, leave, multicast, fail, fail-forwarders or heartbeat`
		);
	},
	parseHighlight: (text) => parseId(text, space)
};
