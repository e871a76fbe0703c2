import type { PanelSpec } from '$lib/models/types';
import { split, type SplitItem } from './split';

/**
 * The share of the screen the main picture keeps while other panels share the stage (the rule is
 * "at least 30%"; a third leaves room for the panel's own caption).
 */
export const MAIN_SHARE = 1 / 3;

/** The text size (px) at which boxes are shared out: the browser's default 1rem. */
export const BASE_REM = 16;

/** A panel's box on the stage, in pixels from the stage's top left corner. */
export interface Slot {
	readonly name: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

/** What the stage shows: the panels that fit whole, and those one key or tab away. */
export interface StageLayout {
	readonly slots: readonly Slot[];
	/** Requested panels left out for lack of room, in priority order. */
	readonly hidden: readonly string[];
	/**
	 * The root font size (px) at which the shown panels fit: the one asked for, or less when even the
	 * main panel alone does not fit its least size at that size (then `cramped`).
	 */
	readonly rem: number;
	readonly cramped: boolean;
}

/** What to lay out. Sizes in pixels; the panels' least sizes are in rem. */
export interface LayoutRequest {
	/** The requested panels in priority order: the first is the main picture. */
	readonly panels: readonly PanelSpec[];
	readonly width: number;
	readonly height: number;
	/** The root font size in pixels (1rem), lecture mode and text scale included. */
	readonly rem: number;
	readonly gap: number;
	/** While other panels share the stage, the main one keeps at least this area (px²). */
	readonly minMainArea?: number;
	/** The panel the user brought into view (a tab or its key): always shown. */
	readonly pinned?: string | null;
}

type Arrangement = 'row' | 'column' | 'main-left' | 'main-top';

/** The area a panel can use: a panel with an aspect draws in the largest such box that fits. */
function useful(p: PanelSpec, w: number, h: number): number {
	if (!p.aspect) return w * h;
	return Math.min(w, h * p.aspect) * Math.min(h, w / p.aspect);
}

const weightOf = (p: PanelSpec) => p.weight ?? 1;

/**
 * How a line of panels shares its length: each at least its least size (the main one also at least
 * the length that gives it `mainArea`), by weight, a panel with an aspect capped where it stops
 * gaining.
 */
function items(
	ps: readonly PanelSpec[],
	horizontal: boolean,
	cross: number,
	rem: number,
	mainArea: number
): SplitItem[] {
	return ps.map((p, i) => ({
		min: Math.max(
			(horizontal ? p.minWidth : p.minHeight) * rem,
			i === 0 && mainArea > 0 ? mainArea / cross : 0
		),
		weight: weightOf(p),
		cap: p.aspect ? (horizontal ? cross * p.aspect : cross / p.aspect) : undefined
	}));
}

/** Panels side by side (or stacked) in the box (x, y, w, h), or null when they do not fit. */
function line(
	ps: readonly PanelSpec[],
	horizontal: boolean,
	box: { x: number; y: number; w: number; h: number },
	r: LayoutRequest,
	mainArea: number
): Slot[] | null {
	const cross = horizontal ? box.h : box.w;
	const total = (horizontal ? box.w : box.h) - r.gap * (ps.length - 1);
	const lengths = split(total, items(ps, horizontal, cross, r.rem, mainArea));
	if (!lengths) return null;
	let at = horizontal ? box.x : box.y;
	return ps.map((p, i): Slot => {
		const s = horizontal
			? { name: p.name, x: at, y: box.y, width: lengths[i], height: box.h }
			: { name: p.name, x: box.x, y: at, width: box.w, height: lengths[i] };
		at += lengths[i] + r.gap;
		return s;
	});
}

/** Boxes of `panels` in one arrangement, or null when one of them would be under its least size. */
function arrange(how: Arrangement, panels: readonly PanelSpec[], r: LayoutRequest): Slot[] | null {
	const { width: W, height: H, rem, gap } = r;
	const mainArea = panels.length > 1 ? (r.minMainArea ?? 0) : 0;
	let slots: Slot[] | null;
	if (how === 'row' || how === 'column')
		slots = line(panels, how === 'row', { x: 0, y: 0, w: W, h: H }, r, mainArea);
	else {
		const [main, ...rest] = panels;
		const horizontal = how === 'main-left';
		const cross = horizontal ? H : W;
		const [mainItem] = items([main], horizontal, cross, rem, mainArea);
		const restItem: SplitItem = {
			min: Math.max(...rest.map((p) => (horizontal ? p.minWidth : p.minHeight) * rem)),
			weight: rest.reduce((a, p) => a + weightOf(p), 0)
		};
		const halves = split((horizontal ? W : H) - gap, [mainItem, restItem]);
		if (!halves) return null;
		const [a, b] = halves;
		const first: Slot = horizontal
			? { name: main.name, x: 0, y: 0, width: a, height: H }
			: { name: main.name, x: 0, y: 0, width: W, height: a };
		const others = horizontal
			? line(rest, false, { x: a + gap, y: 0, w: b, h: H }, r, 0)
			: line(rest, true, { x: 0, y: a + gap, w: W, h: b }, r, 0);
		slots = others && [first, ...others];
	}
	if (!slots) return null;
	return fitsAt(slots, panels, rem) ? slots : null;
}

/** Whether every panel's box holds its least size at this text size. */
function fitsAt(slots: readonly Slot[], panels: readonly PanelSpec[], rem: number): boolean {
	return slots.every(
		(s, i) =>
			s.width >= panels[i].minWidth * rem - 0.5 && s.height >= panels[i].minHeight * rem - 0.5
	);
}

const area = (s: Slot) => s.width * s.height;

function score(panels: readonly PanelSpec[], slots: readonly Slot[]): number {
	return slots.reduce(
		(a, s, i) => a + weightOf(panels[i]) * useful(panels[i], s.width, s.height),
		0
	);
}

/** The `k` panels to try: the pinned one and the most important others, kept in priority order. */
function choose(panels: readonly PanelSpec[], k: number, pinned: string | null): PanelSpec[] {
	const first = panels.find((p) => p.name === pinned);
	const picked = new Set<PanelSpec>(first ? [first] : []);
	for (const p of panels) if (picked.size < k) picked.add(p);
	return panels.filter((p) => picked.has(p));
}

/**
 * Lays out the requested panels to fill the stage: as many as fit whole at their least sizes (most
 * important first), the rest left for tabs. For each set of panels it tries a row, a column, and the
 * main one beside or above the others, sharing the room by weight as at the base text size, and
 * keeps the arrangement whose panels get the most usable area. More text (lecture mode, a larger
 * scale) raises the least sizes: fewer panels show, larger, and a set of panels that still fits
 * keeps exactly the boxes it had (never the same panels smaller).
 */
export function layoutStage(r: LayoutRequest): StageLayout {
	const panels = r.panels;
	if (panels.length === 0 || r.width <= 0 || r.height <= 0)
		return { slots: [], hidden: panels.map((p) => p.name), rem: r.rem, cramped: false };
	const pinned = r.pinned ?? null;
	// Boxes are shared out as at the base text size, whatever the text size: a larger text only
	// decides which panels still fit whole in those boxes, so it never makes a shown panel smaller.
	const base: LayoutRequest = { ...r, rem: Math.min(r.rem, BASE_REM) };
	// The main panel's area in the set of panels one larger: a smaller set (more text) keeps the
	// main panel at least as large when one of its arrangements can, so dropping a panel never
	// shrinks the main picture.
	let floor = 0;
	for (let k = panels.length; k >= 1; k--) {
		const chosen = choose(panels, k, pinned);
		const ways: Arrangement[] =
			k === 1 ? ['row'] : k === 2 ? ['row', 'column'] : ['main-left', 'main-top', 'row', 'column'];
		let best: { slots: Slot[]; score: number; keeps: boolean } | null = null;
		for (const how of ways) {
			const slots = arrange(how, chosen, base);
			if (!slots) continue;
			const value = score(chosen, slots);
			const keeps = area(slots[0]) >= floor - 1e-6;
			if (!best || (keeps && !best.keeps) || (keeps === best.keeps && value > best.score + 1e-6))
				best = { slots, score: value, keeps };
		}
		if (best) floor = area(best.slots[0]);
		if (best && fitsAt(best.slots, chosen, r.rem))
			return {
				slots: best.slots,
				hidden: panels.filter((p) => !chosen.includes(p)).map((p) => p.name),
				rem: r.rem,
				cramped: false
			};
	}
	// Not even the main panel fits at this text size: it takes the whole stage at the largest text
	// size at which it fits.
	const main = choose(panels, 1, pinned)[0];
	const rem = Math.min(r.rem, r.width / main.minWidth, r.height / main.minHeight);
	return {
		// The same box the main panel alone has with less text (to the last bit), else the stage.
		slots: arrange('row', [main], base) ?? [
			{ name: main.name, x: 0, y: 0, width: r.width, height: r.height }
		],
		hidden: panels.filter((p) => p !== main).map((p) => p.name),
		rem,
		cramped: true
	};
}
