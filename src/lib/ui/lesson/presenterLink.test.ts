import { describe, expect, it } from 'vitest';
import {
	PRESENTER_CHANNEL,
	PresenterLink,
	readPresenterMessage,
	readPresenterState,
	type PresenterState
} from './presenterLink';
import type { KeyAction } from '../keys';

const state: PresenterState = {
	type: 'state',
	lesson: 'The DHT identifier space',
	slug: 'identifier-space',
	step: 2,
	steps: 6,
	title: 'A key lives at the numerically closest node',
	notes: '<p>Before the <strong>third</strong> press, ask.</p>',
	press: 1,
	presses: 3,
	question: { ask: 'Which node?', answer: 'dcab68' },
	revealed: false,
	next: { title: 'Next', html: '<h1>Next</h1>\n<p>More <a href="/lessons">here</a>.</p>' }
};

describe('readPresenterState', () => {
	it('passes a state from the projected window through unchanged', () => {
		expect(readPresenterState(structuredClone(state))).toEqual(state);
		expect(readPresenterState({ ...state, question: undefined, next: null })).toEqual({
			...state,
			question: undefined,
			next: null
		});
	});

	it('sanitises the notes and the next step it is sent', () => {
		const read = readPresenterState({
			...state,
			notes: '<img src="x" onerror="window.pwned=1">notes<script>window.pwned=1</script>',
			next: {
				title: 'n',
				html: '<a href="javascript:window.pwned=1">next</a><svg onload="x()"></svg>'
			}
		});
		expect(read?.notes).toBe('<img src="x">notes');
		expect(read?.next?.html).toBe('<a>next</a><svg></svg>');
	});

	it('refuses whatever is not a state', () => {
		for (const bad of [
			null,
			'state',
			42,
			{ type: 'hello' },
			{ ...state, type: 'other' },
			{ ...state, notes: { toString: () => '<img onerror=x>' } },
			{ ...state, step: -1 },
			{ ...state, steps: '6' },
			{ ...state, revealed: 'yes' },
			{ ...state, question: { ask: 'q' } },
			{ ...state, question: null },
			{ ...state, next: { title: 'n' } },
			{ ...state, next: 'html' }
		])
			expect(readPresenterState(bad), JSON.stringify(bad)).toBeNull();
	});
});

describe('readPresenterMessage', () => {
	it("reads a hello and the presenter's keys, nothing else", () => {
		expect(readPresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(readPresenterMessage({ type: 'key', action: 'forward' })).toEqual({
			type: 'key',
			action: 'forward'
		});
		for (const bad of [
			null,
			{ type: 'key', action: 'theme' },
			{ type: 'key', action: 'presenter' },
			{ type: 'key', action: { toString: () => 'forward' } },
			{ type: 'state' }
		])
			expect(readPresenterMessage(bad)).toBeNull();
	});
});

describe('PresenterLink', () => {
	/** Resolves once `channel` has received `n` messages, with them. */
	const received = (channel: BroadcastChannel, n: number) =>
		new Promise<unknown[]>((done) => {
			const got: unknown[] = [];
			channel.onmessage = (e) => {
				got.push(e.data);
				if (got.length === n) done(got);
			};
		});

	it('performs every key of a quick burst, though each one changes the state it shows', async () => {
		const performed: KeyAction[] = [];
		let press = 0;
		const link: PresenterLink = new PresenterLink((action) => {
			performed.push(action);
			link.show({ ...state, press: ++press });
		});
		link.show(state);
		const presenter = new BroadcastChannel(PRESENTER_CHANNEL);
		const states = received(presenter, 3);
		for (let i = 0; i < 3; i++) presenter.postMessage({ type: 'key', action: 'forward' });
		const got = (await states) as PresenterState[];
		expect(performed).toEqual(['forward', 'forward', 'forward']);
		expect(got.map((s) => s.press)).toEqual([1, 2, 3]);
		const hello = received(presenter, 1);
		presenter.postMessage({ type: 'hello' });
		expect(((await hello)[0] as PresenterState).press).toBe(3);
		presenter.close();
		link.close();
	});
});
