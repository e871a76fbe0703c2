import { formatId, parseId, SimError, type Id } from '$lib/sim/core';
import { browserDigits, PASTRY_DEFAULTS } from '$lib/sim/pastry';
import {
	describePastEvent,
	pastModel,
	pastScenario,
	type PastCommand,
	type PastEvent,
	type PastState
} from '$lib/sim/past';
import { toCsv } from './csv';
import { pageParams } from './params';
import { PAST_PARAMS } from './params-past';
import { shapeChecked } from './shape';
import type { PanelSpec, SimEntry } from './types';

const space = { b: PASTRY_DEFAULTS.b, digits: browserDigits(PASTRY_DEFAULTS.b) };
const idOf = (v: unknown, what: string): Id => {
	if (typeof v !== 'string' && typeof v !== 'number')
		throw new SimError(`${what} takes a node id such as 65a1fc`);
	return parseId(String(v), space);
};

/** A lesson's `insert: name` or `insert: { name, from }` (the same for lookup). */
function fileArg(
	name: 'insert' | 'lookup',
	arg: unknown
): { type: 'insert' | 'lookup'; name: string; from?: Id } {
	if (typeof arg === 'string') return { type: name, name: arg };
	const a = (arg ?? {}) as { name?: unknown; from?: unknown };
	if (typeof a.name !== 'string')
		throw new SimError(`${name} takes a file name, or { name: <file name>, from: <node id> }`);
	return {
		type: name,
		name: a.name,
		...(a.from !== undefined ? { from: idOf(a.from, 'from') } : {})
	};
}

/** The name of the file at position `i`, for the narration. */
export function fileNameOf(s: Readonly<PastState>, i: number): string {
	return s.files[i]?.name ?? `file #${i}`;
}

/** PAST's panels in priority order (the stage shows as many as fit, most important first). */
const PAST_PANELS: readonly PanelSpec[] = [
	{ name: 'ring', label: 'Identifier ring', minWidth: 24, minHeight: 18, aspect: 1.25, weight: 3 },
	{ name: 'leafset', label: 'Around the fileId', minWidth: 20, minHeight: 12, weight: 2 },
	{ name: 'files', label: 'Files', minWidth: 20, minHeight: 12, weight: 2 },
	{ name: 'proximity', label: 'Proximity plane', minWidth: 20, minHeight: 16, aspect: 1, weight: 2 }
];

/**
 * PAST (Rowstron & Druschel 2001): files stored under their fileId on the k numerically closest
 * nodes (the leaf set), looked up by routing to the fileId (the first copy on the way answers),
 * cached along routes, and re-replicated when nodes fail or join.
 */
export const pastEntry: SimEntry<PastState, PastCommand, PastEvent> = {
	name: 'past',
	title: 'PAST storage',
	summary:
		'A file is stored under SHA-1 of its name on the k nodes numerically closest to it; a lookup is routed there and the first copy on the way answers.',
	roundLabel: 'Operations done',
	params: pageParams(PAST_PARAMS),
	model: shapeChecked(pastModel, {
		insert: { name: 'text', from: 'id?' },
		lookup: { name: 'text', from: 'id?' },
		fail: { nodes: 'ids' },
		'fail-fraction': { fraction: 'number' },
		'add-node': { id: 'id?' },
		'restore-replicas': {},
		deliver: {}
	}),
	commandTypes: ['insert', 'lookup', 'fail', 'fail-fraction', 'add-node', 'restore-replicas'],
	init: (p, seed) =>
		pastScenario(
			{
				...PASTRY_DEFAULTS,
				digits: space.digits,
				nodes: Number(p.nodes),
				leafSetSize: Number(p.leaf),
				objects: Number(p.objects),
				replicas: Number(p.replicas),
				cacheSize: Number(p.cache)
			},
			seed
		),
	describe: (e, s) => describePastEvent(e, s.pastry.space, (i) => fileNameOf(s, i)),
	exportJson(s) {
		const hex = (id: Id) => formatId(id, s.pastry.space);
		return {
			model: 'past',
			params: s.params,
			completed: s.completed,
			tally: s.tally,
			lastLookup: s.lastLookup && {
				...s.lastLookup,
				file: fileNameOf(s, s.lastLookup.file),
				from: hex(s.lastLookup.from),
				at: s.lastLookup.at === null ? null : hex(s.lastLookup.at)
			},
			files: s.files.map((f) => ({
				name: f.name,
				fileId: hex(f.key),
				stored: f.stored,
				lost: f.lost,
				replicas: f.replicas.map(hex)
			})),
			caches: [...s.caches]
				.filter(([, c]) => c.length > 0)
				.sort(([a], [b]) => a - b)
				.map(([id, c]) => ({ nodeId: hex(id), files: c.map((i) => fileNameOf(s, i)) })),
			failedNodes: s.pastry.nodes.filter((n) => !n.alive).map((n) => hex(n.id))
		};
	},
	exportCsv(s) {
		const hex = (id: Id) => formatId(id, s.pastry.space);
		const rows = [['name', 'fileId', 'stored', 'lost', 'replicas']];
		for (const f of s.files)
			rows.push([
				f.name,
				hex(f.key),
				String(f.stored),
				String(f.lost),
				f.replicas.map(hex).join(' ')
			]);
		return toCsv(rows);
	},
	panels: PAST_PANELS.map((p) => p.name),
	panelSpecs: PAST_PANELS,
	lessonCommand(name, arg) {
		switch (name) {
			case 'insert':
			case 'lookup':
				return fileArg(name, arg);
			case 'fail':
				return {
					type: 'fail',
					nodes: (Array.isArray(arg) ? arg : [arg]).map((v) => idOf(v, 'fail'))
				};
			case 'fail-fraction': {
				const fraction = Number(arg);
				if (arg === null || !(fraction >= 0 && fraction < 1))
					throw new SimError(
						`fail-fraction takes the share of live nodes to fail, from 0 to below 1, got ${String(arg)}`
					);
				return { type: 'fail-fraction', fraction };
			}
			case 'add-node':
				return arg === null || arg === 'random'
					? { type: 'add-node' }
					: { type: 'add-node', id: idOf(arg, 'add-node') };
			case 'restore-replicas':
				return { type: 'restore-replicas' };
		}
		throw new SimError(
			`unknown past action "${name}"; expected insert, lookup, fail, fail-fraction, add-node or restore-replicas`
		);
	},
	parseHighlight: (text) => parseId(text, space)
};
