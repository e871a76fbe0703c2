import { formatId, parseId, SimError } from '$lib/sim/core';
import {
	describeRingEvent,
	initRing,
	ringModel,
	rootOf,
	type RingCommand,
	type RingEvent,
	type RingState
} from '$lib/sim/ring';
import { toCsv } from './csv';
import { pageParams } from './params';
import { RING_PARAMS } from './params-ring';
import type { PanelSpec, SimEntry } from './types';

/** The ring playground's one panel: the identifier ring. */
const RING_PANELS: readonly PanelSpec[] = [
	{ name: 'ring', label: 'Identifier ring', minWidth: 26, minHeight: 18, aspect: 1.25, weight: 3 }
];

/** The DHT identifier space: nodes and keys on one ring, each key at its numerically closest node. */
export const ringEntry: SimEntry<RingState, RingCommand, RingEvent> = {
	name: 'ring',
	title: 'DHT identifier space',
	summary:
		'Nodes and keys share one circular id space; a key belongs to the numerically closest node.',
	params: pageParams(RING_PARAMS),
	model: ringModel,
	commandTypes: ['add-node', 'add-key', 'remove-node', 'remove-key'],
	init: (p, seed) =>
		initRing({ digits: Number(p.digits), nodes: Number(p.nodes), keys: Number(p.keys) }, seed),
	describe: (e, s) => describeRingEvent(e, s.space),
	exportJson(s) {
		const hex = (id: number) => formatId(id, s.space);
		return {
			model: 'ring',
			digits: s.space.digits,
			nodes: s.nodes.map(hex),
			keys: s.keys.map((k) => ({
				key: hex(k.id),
				...(k.name !== undefined ? { name: k.name } : {}),
				root: rootOf(s, k.id) === null ? null : hex(rootOf(s, k.id) as number)
			}))
		};
	},
	panels: RING_PANELS.map((p) => p.name),
	panelSpecs: RING_PANELS,
	lessonCommand(name, arg, params) {
		const space = { b: 4, digits: Number(params.digits) };
		const id = (v: unknown) => parseId(String(v), space);
		switch (name) {
			case 'add-node':
				return arg === null || arg === 'random'
					? { type: 'add-node' }
					: { type: 'add-node', id: id(arg) };
			case 'add-key':
				if (arg === null || arg === 'random') return { type: 'add-key' };
				if (typeof arg === 'object' && typeof (arg as { name?: unknown }).name === 'string')
					return { type: 'add-key', name: (arg as { name: string }).name };
				return { type: 'add-key', id: id(arg) };
			case 'remove-node':
				return { type: 'remove-node', id: id(arg) };
			case 'remove-key':
				return { type: 'remove-key', id: id(arg) };
		}
		throw new SimError(
			`unknown ring action "${name}"; expected add-node, add-key, remove-node or remove-key`
		);
	},
	parseHighlight: (text, params) => parseId(text, { b: 4, digits: Number(params.digits) }),
	exportCsv(s) {
		const hex = (id: number) => formatId(id, s.space);
		const rows = [['kind', 'id', 'name', 'root']];
		for (const n of s.nodes) rows.push(['node', hex(n), '', '']);
		for (const k of s.keys) {
			const root = rootOf(s, k.id);
			rows.push(['key', hex(k.id), k.name ?? '', root === null ? '' : hex(root)]);
		}
		return toCsv(rows);
	}
};
