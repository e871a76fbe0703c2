import { describe, expect, it } from 'vitest';
import { buildNetwork } from '$lib/sim/search';
import { layoutOf } from './layout';

describe('search layout', () => {
	it.each(['random', 'gossip', 'pastry', 'tman'] as const)(
		'puts every %s node inside the unit square, the same way each time',
		(overlay) => {
			const network = buildNetwork({ overlay, nodes: 120, seed: 'l' });
			const a = layoutOf(network);
			expect(a.length).toBe(240);
			expect([...a].every((v) => v >= 0 && v <= 1)).toBe(true);
			const again = layoutOf(buildNetwork({ overlay, nodes: 120, seed: 'l' }));
			expect([...again]).toEqual([...a]);
			expect(layoutOf(network)).toBe(a);
		}
	);

	it('puts a large unstructured overlay on an evenly filled disc, node 0 at its centre', () => {
		const network = buildNetwork({ overlay: 'random', nodes: 1500, degree: 4, seed: 'd' });
		const a = layoutOf(network);
		expect([...a].every((v) => v >= 0.02 && v <= 0.98)).toBe(true);
		expect(Math.hypot(a[0] - 0.5, a[1] - 0.5)).toBeLessThan(0.02);
		const again = layoutOf(buildNetwork({ overlay: 'random', nodes: 1500, degree: 4, seed: 'd' }));
		expect([...again]).toEqual([...a]);
	});

	it('draws the weakly structured overlay on its interest grid', () => {
		const network = buildNetwork({ overlay: 'tman', nodes: 100, seed: 'g' });
		const a = layoutOf(network);
		expect(a[0]).toBeCloseTo(0.05);
		expect(a[2 * 11]).toBeCloseTo(0.15);
		expect(a[2 * 11 + 1]).toBeCloseTo(0.15);
	});
});
