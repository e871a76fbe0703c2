import { describe, expect, it } from 'vitest';
import { buildNetwork } from '$lib/sim/search';
import { layoutOf } from './layout';
import { sampledLinks } from './links';

const length = (layout: Float64Array, pairs: Int32Array) => {
	let total = 0;
	for (let i = 0; i < pairs.length; i += 2) {
		const [a, b] = [pairs[i], pairs[i + 1]];
		total += Math.hypot(layout[2 * b] - layout[2 * a], layout[2 * b + 1] - layout[2 * a + 1]);
	}
	return total;
};

describe('sampledLinks', () => {
	it('draws every link when there is ink for all, else the short ones first', () => {
		const network = buildNetwork({ overlay: 'tman', nodes: 100, seed: 'g' });
		const layout = layoutOf(network);
		const all = network.graph.targets.length / 2;
		expect(sampledLinks(network, layout, 500, 100).length / 2).toBe(all);
		const links = sampledLinks(network, layout, 500);
		expect(length(layout, links)).toBeLessThanOrEqual(0.12 * 500 + 1e-9);
		// Every link between neighbouring cells of the interest grid (0.1 apart) is kept.
		const grid = (a: number, b: number) =>
			Math.abs(
				Math.hypot(layout[2 * b] - layout[2 * a], layout[2 * b + 1] - layout[2 * a + 1]) - 0.1
			) < 1e-9;
		let kept = 0;
		for (let i = 0; i < links.length; i += 2) if (grid(links[i], links[i + 1])) kept++;
		const { offsets, targets } = network.graph;
		let wanted = 0;
		for (let v = 0; v < network.n; v++)
			for (let i = offsets[v]; i < offsets[v + 1]; i++)
				if (v < targets[i] && grid(v, targets[i])) wanted++;
		expect(wanted).toBeGreaterThan(100);
		expect(kept).toBe(wanted);
	});

	it("samples Pastry's links across its ring to a tenth of the picture's ink, the same each time", () => {
		const network = buildNetwork({ overlay: 'pastry', nodes: 400, seed: 'flood' });
		const layout = layoutOf(network);
		const links = sampledLinks(network, layout, 500);
		expect(links.length / 2).toBeLessThan(network.graph.targets.length / 2 / 4);
		// Chords across the ring (routing-table links) are among them, a few dozen.
		let chords = 0;
		for (let i = 0; i < links.length; i += 2)
			if (length(layout, links.subarray(i, i + 2)) > 0.3) chords++;
		expect(chords).toBeGreaterThan(20);
		expect(chords).toBeLessThan(200);
		expect(length(layout, links)).toBeLessThanOrEqual(0.12 * 500);
		expect(sampledLinks(network, layout, 500)).toEqual(links);
		// A smaller picture draws fewer of the same links.
		const small = sampledLinks(network, layout, 250);
		const big = new Set<string>();
		for (let i = 0; i < links.length; i += 2) big.add(`${links[i]}-${links[i + 1]}`);
		let shared = 0;
		for (let i = 0; i < small.length; i += 2) if (big.has(`${small[i]}-${small[i + 1]}`)) shared++;
		expect(small.length).toBeLessThan(links.length);
		expect(shared / (small.length / 2)).toBeGreaterThan(0.5);
		for (let i = 0; i < links.length; i += 2) expect(links[i]).toBeLessThan(links[i + 1]);
	});
});
