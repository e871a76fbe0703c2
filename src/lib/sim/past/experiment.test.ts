import { describe, expect, it } from 'vitest';
import { pastExperiment } from './experiment';

describe('the issue’s figures: N = 2,000, 1,000 files, k = 5, 20% of the nodes fail', () => {
	const r = pastExperiment({ nodes: 2000, objects: 1000, replicas: 5, fail: 0.2, seed: '1' });

	it('finds every file before the failure', () => {
		expect(r.before.retrievable).toBe(1);
		expect(r.before.meanHops).toBeGreaterThan(0);
	});

	it('after the failure only files that lost all k replicas are gone, at least 99.5% remain', () => {
		const f = r.failure;
		if (!f) throw new Error('a failure was asked for');
		expect(f.failed).toBe(400);
		expect(f.afterFailure.retrievable).toBeCloseTo(1 - f.lost / 1000, 12);
		expect(f.afterFailure.retrievable).toBeGreaterThanOrEqual(0.995);
	});

	it('repair puts every surviving file back on its 5 closest live nodes', () => {
		const f = r.failure;
		if (!f) throw new Error('a failure was asked for');
		expect(f.replicasRestored).toBe(1);
		expect(f.copies).toBeGreaterThan(0);
		expect(f.afterRepair.retrievable).toBeCloseTo(1 - f.lost / 1000, 12);
	});
});
