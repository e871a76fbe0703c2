import { describe, expect, it } from 'vitest';
import { formatId, Timeline } from '$lib/sim/core';
import type { PastEvent } from '$lib/sim/past';
import { defaultParams } from '$lib/models/params';
import { pastEntry } from '$lib/models/past';
import { aroundKey, pastScene } from './scene';

function store(cache = 0) {
	const t = new Timeline(
		pastEntry.model,
		pastEntry.init({ ...defaultParams(pastEntry.params), objects: 0, cache }, 'dht')
	);
	const scene = () => pastScene(t.state, t.eventsAt() as readonly PastEvent[]);
	t.act({ type: 'insert', name: 'lecture-notes.pdf' });
	while (t.forward());
	return { t, scene };
}

describe('the PAST scene', () => {
	it('shows the stored file on its replicas, fanned out from the root on the step it is stored', () => {
		const { scene } = store();
		const s = scene();
		expect(s.name).toBe('lecture-notes.pdf');
		expect(s.replicas.map((id) => formatId(id))).toEqual([
			'e83a56',
			'e8f324',
			'e96642',
			'e9a889',
			'e64051'
		]);
		expect(s.stored).toEqual(s.replicas);
		expect(s.route).toBeNull();
	});

	it('draws a lookup hop by hop and the copy that answered it', () => {
		const { t, scene } = store();
		t.act({ type: 'lookup', name: 'lecture-notes.pdf', from: 0x22bef3 });
		t.forward();
		expect(scene().route?.path).toEqual([0x22bef3, 0xed2447]);
		expect(scene().answer).toBeNull();
		t.forward();
		expect(scene().route?.path).toEqual([0x22bef3, 0xed2447, 0xe8f324]);
		expect(scene().answer).toEqual({ at: 0xe8f324, source: 'replica', rank: 1, hops: 2 });
	});

	it('lists the nodes around the fileId in id order, the fileId among them, failed holders kept', () => {
		const { t, scene } = store();
		t.act({ type: 'fail', nodes: [0xe83a56] });
		while (t.forward());
		const rows = aroundKey(t.state, scene());
		const ids = rows.map((r) => (r.isKey ? 'key' : formatId(r.id)));
		expect(ids).toEqual([
			'e5c6d2',
			'e64051',
			'key',
			'e83a56',
			'e8f324',
			'e96642',
			'e9a889',
			'ea5377',
			'eab63f'
		]);
		expect(rows.find((r) => r.id === 0xe83a56)).toMatchObject({ alive: false, replica: 0 });
		expect(rows.find((r) => r.id === 0xe5c6d2)).toMatchObject({
			replica: null,
			responsible: false
		});
		expect(rows.find((r) => r.id === 0xea5377)).toMatchObject({ replica: null, responsible: true });
		t.act({ type: 'restore-replicas' });
		while (t.forward());
		expect(scene().copied).toEqual(
			[[0xe9a889, 0xea5377]].map(([, to]) => [expect.any(Number), to])
		);
	});
});
