import { describe, expect, it } from 'vitest';
import type { SearchState } from '$lib/sim/search';
import { lessonFile, stateAfter, textOf } from './testing';

/** Every number lesson 31 states about a run, computed from that run. */
const lesson = lessonFile('31-expressiveness.md');

describe('lesson 31, expressiveness and completeness', () => {
	it('step 3: one holder among 400 nodes; the TTL-3 flood reaches 75 others and misses it', () => {
		const text = textOf(lesson.steps[2]);
		const s = stateAfter<SearchState>(lesson, 3);
		expect(s.network.replicas).toBe(1);
		expect(s.network.n).toBe(400);
		const run = s.last;
		if (run?.state.method !== 'flood') throw new Error('step 3 floods');
		const reached = run.state.flood.reached.filter((d) => d > 0).length;
		expect(reached).toBe(75);
		expect(run.found).toBeNull();
		expect(text).toContain(`reaches only ${reached} of them`);
		expect(text).toContain(`It reaches ${reached} nodes, not the one holder`);
	});

	it('step 4: the DHT finds the same rare object in 2 hops', () => {
		const text = textOf(lesson.steps[3]);
		const s = stateAfter<SearchState>(lesson, 4);
		const three = stateAfter<SearchState>(lesson, 3);
		expect(s.last?.target.query).toEqual(three.last?.target.query);
		expect(s.last?.found?.hops).toBe(2);
		expect(text).toContain('found in 2 hops');
	});
});
