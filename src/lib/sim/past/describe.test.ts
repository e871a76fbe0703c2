import { describe, expect, it } from 'vitest';
import { describePastEvent } from './describe';
import { pastModel } from './model';
import { PAST_DEFAULTS, pastScenario, runPast } from './scenario';
import type { PastEvent } from './events';

const space = { b: 4, digits: 6 };
const names = (i: number) => `file-${i}`;

const cases: [PastEvent, string][] = [
	[
		{ type: 'insert-started', file: 0, name: 'file-0', key: 0xd46a1c, from: 0x65a1fc },
		'65a1fc inserts "file-0": its fileId is d46a1c, the SHA-1 of the name, and the insert is routed there.'
	],
	[
		{
			type: 'file-stored',
			file: 0,
			key: 0xd46a1c,
			root: 0xd467c4,
			replicas: [0xd467c4, 0xd471f1],
			hops: 4
		},
		'd467c4, numerically closest to d46a1c, stores "file-0" after 4 hops, with replicas on its leaf-set neighbours: d467c4, d471f1.'
	],
	[
		{
			type: 'lookup-answered',
			file: 1,
			at: 0xd471f1,
			source: 'replica',
			rank: 1,
			hops: 3,
			path: []
		},
		'd471f1 answers the lookup of "file-1" with a replica (the 2nd closest to the fileId) after 3 hops: the first copy on the route.'
	],
	[
		{
			type: 'lookup-answered',
			file: 1,
			at: 0x65a1fc,
			source: 'cache',
			rank: null,
			hops: 0,
			path: []
		},
		'65a1fc answers the lookup of "file-1" with a cached copy after 0 hops: the first copy on the route.'
	],
	[
		{ type: 'lookup-failed', file: 2, at: 0xd467c4, reason: 'not-found', hops: 3 },
		'The lookup of "file-2" reaches d467c4, the root, which holds no copy: the file is gone.'
	],
	[
		{ type: 'file-cached', file: 1, node: 0x65a1fc, evicted: 0 },
		'65a1fc caches "file-1" on the way back, evicting "file-0".'
	],
	[
		{ type: 'replica-copied', file: 0, key: 0xd46a1c, from: 0xd471f1, to: 0xd462ba },
		'd462ba is now among the k closest to d46a1c: it copies "file-0" from d471f1.'
	],
	[
		{ type: 'replica-dropped', file: 0, key: 0xd46a1c, node: 0xd471f1 },
		'd471f1 is no longer among the k closest to d46a1c: it drops its replica of "file-0".'
	],
	[
		{
			type: 'replicas-restored',
			file: 0,
			key: 0xd46a1c,
			replicas: [0xd467c4, 0xd462ba],
			failed: [0xd471f1]
		},
		'"file-0" is back on 2 nodes: d467c4, d462ba (replacing failed d471f1).'
	],
	[
		{ type: 'file-lost', file: 0, key: 0xd46a1c },
		'Every replica of "file-0" (fileId d46a1c) has failed: the file is lost.'
	],
	[
		{ type: 'restore-done', restored: 9, lost: 1 },
		'Re-replication is done: 9 files on their k closest live nodes, 1 file lost.'
	]
];

describe('describePastEvent', () => {
	it.each(cases)('%o', (event, sentence) => {
		expect(describePastEvent(event, space, names)).toBe(sentence);
	});

	it('tells every event of a run with failures, a join and a repair in one sentence', () => {
		const s = pastScenario({ ...PAST_DEFAULTS, nodes: 60, objects: 5, cacheSize: 1 }, 'd');
		const seen = new Set<string>();
		const tell = (events: readonly PastEvent[]) => {
			for (const e of events) {
				seen.add(e.type);
				expect(describePastEvent(e, s.pastry.space, (i) => s.files[i].name)).toMatch(/^\S.*\.$/);
			}
		};
		runPast(s, tell);
		for (const c of [
			{ type: 'lookup', name: 'file-1' },
			{ type: 'lookup', name: 'file-1' },
			{ type: 'fail-fraction', fraction: 0.3 },
			{ type: 'add-node' },
			{ type: 'restore-replicas' }
		] as const) {
			tell(pastModel.apply(s, c));
			runPast(s, tell);
		}
		expect(seen).toContain('pastry');
		expect(seen).toContain('replica-copied');
	});
});
