import { formatId, keyFromName, parseId, SimError, type IdSpace } from '$lib/sim/core';
import {
	browserDigits,
	describePastryEvent,
	lectureScenario,
	pastryModel,
	pastryScenario,
	tableOccupancy,
	type PastryCommand,
	type PastryEvent,
	type PastryParams,
	type PastryScenario,
	type PastryState
} from '$lib/sim/pastry';
import { toCsv } from './csv';
import { pageParams } from './params';
import { PASTRY_PARAMS } from './params-pastry';
import type { PanelSpec, ParamValues, SimEntry } from './types';

function paramsOf(p: ParamValues): PastryParams {
	const b = Number(p.b);
	return {
		b,
		digits: browserDigits(b),
		leafSetSize: Number(p.leaf),
		neighborhoodSetSize: Number(p.neighborhood),
		nodes: Number(p.nodes)
	};
}

/** The id space a lesson's or a URL's parameters give (6 hex digits by default). */
export function pastrySpace(p: ParamValues): IdSpace {
	const b = Number(p.b);
	return { b, digits: browserDigits(b) };
}

function idArg(v: unknown, p: ParamValues, what: string): number {
	if (typeof v !== 'string' && typeof v !== 'number')
		throw new SimError(`${what} must be a node id`);
	return parseId(String(v), pastrySpace(p));
}

/**
 * Pastry's panels, most important first. The routing table needs its 16 digit columns side by side
 * (about 2.2rem each); the ring and the proximity plane are round-ish drawings with labels around.
 */
const PASTRY_PANELS: readonly PanelSpec[] = [
	{ name: 'ring', label: 'Identifier ring', minWidth: 24, minHeight: 18, aspect: 1.25, weight: 3 },
	{
		name: 'proximity',
		label: 'Proximity plane',
		minWidth: 20,
		minHeight: 16,
		aspect: 1.15,
		weight: 2
	},
	{ name: 'table', label: 'Routing table', minWidth: 36, minHeight: 16, weight: 3 },
	{ name: 'sets', label: 'Leaf set', minWidth: 22, minHeight: 11, weight: 2 },
	{ name: 'stats', label: 'Statistics', minWidth: 30, minHeight: 20, weight: 3 }
];

/**
 * Pastry (Rowstron & Druschel 2001): routing tables, leaf sets and neighbourhood sets; joins as
 * message steps; lookups by prefix routing; failures and repair.
 */
export const pastryEntry: SimEntry<PastryState, PastryCommand, PastryEvent> = {
	name: 'pastry',
	title: 'Pastry',
	summary:
		'Prefix routing to the numerically closest node in about log₁₆ N hops; tables fill in as nodes join.',
	roundLabel: 'Operations done',
	params: pageParams(PASTRY_PARAMS),
	model: pastryModel,
	commandTypes: ['add-node', 'route', 'kill-node', 'deliver'],
	init(p, seed) {
		const scenario = String(p.scenario);
		const params = paramsOf(p);
		if (scenario === 'lecture' || scenario === 'lecture-joins')
			return lectureScenario(seed, { growing: scenario === 'lecture-joins', params });
		return pastryScenario(scenario as PastryScenario, params, seed);
	},
	describe: (e, s) => describePastryEvent(e, s.space),
	exportJson(s) {
		const hex = (id: number | null) => (id === null ? null : formatId(id, s.space));
		return {
			model: 'pastry',
			params: s.params,
			completed: s.completed,
			tableOccupancyByRow: tableOccupancy(s),
			nodes: s.nodes.map((n) => ({
				nodeId: hex(n.id),
				x: +n.x.toFixed(4),
				y: +n.y.toFixed(4),
				alive: n.alive,
				routingTable: Array.from({ length: s.space.digits }, (_, row) =>
					n.routingTable.slice(row * 2 ** s.space.b, (row + 1) * 2 ** s.space.b).map(hex)
				),
				leafSet: { smaller: n.leafSet.smaller.map(hex), larger: n.leafSet.larger.map(hex) },
				neighborhoodSet: n.neighborhoodSet.map(hex)
			})),
			lastRoute: s.finished.route && {
				key: hex(s.finished.route.key),
				path: s.finished.route.path.map(hex)
			}
		};
	},
	exportCsv(s) {
		const rows = [['nodeId', 'x', 'y', 'alive', 'tableEntries', 'leafSet', 'neighborhoodSet']];
		for (const n of s.nodes)
			rows.push([
				formatId(n.id, s.space),
				n.x.toFixed(4),
				n.y.toFixed(4),
				String(n.alive),
				String(n.routingTable.filter((e) => e !== null).length),
				[...n.leafSet.smaller, ...n.leafSet.larger].map((id) => formatId(id, s.space)).join(' '),
				n.neighborhoodSet.map((id) => formatId(id, s.space)).join(' ')
			]);
		return toCsv(rows);
	},
	atEnd(s) {
		const r = s.finished.route;
		if (s.ops.length > 0 || !r) return undefined;
		const hex = (id: number) => formatId(id, s.space);
		const hops = r.path.length - 1;
		return `The route of ${r.name ?? hex(r.key)} is finished: delivered at ${hex(r.at)} after ${hops} hop${hops === 1 ? '' : 's'}. Route another key with the form, or press Home to watch it again.`;
	},
	panels: PASTRY_PANELS.map((p) => p.name),
	panelSpecs: PASTRY_PANELS,
	lessonCommand(name, arg, p) {
		const a = (arg ?? {}) as Record<string, unknown>;
		switch (name) {
			case 'route': {
				if (typeof arg !== 'object' || arg === null)
					throw new SimError('route takes { from: <id>, key: <id> } or { from, name }');
				const from = idArg(a.from, p, 'from');
				if (typeof a.name === 'string')
					return { type: 'route', from, key: keyFromName(a.name, pastrySpace(p)), name: a.name };
				return { type: 'route', from, key: idArg(a.key, p, 'key') };
			}
			case 'add-node':
				if (arg === null || arg === 'random') return { type: 'add-node' };
				if (typeof arg === 'object') {
					const x = a.x === undefined ? undefined : Number(a.x);
					const y = a.y === undefined ? undefined : Number(a.y);
					return { type: 'add-node', id: idArg(a.id, p, 'id'), x, y };
				}
				return { type: 'add-node', id: idArg(arg, p, 'add-node') };
			case 'kill-node':
				return { type: 'kill-node', id: idArg(arg, p, 'kill-node') };
			case 'deliver':
				return { type: 'deliver' };
		}
		throw new SimError(
			`unknown pastry action "${name}"; expected route, add-node, kill-node or deliver`
		);
	},
	parseHighlight: (text, p) => parseId(text, pastrySpace(p))
};
