import { describe, expect, it } from 'vitest';
import { buildNetwork, compareMethods, type SearchState } from '$lib/sim/search';
import { compareJob } from '$lib/view/search/jobs';
import { lessonFile, stateAfter, textOf } from './testing';

/** Every number lesson 32 states about a run, computed from that run. */
const lesson = lessonFile('32-weakly-structured.md');

describe('lesson 32, weakly structured overlays', () => {
	it('step 2: 6 hops to the house track from 2018; at N = 10,000 greedy routing against flooding', () => {
		const text = textOf(lesson.steps[1]);
		const s = stateAfter<SearchState>(lesson, 2);
		const run = s.last;
		expect(run?.target.query).toMatchObject({
			kind: 'exact',
			name: expect.stringMatching(/^house-2018-/)
		});
		expect(run?.found).toMatchObject({ hops: 6, messages: 6 });
		expect(text).toContain('6, one per hop');
		const job = compareJob(s, true);
		const c = compareMethods(buildNetwork(job.network), job.options);
		const greedy = c.greedy;
		expect(text).toContain(
			`greedy routing answers ${(100 * (greedy?.successRate as number)).toFixed(1)}% of queries with about ${Math.round(greedy?.meanMessages as number)} messages`
		);
		// "Thousands for a flood": the first TTL that answers as often costs thousands of messages.
		const flood = c.flood.find((p) => (p.successRate as number) >= (greedy?.successRate as number));
		expect(flood?.meanMessages).toBeGreaterThan(1000);
	}, 120_000);
});
