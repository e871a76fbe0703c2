import { describe, expect, it } from 'vitest';
import { scribeExperiment } from './experiment';

describe('the issue’s figures: N = 10,000, 500 members, 10% of forwarders fail', () => {
	const r = scribeExperiment({ nodes: 10_000, members: 500, fail: 0.1, seed: '1' });

	it('every member receives the multicast exactly once', () => {
		expect(r.delivered).toBe(1);
		expect(r.duplicates).toBe(0);
		expect(r.messages).toBe(r.shape.nodes - 1);
	});

	it('the tree is at most ⌈log16 N⌉ + 2 deep', () => {
		expect(r.depthBound).toBe(6);
		expect(r.shape.depth).toBeLessThanOrEqual(r.depthBound);
	});

	it('after the failures some members miss the multicast; after repair every survivor gets it once', () => {
		const f = r.failure;
		if (!f) throw new Error('a failure was asked for');
		expect(f.failed).toBe(Math.round(0.1 * r.shape.forwarders));
		expect(f.beforeRepair.delivered).toBeLessThan(1);
		expect(f.afterRepair.delivered).toBe(1);
		expect(f.afterRepair.duplicates).toBe(0);
		expect(f.rejoins).toBeGreaterThan(0);
		expect(f.violations).toEqual([]);
	});
});
