import { describe, expect, it } from 'vitest';
import { formatId, type Id } from '$lib/sim/core';
import { nodeOf } from '$lib/sim/pastry';
import type { PastState } from '$lib/sim/past';
import { treeShape, type ScribeState } from '$lib/sim/scribe';
import { scribeEntry } from '$lib/models/scribe';
import { lessonFile, stateAfter, textOf } from './testing';

/**
 * What lesson 07 states about its runs beyond its placeholders (rule 5 of the brief): the nodes it
 * names, the routes it describes and the figures its text spells out.
 */
const lesson = lessonFile('07-dht-applications.md');
const text = (n: number) => textOf(lesson.steps[n - 1]);
const hex = (id: Id) => formatId(id);

describe('lesson 07, what a DHT is for', () => {
	it('step 1: lecture-notes.pdf is stored on its 5 closest nodes, the root e83a56 first', () => {
		const s = stateAfter<PastState>(lesson, 1);
		const f = s.files[0];
		expect(f.name).toBe('lecture-notes.pdf');
		expect(f.replicas.map(hex)).toEqual(['e83a56', 'e8f324', 'e96642', 'e9a889', 'e64051']);
		expect(text(1)).toContain('lecture-notes.pdf becomes e8214c');
		expect(text(1)).toContain('e83a56, e8f324, e96642, e9a889, e64051');
	});

	it('step 2: the lookup from 22bef3 stops at a replica before the root', () => {
		const s = stateAfter<PastState>(lesson, 2);
		expect(s.lastLookup).toMatchObject({
			from: 0x22bef3,
			at: 0xe8f324,
			source: 'replica',
			hops: 2
		});
		expect(text(2)).toContain(
			'No: e8f324 holds a replica (number 2 by closeness) and answers after 2 hops'
		);
	});

	it('step 3: 351eb1 goes through ed2447, which the first lookup passed and which answers from its cache', () => {
		const before = stateAfter<PastState>(lesson, 2);
		expect(before.caches.get(0xed2447)).toEqual([0]);
		const s = stateAfter<PastState>(lesson, 3);
		expect(s.lastLookup).toMatchObject({ from: 0x351eb1, at: 0xed2447, source: 'cache', hops: 1 });
		expect(s.params.cacheSize).toBe(4);
		expect(text(3)).toContain('ed2447, from its cache, after 1 hop');
	});

	it('step 4: the root and e8f324 fail; two nodes copy the file, which is not lost', () => {
		const s = stateAfter<PastState>(lesson, 4);
		expect(nodeOf(s.pastry, 0xe83a56)?.alive).toBe(false);
		expect(nodeOf(s.pastry, 0xe8f324)?.alive).toBe(false);
		expect(s.files[0].lost).toBe(false);
		expect(s.tally.copies).toBe(2);
		expect(s.files[0].replicas.map(hex)).toEqual([
			'e96642',
			'e9a889',
			'e64051',
			'ea5377',
			'e5c6d2'
		]);
		expect(text(4)).toContain(
			'two of them copy it, and the file is back on e96642, e9a889, e64051, ea5377, e5c6d2'
		);
	});

	it('steps 5-7: the JOIN of 65a1fc follows the slide, d42a9b grafts at d462ba, d13da3 sends nothing', () => {
		expect(text(5)).toContain('65a1fc → d13da3 → d4213f → d462ba → d467c4: four new forwarders');
		expect(treeShape(stateAfter<ScribeState>(lesson, 5)).root).toBe(0xd467c4);
		expect(text(6)).toContain('At d462ba, after 1 hop');
		const before = stateAfter<ScribeState>(lesson, 6);
		expect(before.tree.get(0xd13da3)).toMatchObject({ member: false });
		expect(before.tree.get(0xd13da3)?.children.length).toBeGreaterThan(0);
		const s = stateAfter<ScribeState>(lesson, 7);
		expect(s.tree.get(0xd13da3)?.member).toBe(true);
		expect(s.completed.joins).toBe(12);
		// d13da3's JOIN (the third) sends no message.
		const third = scribeEntry.model.clone(before);
		while (third.completed.joins < 3) {
			const c = scribeEntry.model.next(third);
			if (!c) break;
			scribeEntry.model.apply(third, c);
		}
		expect(third.tally.joinMessages).toBe(before.tally.joinMessages);
		expect(text(7)).toContain('The tree has 23 nodes for 12 members, depth 4, at most 7 children');
	});

	it('step 8: the multicast reaches all 12 members with 22 messages, no duplicate', () => {
		const s = stateAfter<ScribeState>(lesson, 8);
		expect(s.lastMulticast).toMatchObject({
			reached: 12,
			members: 12,
			messages: 22,
			duplicates: 0
		});
		expect(text(8)).toContain('22, one per tree edge, with zero duplicates: 12 of 12 members');
	});

	it('step 9: d462ba forwarded for d4213f and d42a9b; both re-join and all 12 receive again', () => {
		const before = stateAfter<ScribeState>(lesson, 8);
		expect(before.tree.get(0xd462ba)?.children.sort()).toEqual([0xd4213f, 0xd42a9b].sort());
		const s = stateAfter<ScribeState>(lesson, 9);
		expect(s.tally.rejoins).toBe(2);
		expect(s.lastMulticast).toMatchObject({ seq: 1, reached: 12, members: 12 });
		expect(text(9)).toContain('(two re-joins). The next multicast reaches 12 of 12 members');
	});
});
