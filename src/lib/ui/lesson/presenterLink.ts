import { sanitizeLessonHtml } from '$lib/lessons/sanitize';
import type { Lesson } from '$lib/lessons/types';
import type { KeyAction } from '../keys';
import type { LessonRun } from './lessonRun.svelte';

/** The channel the projected window and the presenter window share (same origin). */
export const PRESENTER_CHANNEL = 'peerscope-presenter';

/** What the projected window tells the presenter window after every change. */
export interface PresenterState {
	readonly type: 'state';
	readonly lesson: string;
	readonly slug: string;
	readonly step: number;
	readonly steps: number;
	readonly title: string;
	readonly notes: string;
	readonly press: number;
	readonly presses: number;
	readonly question?: { ask: string; answer: string };
	readonly revealed: boolean;
	readonly next: { title: string; html: string } | null;
}

/** Messages the presenter window sends: a hello (send me the state) or a key to perform. */
export type PresenterMessage = { type: 'hello' } | { type: 'key'; action: KeyAction };

/** The keys the presenter window may press in the projected window. */
const PRESENTER_KEYS: readonly KeyAction[] = [
	'forward',
	'back',
	'round',
	'play',
	'home',
	'end',
	'reset'
];

const text = (v: unknown): v is string => typeof v === 'string';
const count = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * A message from the channel read as a {@link PresenterState}, or null when it is not one. Any
 * window of the origin may post on the channel, so the shape is checked and the HTML (notes, the
 * next step) is sanitised again here, on the receiving side.
 */
export function readPresenterState(data: unknown): PresenterState | null {
	const d = data as Record<string, unknown> | null;
	if (typeof d !== 'object' || d === null || d.type !== 'state') return null;
	const q = d.question as Record<string, unknown> | undefined;
	const next = d.next as Record<string, unknown> | null;
	if (
		![d.lesson, d.slug, d.title, d.notes].every(text) ||
		![d.step, d.steps, d.press, d.presses].every(count) ||
		typeof d.revealed !== 'boolean' ||
		(q !== undefined && (typeof q !== 'object' || q === null || !text(q.ask) || !text(q.answer))) ||
		(next !== null && (typeof next !== 'object' || !text(next.title) || !text(next.html)))
	)
		return null;
	return {
		type: 'state',
		lesson: d.lesson as string,
		slug: d.slug as string,
		step: d.step as number,
		steps: d.steps as number,
		title: d.title as string,
		notes: sanitizeLessonHtml(d.notes as string),
		press: d.press as number,
		presses: d.presses as number,
		question: q ? { ask: q.ask as string, answer: q.answer as string } : undefined,
		revealed: d.revealed,
		next: next
			? { title: next.title as string, html: sanitizeLessonHtml(next.html as string) }
			: null
	};
}

/** A message from the channel read as a {@link PresenterMessage}, or null: only the presenter's keys. */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
	const d = data as Record<string, unknown> | null;
	if (typeof d !== 'object' || d === null) return null;
	if (d.type === 'hello') return { type: 'hello' };
	if (d.type === 'key' && PRESENTER_KEYS.includes(d.action as KeyAction))
		return { type: 'key', action: d.action as KeyAction };
	return null;
}

/**
 * What the presenter window should show for a lesson step and the run's presses so far, or null
 * while the step has no run yet. Reads the run's reactive fields, so an effect that calls it runs
 * again whenever a press changes them.
 */
export function presenterState(
	lesson: Lesson,
	step: number,
	run: LessonRun | null
): PresenterState | null {
	if (!run) return null;
	const current = lesson.steps[step - 1];
	const following = lesson.steps[step];
	return {
		type: 'state',
		lesson: lesson.title,
		slug: lesson.slug,
		step,
		steps: lesson.steps.length,
		title: current.title,
		notes: sanitizeLessonHtml(current.notes),
		press: run.press,
		presses: run.actions.length,
		question: current.sim.question,
		revealed: run.revealed,
		next: following ? { title: following.title, html: sanitizeLessonHtml(following.html) } : null
	};
}

/**
 * The projected window's end of the presenter channel. One channel serves the whole life of the
 * lesson view: a channel closed and reopened on every press would drop the presenter's keys that
 * arrive in between (three quick clicks on "Next" moved the lesson twice).
 */
export class PresenterLink {
	readonly #channel: BroadcastChannel | undefined;
	#state: PresenterState | null = null;

	/** Opens the channel; `perform` runs each key the presenter window presses. */
	constructor(perform: (action: KeyAction) => void) {
		if (typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(PRESENTER_CHANNEL);
		this.#channel.onmessage = (e: MessageEvent<unknown>) => {
			const message = readPresenterMessage(e.data);
			if (message?.type === 'hello') this.#post();
			if (message?.type === 'key') perform(message.action);
		};
	}

	/** Tells the presenter window the new state (and answers its later hellos with it). */
	show(state: PresenterState | null): void {
		this.#state = state;
		this.#post();
	}

	#post(): void {
		if (this.#state) this.#channel?.postMessage(this.#state);
	}

	/** Closes the channel. */
	close(): void {
		this.#channel?.close();
	}
}
