import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultParams } from '$lib/models/params';
import { entryFor } from '$lib/models/registry';
import type { ParamValues, SimEntry } from '$lib/models/types';
import { Player } from '$lib/player/player.svelte';
import { prefs } from '$lib/ui/prefs.svelte';
import { stageSizeContext } from './stage/context';
import { viewsOf } from './views';

/** A player of `model` at its defaults (with `params` over them), `steps` steps in. */
function playerOf(model: string, params: ParamValues = {}, steps = 0): Player {
	const entry = entryFor(model) as SimEntry;
	const player = new Player(entry, {
		model,
		params: { ...defaultParams(entry.params), ...params },
		seed: '1',
		step: 0,
		log: []
	});
	for (let i = 0; i < steps; i++) player.forward();
	return player;
}

/** The panels the stage drew, by name, with their boxes. */
function boxes(): Record<string, { width: number; height: number }> {
	const out: Record<string, { width: number; height: number }> = {};
	for (const el of document.querySelectorAll<HTMLElement>('[data-panel]'))
		out[el.dataset.panel as string] = {
			width: parseFloat(el.style.width),
			height: parseFloat(el.style.height)
		};
	return out;
}

// jsdom lays nothing out: the stage's size comes from `stageSizeContext`, and the panels' own
// measuring (ResizeObserver) and Svelte's motion (matchMedia) get inert stand-ins.
beforeAll(() => {
	globalThis.ResizeObserver ??= class {
		observe(): void {}
		unobserve(): void {}
		disconnect(): void {}
	};
	window.matchMedia ??= (query: string) =>
		({
			matches: false,
			media: query,
			addEventListener() {},
			removeEventListener() {}
		}) as unknown as MediaQueryList;
});

afterEach(() => {
	prefs.lecture = false;
});

describe("each model's Stage on the shared stage", () => {
	const cases: { model: string; params: ParamValues; panels: string[]; drawn: () => unknown }[] = [
		{
			model: 'ring',
			params: {},
			panels: ['ring'],
			drawn: () => screen.getByRole('group', { name: /Identifier ring with 2 nodes/ })
		},
		{
			model: 'pastry',
			params: {},
			panels: ['ring', 'table', 'sets'],
			drawn: () => screen.getByRole('region', { name: /Routing table of/ })
		},
		{
			model: 'gossip',
			params: {},
			panels: ['graph', 'inspector'],
			drawn: () => screen.getByTestId('gossip-inspector')
		},
		{
			model: 'search',
			params: { nodes: 60 },
			panels: ['graph'],
			drawn: () => screen.getByTestId('scoreboard')
		}
	];

	for (const c of cases)
		it(`${c.model}: every requested panel gets a box of the wide stage, and draws in it`, async () => {
			const { Stage } = await viewsOf(c.model);
			render(Stage, {
				props: { player: playerOf(c.model, c.params, 2), panels: c.panels },
				context: stageSizeContext(1380, 900, { width: 1920, height: 1080 })
			});
			expect(Object.keys(boxes())).toEqual(c.panels);
			expect((document.querySelector('[data-stage]') as HTMLElement).dataset.shown).toBe(
				c.panels.join(',')
			);
			expect(c.drawn()).toBeTruthy();
			// The boxes fill the stage: their areas add up to nearly all of it (gaps aside).
			const used = Object.values(boxes()).reduce((a, b) => a + b.width * b.height, 0);
			expect(used).toBeGreaterThan(1380 * 900 * 0.95);
		});

	it('pastry in lecture mode at 1280×720: the ring alone, larger; the table one key away', async () => {
		prefs.lecture = true;
		const { Stage } = await viewsOf('pastry');
		render(Stage, {
			props: { player: playerOf('pastry', {}, 2), panels: ['ring', 'table', 'sets'] },
			context: stageSizeContext(880, 520, { width: 1280, height: 720 })
		});
		expect(boxes()).toEqual({ ring: { width: 880, height: 520 } });
		const tabs = screen.getByRole('toolbar', { name: 'Panels not shown for lack of room' });
		expect(
			within(tabs)
				.getAllByRole('button')
				.map((b) => b.textContent?.trim())
		).toEqual(['2 Routing table', '3 Leaf set']);
		await fireEvent.keyDown(window, { key: '2' });
		expect(Object.keys(boxes())).toEqual(['table']);
		expect(screen.getByRole('region', { name: /Routing table of/ })).toBeTruthy();
		await fireEvent.click(within(tabs).getByRole('button', { name: /Identifier ring/ }));
		expect(Object.keys(boxes())).toEqual(['ring']);
	});

	it('gossip in lecture mode at 1280×720 shows the graph alone; the inspector is a tab', async () => {
		prefs.lecture = true;
		const { Stage } = await viewsOf('gossip');
		render(Stage, {
			props: { player: playerOf('gossip', {}, 1), panels: ['graph', 'inspector'] },
			context: stageSizeContext(880, 520, { width: 1280, height: 720 })
		});
		expect(Object.keys(boxes())).toEqual(['graph']);
		await fireEvent.click(screen.getByRole('button', { name: /Inspector/ }));
		expect(Object.keys(boxes())).toEqual(['inspector']);
		expect(screen.getByTestId('gossip-inspector')).toBeTruthy();
	});

	it('tells each panel its box through context: the search comparison lays its charts out by it', async () => {
		const { Stage } = await viewsOf('search');
		for (const [width, columns] of [
			[1380, 3],
			[500, 2]
		]) {
			const { unmount } = render(Stage, {
				props: { player: playerOf('search', { nodes: 60 }), panels: ['compare'] },
				context: stageSizeContext(width, 900)
			});
			await screen.findByTestId('compare-table', {}, { timeout: 20_000 });
			const grid = screen.getByTestId('search-compare').querySelector('.grid') as HTMLElement;
			expect(grid.style.gridTemplateColumns).toBe(`repeat(${columns}, minmax(0, 1fr))`);
			unmount();
		}
	});
});
