import type { Id } from '../core';
import { nextHop, rootOf, routeStep, StateOverlay } from '../pastry';
import { cacheAlong, cacheHit } from './cache';
import { responsibleSet } from './replicas';
import type { PastEvent } from './events';
import type { FileOperation, PastState } from './types';

/** An insert or a lookup of file `file` from `from`, not started yet. */
export function newFileOperation(
	s: Readonly<PastState>,
	kind: FileOperation['kind'],
	file: number,
	from: Id
): FileOperation {
	const key = s.files[file].key;
	return {
		kind,
		file,
		started: false,
		done: false,
		message: { kind: 'route', from, key, status: 'travelling', at: from, path: [from] },
		outcome: null
	};
}

/** One hop of the operation's message by Pastry's routing step (Table 1, lazy repair of dead entries). */
function hop(
	s: PastState,
	op: FileOperation
): { events: PastEvent[]; delivered: boolean; lost: boolean; moved: boolean } {
	const events: PastEvent[] = [];
	let delivered = false;
	let lost = false;
	let moved = false;
	for (const e of routeStep(s.pastry, op.message)) {
		if (e.type === 'table-entry-repaired') events.push({ type: 'pastry', event: e });
		else if (e.type === 'route-hop') {
			moved = true;
			const type = op.kind === 'insert' ? 'insert-hop' : 'lookup-hop';
			events.push({ type, file: op.file, hop: e.hop });
		} else if (e.type === 'route-delivered') delivered = true;
		else if (e.type === 'route-lost') lost = true;
	}
	return { events, delivered, lost, moved };
}

function deliversAt(s: Readonly<PastState>, node: Id, key: Id): boolean {
	return nextHop(new StateOverlay(s.pastry), node, key).kind === 'deliver';
}

/**
 * The insert reaches the fileId's root (§2, insert): the root and the k − 1 nodes of its leaf set
 * numerically closest to the fileId store the file; nodes on the route cache it (§4).
 */
function store(s: PastState, op: FileOperation, root: Id): PastEvent[] {
	const f = s.files[op.file];
	f.replicas = responsibleSet(s, root, f.key);
	f.stored = true;
	op.done = true;
	const path = op.message.path;
	return [
		{
			type: 'file-stored',
			file: op.file,
			key: f.key,
			root,
			replicas: f.replicas.slice(),
			hops: path.length - 1
		},
		...cacheAlong(s, op.file, path.slice(0, -1))
	];
}

/** The node holding a lookup answers when it stores a replica or caches the file. */
function answer(s: PastState, op: FileOperation, at: Id): PastEvent[] | null {
	const f = s.files[op.file];
	const rank = f.lost ? -1 : f.replicas.indexOf(at);
	const source = rank >= 0 ? 'replica' : cacheHit(s, at, op.file) ? 'cache' : null;
	if (source === null) return null;
	op.done = true;
	const path = op.message.path.slice();
	op.outcome = { file: op.file, from: path[0], at, source, hops: path.length - 1 };
	s.tally.found++;
	s.tally.hops += path.length - 1;
	if (source === 'cache') s.tally.fromCache++;
	return [
		{
			type: 'lookup-answered',
			file: op.file,
			at,
			source,
			rank: source === 'replica' ? rank : null,
			hops: path.length - 1,
			path
		},
		...cacheAlong(s, op.file, path.slice(0, -1))
	];
}

function failed(op: FileOperation, reason: 'not-found' | 'message-lost'): PastEvent {
	op.done = true;
	const hops = op.message.path.length - 1;
	op.outcome = { file: op.file, from: op.message.from, at: null, source: null, hops };
	return {
		type: 'lookup-failed',
		file: op.file,
		at: op.message.at,
		reason,
		hops: op.message.path.length - 1
	};
}

/** The operation starts at its client; the client may be the root or already hold the file. */
export function startFileOperation(s: PastState, op: FileOperation): PastEvent[] {
	op.started = true;
	const f = s.files[op.file];
	const from = op.message.from;
	if (op.kind === 'insert') {
		const events: PastEvent[] = [
			{ type: 'insert-started', file: op.file, name: f.name, key: f.key, from }
		];
		return deliversAt(s, from, f.key) ? [...events, ...store(s, op, from)] : events;
	}
	s.tally.lookups++;
	const root = rootOf(s.pastry, f.key) as Id;
	const events: PastEvent[] = [
		{ type: 'lookup-started', file: op.file, name: f.name, key: f.key, from, root }
	];
	const answered = answer(s, op, from);
	if (answered) return [...events, ...answered];
	if (deliversAt(s, from, f.key)) events.push(failed(op, 'not-found'));
	return events;
}

/**
 * One hop of an insert or a lookup (§2). A lookup is answered by the first node on its route that
 * holds a replica or a cached copy; Pastry's locality makes that often a replica near the client
 * rather than the root. A lookup delivered at the root without a copy finds nothing.
 */
export function fileStep(s: PastState, op: FileOperation): PastEvent[] {
	const r = hop(s, op);
	if (r.lost) {
		if (op.kind === 'lookup') return [...r.events, failed(op, 'message-lost')];
		op.done = true;
		return [...r.events, { type: 'insert-lost', file: op.file, at: op.message.at }];
	}
	const at = op.message.at;
	if (op.kind === 'insert')
		return r.delivered || !r.moved ? [...r.events, ...store(s, op, at)] : r.events;
	const answered = answer(s, op, at);
	if (answered) return [...r.events, ...answered];
	if (r.delivered || !r.moved) return [...r.events, failed(op, 'not-found')];
	return r.events;
}
