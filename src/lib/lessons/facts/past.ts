import { formatId, type Id } from '$lib/sim/core';
import { isMember, nodeOf } from '$lib/sim/pastry';
import type { PastEvent, PastState } from '$lib/sim/past';
import type { FactSource } from '../placeholders';

/**
 * Facts of a PAST store at the step's end: `files`, `lostFiles`, `k`; of the file the step's last
 * move is about (else the last looked up or inserted): `file`, `fileId`, `replicas` (its holders,
 * closest first), `root` (the closest), `liveReplicas`, `cachedCopies`; of the last lookup:
 * `from`, `answeredBy`, `answerSource` (replica or cache), `answerRank` (1 = the root), `hops`,
 * `path`; and totals: `lookups`, `found`, `fromCache`, `copies` (made by re-replication),
 * `failedNodes` (in the step's last move).
 */
export function pastFacts(s: Readonly<PastState>, events: readonly PastEvent[]): FactSource {
	const hex = (id: Id | null | undefined) =>
		id === null || id === undefined ? 'none' : formatId(id, s.pastry.space);
	const last = [...events].reverse().find((e) => 'file' in e);
	const index =
		last && 'file' in last
			? last.file
			: (s.lastLookup?.file ?? (s.files.length > 0 ? s.files.length - 1 : -1));
	const f = s.files[index];
	const answer = [...events].reverse().find((e) => e.type === 'lookup-answered');
	const answered = answer?.type === 'lookup-answered' ? answer : null;
	const look = s.lastLookup;
	const failed = events.flatMap((e) => (e.type === 'node-failed' ? e.nodes : []));
	const live = (id: Id) => isMember(nodeOf(s.pastry, id));
	return {
		files: () => s.files.length,
		lostFiles: () => s.files.filter((x) => x.lost).length,
		k: () => s.params.replicas,
		file: () => f?.name ?? 'none',
		fileId: () => hex(f?.key),
		replicas: () => (f ? f.replicas.map(hex).join(', ') || 'none' : 'none'),
		root: () => hex(f?.replicas[0]),
		liveReplicas: () => (f ? f.replicas.filter(live).length : 0),
		cachedCopies: () => [...s.caches.values()].filter((c) => c.includes(index)).length,
		from: () => hex(look?.from),
		answeredBy: () => hex(look?.at),
		answerSource: () => look?.source ?? 'none',
		answerRank: () => (answered?.rank != null ? answered.rank + 1 : Number.NaN),
		hops: () => look?.hops ?? Number.NaN,
		path: () => (answered ? answered.path.map(hex).join(' → ') : 'none'),
		lookups: () => s.tally.lookups,
		found: () => s.tally.found,
		fromCache: () => s.tally.fromCache,
		copies: () => s.tally.copies,
		failedNodes: () => failed.length
	};
}
