import { describe, expect, it } from 'vitest';
import { formatId, Timeline, type Tagged } from '$lib/sim/core';
import type { PastState } from '$lib/sim/past';
import { defaultParams } from './params';
import { pastEntry } from './past';

const params = (p: Record<string, string | number> = {}) => ({
	...defaultParams(pastEntry.params),
	...p
});

function runAll(t: Timeline<PastState, Tagged, Tagged>): void {
	for (let i = 0; i < 5000 && t.forward(); i++);
}

describe('past entry', () => {
	it('inserts K files by its script, each on the k closest nodes', () => {
		const t = new Timeline(pastEntry.model, pastEntry.init(params({ objects: 4 }), '1'));
		runAll(t);
		expect(t.state.files.map((f) => [f.name, f.stored, f.replicas.length])).toEqual([
			['file-0', true, 5],
			['file-1', true, 5],
			['file-2', true, 5],
			['file-3', true, 5]
		]);
		expect(t.round).toBe(4);
	});

	it('refuses k above |L|/2, a lookup of a file never inserted and a malformed link command', () => {
		expect(() => pastEntry.init(params({ replicas: 9 }), '1')).toThrow(
			'k (the replicas) must be an integer from 1 to |L|/2 = 8'
		);
		const t = new Timeline(pastEntry.model, pastEntry.init(params({ objects: 1 }), '1'));
		expect(() => t.act({ type: 'lookup', name: 'jazz.mp3' } as never)).toThrow(
			'no file named "jazz.mp3" was inserted'
		);
		expect(() => t.act({ type: 'insert', name: 7 } as never)).toThrow(
			'the insert command needs name as a text, got 7'
		);
		expect(() => t.act({ type: 'fail', nodes: ['a'] } as never)).toThrow(
			'the fail command needs nodes as a list of node ids'
		);
		expect(t.length).toBe(0);
	});

	it('steps back exactly and a link replays lookups, failures, a join and the repair', () => {
		const init = () => pastEntry.init(params({ nodes: 120, objects: 3, cache: 2 }), '4');
		const t = new Timeline(pastEntry.model, init(), { checkpointEvery: 5 });
		runAll(t);
		t.act({ type: 'lookup', name: 'file-1' });
		runAll(t);
		const holders = t.state.files[1].replicas.slice(0, 2);
		t.act({ type: 'fail', nodes: holders });
		t.act({ type: 'add-node' });
		runAll(t);
		t.act({ type: 'restore-replicas' });
		runAll(t);
		t.act({ type: 'lookup', name: 'file-1' });
		runAll(t);
		const end = t.position;
		const states: string[] = [];
		for (let k = 0; k <= end; k++) {
			t.seek(k);
			states.push(JSON.stringify(pastEntry.exportJson(t.state)));
		}
		for (let k = end; k >= 0; k -= 4) {
			t.seek(k);
			expect(JSON.stringify(pastEntry.exportJson(t.state))).toBe(states[k]);
		}
		const link = Timeline.replay(pastEntry.model, init(), t.userLog(), end);
		expect(JSON.stringify(pastEntry.exportJson(link.state))).toBe(states[end]);
		t.seek(end);
		expect(t.state.files[1].replicas.some((id) => holders.includes(id))).toBe(false);
	});

	it('reads lesson actions, naming what was expected', () => {
		const p = params();
		expect(pastEntry.lessonCommand('insert', 'notes.pdf', p)).toEqual({
			type: 'insert',
			name: 'notes.pdf'
		});
		expect(pastEntry.lessonCommand('lookup', { name: 'notes.pdf', from: '65a1fc' }, p)).toEqual({
			type: 'lookup',
			name: 'notes.pdf',
			from: 0x65a1fc
		});
		expect(pastEntry.lessonCommand('fail', 'd467c4', p)).toEqual({
			type: 'fail',
			nodes: [0xd467c4]
		});
		expect(pastEntry.lessonCommand('restore-replicas', null, p)).toEqual({
			type: 'restore-replicas'
		});
		expect(() => pastEntry.lessonCommand('lookup', { from: '65a1fc' }, p)).toThrow(
			'lookup takes a file name'
		);
		expect(() => pastEntry.lessonCommand('fail-fraction', '1', p)).toThrow('below 1');
	});

	it('exports files and caches', () => {
		const t = new Timeline(pastEntry.model, pastEntry.init(params({ objects: 2, cache: 3 }), '1'));
		runAll(t);
		const far = t.state.pastry.nodes.find(
			(n) => n.alive && !t.state.files[0].replicas.includes(n.id)
		);
		t.act({ type: 'lookup', name: 'file-0', from: far?.id });
		runAll(t);
		const json = pastEntry.exportJson(t.state) as {
			files: { name: string; replicas: string[] }[];
			lastLookup: { file: string; from: string };
		};
		expect(json.files[0].replicas).toEqual(
			t.state.files[0].replicas.map((id) => formatId(id, t.state.pastry.space))
		);
		expect(json.lastLookup).toMatchObject({ file: 'file-0', from: formatId(far?.id ?? 0) });
		const csv = pastEntry.exportCsv(t.state).split('\n');
		expect(csv[0]).toBe('name,fileId,stored,lost,replicas');
		expect(csv[1]).toMatch(/^file-0,[0-9a-f]{6},true,false,([0-9a-f]{6} ){4}[0-9a-f]{6}$/);
	});
});
