import { render, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gossipEntry } from '$lib/models/gossip';
import { pastryEntry } from '$lib/models/pastry';
import { ringEntry } from '$lib/models/ring';
import { searchEntry } from '$lib/models/search';
import type { SimEntry } from '$lib/models/types';
import { Player } from '$lib/player/player.svelte';
import { defaultRun } from '$lib/player/url';
import { formatId, parseId } from '$lib/sim/core';
import type { GossipEvent, GossipState } from '$lib/sim/gossip';
import type { PastryState } from '$lib/sim/pastry';
import type { RingState } from '$lib/sim/ring';
import type { SearchEvent, SearchState } from '$lib/sim/search';
import GraphPanel from './gossip/GraphPanel.svelte';
import { inFlight } from './pastry/flight';
import PastryRing from './pastry/PastryRing.svelte';
import RoutingTable from './pastry/RoutingTable.svelte';
import RingView from './ring/RingView.svelte';
import { drawingOf } from './search/draw';
import SearchCompare from './search/SearchCompare.svelte';
import SearchGraph from './search/SearchGraph.svelte';
import { pictureText, snapshotDiff, withBox } from './svgSnapshot';

// svelte/motion reads the reduced-motion preference when it loads; jsdom has no matchMedia.
vi.hoisted(() => {
	window.matchMedia ??= (query: string) =>
		({
			matches: false,
			media: query,
			addEventListener: () => {},
			removeEventListener: () => {}
		}) as unknown as MediaQueryList;
});

/**
 * Snapshot tests of the main pictures: each view rendered with a fixed seed into a box of fixed
 * size, kept as an SVG file under __snapshots__/ (see svgSnapshot.ts for the update path).
 */

const playerOf = <S>(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry narrows its own state
	entry: SimEntry<any, any, any>,
	params: Record<string, unknown>,
	step: number,
	seed?: string
) => {
	const run = defaultRun(entry as SimEntry);
	return new Player<S>(entry as unknown as SimEntry<S>, {
		...run,
		params: { ...run.params, ...params } as typeof run.params,
		seed: seed ?? run.seed,
		step
	});
};

function expectPicture(name: string, el: Element | null): void {
	expect(el, `${name}: nothing drawn`).not.toBeNull();
	const { expected, actual } = snapshotDiff(name, pictureText(el as Element));
	expect(actual, `${name} changed: review the diff, then UPDATE_SNAPSHOTS=1`).toBe(expected);
}

let undo: () => void = () => {};
afterEach(() => undo());

describe('pictures (SVG snapshots)', () => {
	beforeEach(() => {
		undo = withBox(720, 560);
	});

	it('the Pastry ring with the lecture route through its lens', () => {
		const player = playerOf<PastryState>(pastryEntry, {}, 5);
		const { route, join } = inFlight(player.state);
		expect(route?.path.map((id) => formatId(id, player.state.space))).toEqual([
			'65a1fc',
			'd13da3',
			'd4213f',
			'd462ba',
			'd467c4'
		]);
		const { container } = render(PastryRing, { state: player.state, route, join, animate: false });
		expectPicture('pastry-ring-lecture-route.svg', container.querySelector('svg'));
	});

	it('the identifier ring', () => {
		const player = playerOf<RingState>(ringEntry, {}, 24);
		const { container } = render(RingView, { player });
		expectPicture('identifier-ring.svg', container.querySelector('svg'));
	});

	it('the gossip graph at round 5', () => {
		const player = playerOf<GossipState>(gossipEntry, { nodes: 40, viewSize: 5 }, 0);
		for (let r = 0; r < 5; r++) player.forwardRound();
		expect(player.state.round).toBe(5);
		const { container } = render(GraphPanel, {
			props: {
				state: player.state,
				events: player.events as readonly GossipEvent[],
				direction: 'jump',
				version: player.version
			}
		});
		expectPicture('gossip-graph-round5.svg', container.querySelector('svg'));
	});

	it('the flood at wave 2', () => {
		const player = playerOf<SearchState>(searchEntry, {}, 3, 'flood');
		const drawing = drawingOf(player.state, player.events as readonly SearchEvent[]);
		expect(player.narration()).toContain('Wave 2 of 4');
		expect(drawing.messages).toBe(17);
		const { container } = render(SearchGraph, { state: player.state, drawing, animate: false });
		expectPicture('search-flood-wave2.svg', container.querySelector('svg'));
	});
});

describe('pictures of tables and charts (SVG snapshots)', () => {
	it('the routing table of 65a1fc mid-join', () => {
		undo = withBox(1100, 420);
		// Step 3,894 of the lecture's joins: 65a1fc's join message, sent from d13da3, has passed
		// 6c0e1c and reached 5f86f2; the nodes on its route supply its rows one by one.
		const player = playerOf<PastryState>(
			pastryEntry,
			{ scenario: 'lecture-joins', nodes: 100 },
			3894
		);
		const owner = parseId('65a1fc', player.state.space);
		const join = inFlight(player.state).join;
		expect(join?.node).toBe(owner);
		expect(join?.done).toBe(false);
		expect(join?.route.map((id) => formatId(id, player.state.space))).toEqual([
			'd13da3',
			'6c0e1c',
			'5f86f2'
		]);
		const { container } = render(RoutingTable, { state: player.state, owner, animate: false });
		const table = container.querySelector('[data-testid=routing-table]');
		expect(table?.querySelectorAll('thead th')).toHaveLength(17);
		expectPicture('routing-table-65a1fc-mid-join.svg', wrapHtml(table, 1100, 420));
	});

	it('the search comparison', async () => {
		undo = withBox(900, 700);
		const player = playerOf<SearchState>(searchEntry, {}, 0, 'flood');
		const { container } = render(SearchCompare, { state: player.state });
		await waitFor(
			() => expect(container.querySelector('[data-testid=compare-table]')).not.toBeNull(),
			{
				timeout: 20_000
			}
		);
		expectPicture('search-compare.svg', wrapHtml(container.querySelector('.compare'), 900, 700));
	});
});

/** HTML (a table, charts beside it) as an SVG file: the markup inside a foreignObject. */
function wrapHtml(el: Element | null, width: number, height: number): Element | null {
	if (!el) return null;
	const ns = 'http://www.w3.org/2000/svg';
	const svg = document.createElementNS(ns, 'svg');
	svg.setAttribute('width', String(width));
	svg.setAttribute('height', String(height));
	const fo = document.createElementNS(ns, 'foreignObject');
	fo.setAttribute('width', String(width));
	fo.setAttribute('height', String(height));
	fo.appendChild(el.cloneNode(true));
	svg.appendChild(fo);
	return svg;
}
