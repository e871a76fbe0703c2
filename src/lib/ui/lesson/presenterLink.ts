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

/**
 * Keeps a presenter window in sync with the projected lesson, and lets it drive the lesson with its
 * own keys. Returns the cleanup for an $effect. Reads the run's reactive fields, so the effect that
 * calls it re-sends the state whenever a press changes it.
 */
export function presenterLink(
	lesson: Lesson,
	step: number,
	run: LessonRun | null,
	perform: (action: KeyAction) => void
): (() => void) | undefined {
	if (!run || typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(PRESENTER_CHANNEL);
	const current = lesson.steps[step - 1];
	const following = lesson.steps[step];
	const state: PresenterState = {
		type: 'state',
		lesson: lesson.title,
		slug: lesson.slug,
		step,
		steps: lesson.steps.length,
		title: current.title,
		notes: current.notes,
		press: run.press,
		presses: run.actions.length,
		question: current.sim.question,
		revealed: run.revealed,
		next: following ? { title: following.title, html: following.html } : null
	};
	const send = () => channel.postMessage(state);
	channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
		if (e.data?.type === 'hello') send();
		if (e.data?.type === 'key') perform(e.data.action);
	};
	send();
	return () => channel.close();
}
