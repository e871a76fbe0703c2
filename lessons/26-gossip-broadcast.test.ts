import { describe, expect, it } from 'vitest';
import type { BroadcastState } from '$lib/sim/broadcast';
import { compareRuns, optionsOf } from '$lib/models/broadcast';
import { lessonFile, stateAfter, textOf } from './testing';

/** What lesson 26 states about its runs beyond its placeholders (rule 5 of the brief). */
const lesson = lessonFile('26-gossip-broadcast.md');
const text = (n: number) => textOf(lesson.steps[n - 1]);

describe('lesson 26, spreading news by gossip', () => {
	it('step 1: 1, 2, 4, 8, 15 informed over the first four rounds of push on 200 Cyclon views of 8', () => {
		const s = stateAfter<BroadcastState>(lesson, 1);
		expect(s.params).toMatchObject({
			overlay: 'cyclon',
			nodes: 200,
			viewSize: 8,
			protocol: 'push'
		});
		expect(s.curves[0]).toEqual([1, 2, 4, 8, 15]);
		expect(text(1)).toContain('It about doubles: 15 nodes know after 4 rounds');
	});

	it('step 2: everyone after 15 rounds, beside the theory’s 12.9', () => {
		const s = stateAfter<BroadcastState>(lesson, 2);
		expect(s.completeAfter[0]).toBe(15);
		expect(text(2)).toContain('15 rounds. The theory says about log₂ N + ln N ≈ 12.9');
	});

	it('step 3: push-pull 8 rounds on the same nodes, against 15 for push and 11 for pull', () => {
		const s = stateAfter<BroadcastState>(lesson, 3);
		expect(s.params.protocol).toBe('pushpull');
		expect(s.completeAfter[0]).toBe(8);
		const runs = compareRuns(optionsOf(s.params), s.seed);
		expect(runs.map((r) => r.roundsToAll)).toEqual([15, 11, 8, 63]);
		expect(runs[2].curve).toEqual(s.curves[0]);
		expect(runs[0].curve).toEqual(stateAfter<BroadcastState>(lesson, 2).curves[0]);
		expect(text(3)).toContain('Push needed 15 rounds. How many for push-pull? 8 (pull alone: 11)');
	});

	it('step 4: 1,000 nodes take 23 rounds', () => {
		const s = stateAfter<BroadcastState>(lesson, 4);
		expect(s.n).toBe(1000);
		expect(s.completeAfter[0]).toBe(23);
		expect(text(4)).toContain('everyone knows after 23 rounds');
	});

	it('step 5: the ring lattice takes 63 rounds, a random graph 20', () => {
		const s = stateAfter<BroadcastState>(lesson, 5);
		expect(s.params.overlay).toBe('ring');
		expect(s.completeAfter[0]).toBe(63);
		expect(text(5)).toContain('63, against 20 on a random graph');
	});

	it('step 6: the comparison of push, pull, push-pull and the ring lattice on the first run', () => {
		const s = stateAfter<BroadcastState>(lesson, 6);
		expect(s.curves[0]).toEqual([1]);
		expect(compareRuns(optionsOf(s.params), s.seed)[0].curve).toEqual(
			stateAfter<BroadcastState>(lesson, 2).curves[0]
		);
	});
});
