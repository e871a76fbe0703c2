import type { Id } from '$lib/sim/core';
import { isMember, rootOf } from '$lib/sim/pastry';
import { kClosest, type PastEvent, type PastState } from '$lib/sim/past';
import type { RouteDrawing } from '../pastry/flight';

/** How the lookup this step completed was answered. */
export interface Answer {
	readonly at: Id;
	readonly source: 'replica' | 'cache';
	/** For a replica, its rank by closeness to the fileId (0: the root). */
	readonly rank: number | null;
	readonly hops: number;
}

/** Everything a PAST view draws about the file in focus, from the state and the step's events. */
export interface PastScene {
	/** The file in focus (its position in `files`), or null before any insert. */
	readonly file: number | null;
	readonly name: string;
	readonly key: Id | null;
	/** Its replica holders, numerically closest to the fileId first. */
	readonly replicas: readonly Id[];
	/** Nodes holding it in their cache. */
	readonly cached: ReadonlySet<Id>;
	/** The insert or lookup in flight, or the lookup this step answered. */
	readonly route: RouteDrawing | null;
	readonly answer: Answer | null;
	/** Copies made this step (re-replication), as (from, to). */
	readonly copied: readonly (readonly [Id, Id])[];
	/** Replicas dropped this step (a closer node joined). */
	readonly dropped: ReadonlySet<Id>;
	/** Nodes that stored the file this step (its insert reached the root). */
	readonly stored: readonly Id[];
	/** Cached copies made this step. */
	readonly cachedNow: ReadonlySet<Id>;
	readonly lost: boolean;
}

/** The file a step is about: the one in flight, else the last event's, else `pinned`, else the last lookup's or insert's. */
export function focusFile(
	s: Readonly<PastState>,
	events: readonly PastEvent[],
	pinned: number | null
): number | null {
	const op = s.ops[0];
	if (op && op.kind !== 'restore' && op.started) return op.file;
	for (let i = events.length - 1; i >= 0; i--) {
		const e = events[i];
		if ('file' in e && typeof e.file === 'number') return e.file;
	}
	if (pinned !== null && pinned < s.files.length) return pinned;
	if (s.lastLookup) return s.lastLookup.file;
	return s.files.length > 0 ? s.files.length - 1 : null;
}

/** The PAST scene of a state and the events of the step that led to it. */
export function pastScene(
	s: Readonly<PastState>,
	events: readonly PastEvent[],
	pinned: number | null = null
): PastScene {
	const file = focusFile(s, events, pinned);
	const f = file === null ? undefined : s.files[file];
	const key = f?.key ?? null;
	const route = (path: readonly Id[], done: boolean): RouteDrawing | null =>
		key === null
			? null
			: {
					key,
					path,
					at: path[path.length - 1],
					done,
					root: rootOf(s.pastry, key)
				};
	const op = s.ops[0];
	let drawn: RouteDrawing | null = null;
	if (op && op.kind !== 'restore' && op.started && op.file === file)
		drawn = route(op.message.path, false);
	let answer: Answer | null = null;
	const copied: [Id, Id][] = [];
	const dropped = new Set<Id>();
	const cachedNow = new Set<Id>();
	let stored: Id[] = [];
	for (const e of events) {
		if ('file' in e && e.file !== file) continue;
		if (e.type === 'lookup-answered') {
			answer = { at: e.at, source: e.source, rank: e.rank, hops: e.hops };
			drawn = route(e.path, true);
		} else if (e.type === 'replica-copied') copied.push([e.from, e.to]);
		else if (e.type === 'replica-dropped') dropped.add(e.node);
		else if (e.type === 'file-cached') cachedNow.add(e.node);
		else if (e.type === 'file-stored') stored = e.replicas.slice();
	}
	const cached = new Set<Id>();
	if (file !== null) for (const [id, c] of s.caches) if (c.includes(file)) cached.add(id);
	return {
		file,
		name: f?.name ?? '',
		key,
		replicas: f?.replicas ?? [],
		cached,
		route: drawn,
		answer,
		copied,
		dropped,
		stored,
		cachedNow,
		lost: f?.lost ?? false
	};
}

/** One row of the neighbourhood of a fileId: a node, or the fileId itself. */
export interface AroundRow {
	readonly id: Id;
	readonly isKey: boolean;
	readonly alive: boolean;
	/** Rank among the replica holders (0: closest), or null. */
	readonly replica: number | null;
	readonly cached: boolean;
	/** Among the k live nodes closest to the fileId (where the replicas must be). */
	readonly responsible: boolean;
}

/**
 * The nodes around a fileId in id order, the fileId among them: every replica holder (live or
 * failed) and the k live nodes closest to it (not cached copies: those lie along routes), with
 * `extra` more nodes on each side, so the part of the leaf set that stores the file reads as a list.
 */
export function aroundKey(s: Readonly<PastState>, scene: PastScene, extra = 1): AroundRow[] {
	if (scene.key === null) return [];
	const key = scene.key;
	const sorted = [...s.pastry.nodes].sort((a, b) => a.id - b.id);
	const live = sorted.filter(isMember).map((n) => n.id);
	const responsible = new Set(kClosest(s.pastry.space, key, live, s.params.replicas));
	const wanted = new Set<Id>([...responsible, ...scene.replicas]);
	const n = sorted.length;
	const keyRow: AroundRow = {
		id: key,
		isKey: true,
		alive: true,
		replica: null,
		cached: false,
		responsible: false
	};
	if (n === 0) return [keyRow];
	// Offsets on the ring from the fileId: offset 0 is the first node at or after it.
	const first = sorted.findIndex((x) => x.id >= key);
	const start = first < 0 ? 0 : first;
	const at = (i: number) => sorted[(((start + i) % n) + n) % n];
	const reach = Math.min(n, 4 * s.params.leafSetSize);
	let lo = -1;
	let hi = 0;
	for (let i = 0; i < reach; i++) if (wanted.has(at(i).id)) hi = i;
	for (let i = -1; i >= -reach; i--) if (wanted.has(at(i).id)) lo = i;
	const rows: AroundRow[] = [];
	const seen = new Set<Id>();
	for (let i = lo - extra; i <= hi + extra; i++) {
		if (i === 0) rows.push(keyRow);
		const node = at(i);
		if (seen.has(node.id)) continue;
		seen.add(node.id);
		const rank = scene.replicas.indexOf(node.id);
		rows.push({
			id: node.id,
			isKey: false,
			alive: node.alive,
			replica: rank >= 0 ? rank : null,
			cached: scene.cached.has(node.id),
			responsible: responsible.has(node.id)
		});
	}
	return rows;
}
