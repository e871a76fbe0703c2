import { describe, expect, it } from 'vitest';
import {
	buildNetwork,
	compareAllocations,
	compareMethods,
	type SearchState
} from '$lib/sim/search';
import { allocationJob, compareJob } from '$lib/view/search/jobs';
import { lessonFile, stateAfter, textOf } from './testing';

/** Every number lesson 30 states about a run, computed from that run (rule 5 of the brief). */
const lesson = lessonFile('30-flooding-vs-routing.md');
const step = (n: number) => ({
	text: textOf(lesson.steps[n - 1]),
	state: stateAfter<SearchState>(lesson, n)
});
/** What a step's comparison panel computes, here or (switched) at N = 10,000. */
const comparison = (s: SearchState, large: boolean) => {
	const job = compareJob(s, large);
	return compareMethods(buildNetwork(job.network), job.options);
};
const hundreds = (x: number | null) => (Math.round((x as number) / 100) * 100).toLocaleString('en');
const at = <T extends { x: number }>(points: T[], x: number) => points.find((p) => p.x === x) as T;

describe('lesson 30, flooding versus routing', () => {
	it('step 1: node 171 floods with TTL 4, 1% of the 400 nodes hold the object, 291 messages', () => {
		const { text, state } = step(1);
		const run = state.last;
		expect(run?.source).toBe(171);
		expect(text).toContain('Node 171');
		expect(state.network.replicas / state.network.n).toBe(0.01);
		expect(state.totals.messages).toBe(291);
		expect(text).toContain('291.');
	});

	it('step 2: nearly everything by TTL 5 on 400 nodes; at N = 10,000 the cost of TTL 5 and 6', () => {
		const { text, state } = step(2);
		const small = comparison(state, false);
		expect(text).toContain('300 queries');
		expect(small.queries).toBe(300);
		expect(at(small.flood, 4).successRate).toBeGreaterThan(0.9);
		expect(at(small.flood, 5).successRate).toBeGreaterThan(0.98);
		const large = comparison(state, true);
		const [t5, t6] = [at(large.flood, 5), at(large.flood, 6)];
		expect(text).toContain(
			`About ${hundreds(t5.meanMessages)} per query at TTL 5 (${(100 * (t5.successRate as number)).toFixed(1)}% found), ${hundreds(t6.meanMessages)} at TTL 6`
		);
	});

	it('step 3: at N = 10,000, 32 walkers answer every query with far fewer messages than a TTL-6 flood', () => {
		const { text, state } = step(3);
		const large = comparison(state, true);
		const k32 = at(large.walk, 32);
		expect(large.queries).toBe(1000);
		expect(k32.successRate).toBe(1);
		expect(text).toContain(
			`32 walkers answer all 1,000 queries with about ${Math.round((k32.meanMessages as number) / 10) * 10} messages each; a TTL-6 flood sends ${hundreds(at(large.flood, 6).meanMessages)}`
		);
	});

	it('step 4: square root needs the fewest messages; uniform and proportional tie', () => {
		const { text, state } = step(4);
		expect(text).toContain(`The same ${state.network.totalReplicas.toLocaleString('en')} copies`);
		const job = allocationJob(state, false);
		const c = compareAllocations(buildNetwork(job.network), job.options);
		const [u, p, s] = c.allocations.map((a) => Math.round(a.meanMessages as number));
		expect(text).toContain(`Its rare objects keep ${c.allocations[1].leastPopularCopies} copies`);
		expect(text).toContain(
			`Square root needs ${s} messages a query; uniform ${u}, proportional ${p}.`
		);
		expect(s).toBeLessThan(0.7 * Math.min(u, p));
		expect(Math.abs(u - p)).toBeLessThan(0.1 * Math.max(u, p));
		expect(job.options.walkers).toBe(16);
	});

	it('step 5: the lookup costs 3 messages; at N = 10,000 keys are found in 3.2 hops', () => {
		const { text, state } = step(5);
		expect(state.totals).toMatchObject({ queries: 1, found: 1, messages: 3, hops: 3 });
		expect(text).toContain('3, one per hop');
		// "The same object" as the flood of step 1, from the same requester.
		expect(state.last?.target.query).toEqual(step(1).state.last?.target.query);
		expect(state.last?.source).toBe(171);
		const dht = comparison(state, true).dht;
		expect(dht?.successRate).toBe(1);
		expect(text).toContain(`found in ${(dht?.meanHops as number).toFixed(1)} hops on average`);
	}, 120_000);
});
