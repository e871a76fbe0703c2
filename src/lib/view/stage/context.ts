import { getContext, setContext } from 'svelte';
import { prefs } from '$lib/ui/prefs.svelte';

/**
 * What a panel (and every layer drawn in it) reads from the stage: the box it was given, the font
 * size to draw text at, and how long a step's motion lasts. Reactive: read it inside `$derived`.
 */
export interface StageBox {
	/** The panel this box holds, or null outside a stage. */
	readonly panel: string | null;
	/** The box in CSS pixels (0 outside a stage: measure yourself). */
	readonly width: number;
	readonly height: number;
	/** 1rem in pixels for this panel's text (lecture mode and text scale included). */
	readonly fontPx: number;
	/** One step's animation in ms: slower in lecture mode, 0 with reduced motion. */
	readonly stepMs: number;
	readonly lecture: boolean;
}

const BOX = Symbol('peerscope:stage-box');
const SIZE = Symbol('peerscope:stage-size');

/** Outside a stage (a component rendered alone): no box, the page's preferences. */
const LOOSE: StageBox = {
	panel: null,
	width: 0,
	height: 0,
	get fontPx() {
		return prefs.fontPx;
	},
	get stepMs() {
		return prefs.stepMs;
	},
	get lecture() {
		return prefs.lecture;
	}
};

/** Gives the panels below this component their box (the stage calls it once per panel). */
export function provideStageBox(box: StageBox): void {
	setContext(BOX, box);
}

/** The box of the panel this component is drawn in; outside a stage, the page's preferences. */
export function useStageBox(): StageBox {
	return getContext<StageBox | undefined>(BOX) ?? LOOSE;
}

/** A fixed stage size instead of the measured one (no layout engine in jsdom, fixed snapshots). */
export interface FixedSize {
	readonly width: number;
	readonly height: number;
	/** The screen the stage is part of (the main picture's share is of it); the stage by default. */
	readonly screen?: { readonly width: number; readonly height: number };
}

/** The fixed size a test or a snapshot gave, if any. */
export function fixedStageSize(): FixedSize | undefined {
	return getContext<FixedSize | undefined>(SIZE);
}

/**
 * The context that makes every stage below it `width` × `height` pixels, on a screen of `screen`:
 * pass it as `render(Component, { props, context: stageSizeContext(880, 520, { width: 1280,
 * height: 720 }) })` in a component test.
 */
export function stageSizeContext(
	width: number,
	height: number,
	screen?: { width: number; height: number }
): Map<symbol, FixedSize> {
	return new Map([[SIZE, { width, height, screen }]]);
}
