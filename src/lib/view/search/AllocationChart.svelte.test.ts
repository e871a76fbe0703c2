import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defaultParams } from '$lib/models/params';
import { searchEntry } from '$lib/models/search';
import { buildNetwork, compareAllocations } from '$lib/sim/search';
import AllocationChart from './AllocationChart.svelte';
import { allocationJob } from './jobs';

// jsdom measures nothing; the chart's bind:clientWidth needs the observer to exist.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;

describe('AllocationChart', () => {
	it('shows the mean walker messages of each allocation, as the simulation computes them', async () => {
		const params = { ...defaultParams(searchEntry.params), nodes: 300, popularity: 'zipf' };
		const state = searchEntry.init(params, 'alloc');
		render(AllocationChart, { state });
		const table = await screen.findByTestId('allocation-table', {}, { timeout: 20_000 });
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
			'uniform',
			'proportional',
			'square root'
		]);
		const job = allocationJob(state, false);
		const want = compareAllocations(buildNetwork(job.network), job.options);
		rows.forEach((r, i) => {
			const a = want.allocations[i];
			const cells = within(r)
				.getAllByRole('cell')
				.map((c) => c.textContent);
			expect(cells).toEqual([
				`${a.mostPopularCopies} / ${a.leastPopularCopies}`,
				`${(100 * (a.successRate as number)).toFixed(1)}%`,
				Math.round(a.meanMessages as number).toLocaleString('en')
			]);
		});
		expect(screen.getByText(/Zipf α = 1\.2 · 16 walkers · the same 1000 queries/)).toBeTruthy();
		expect(screen.getByTestId('allocation-messages')).toBeTruthy();
	});
});
