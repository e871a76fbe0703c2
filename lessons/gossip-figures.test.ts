import { describe, expect, it } from 'vitest';
import { randomGraphReference } from '$lib/sim/core/graph';
import {
	describePreset,
	TABLE_PRESETS,
	type GossipEvent,
	type GossipMetrics
} from '$lib/sim/gossip';
import { COMPARED } from '$lib/workers/gossipJobs';
import { textOf } from './testing';
import { fixed, percent, playLesson, type PlayedStep } from './gossipRun';

/**
 * Every number the gossip lessons (20–25) state about a run, computed from that run: each test
 * plays the lesson as the player does and expects the lesson's text to contain the figure the run
 * gives, formatted as the lesson prints it. A change to the simulation that moves a figure, or an
 * edit of the text that misquotes it, fails here.
 */

const lessons = Object.fromEntries(
	[
		'00-decentralized.md',
		'20-gossip-substrate.md',
		'21-design-space.md',
		'22-random-graph.md',
		'23-why-random.md',
		'24-self-healing.md',
		'25-closest-peer.md'
	].map((f) => [f.slice(0, 2), playLesson(f).steps])
);

const exchanges = (events: readonly GossipEvent[]) =>
	events.flatMap((e) => (e.type === 'exchange' ? [e] : []));
const at = (st: PlayedStep, round: number) => st.rounds.get(round) as GossipMetrics;
const last = (st: PlayedStep) => st.metrics.at(-1) as GossipMetrics;
const reference = (m: GossipMetrics, c: number) => randomGraphReference(m.live, c);
const arrows = (xs: string[]) => xs.join(' → ');
/** The first round of `st` from `from` on whose dead links are 0. */
const cleanAt = (st: PlayedStep, from: number) =>
	[...st.rounds.entries()].find(([r, m]) => r > from && m.deadLinks === 0)?.[0];

describe('narration stays short', () => {
	it.each(Object.entries(lessons).flatMap(([n, steps]) => steps.map((st, i) => [n, i + 1, st])))(
		'lesson %s step %i has at most 60 words on screen',
		(_, __, st) => expect((st as PlayedStep).words).toBeLessThanOrEqual(60)
	);
});

describe('lesson 00, a case for decentralized systems', () => {
	const [, serverFails, , halfFail] = lessons['00'];

	it('quotes the star falling apart and the random overlay staying whole as it heals', () => {
		const star = last(serverFails);
		expect([star.live, star.components]).toEqual([99, 99]);
		expect(serverFails.text).toContain('99 isolated nodes, 99 components');
		const failed = halfFail.metrics[1];
		const after = last(halfFail);
		expect([after.components, after.largestComponent, after.live]).toEqual([1, 50, 50]);
		expect(halfFail.states.at(-1)?.round).toBe((halfFail.states[1]?.round ?? 0) + 5);
		// The answer's own placeholders, as the player fills them from the run.
		expect(textOf(halfFail.step)).toContain(
			`Yes: one component of all 50 survivors. A random graph where each node knows a few others stays connected. Gossip forgets the dead links as they age: from ${percent(failed.deadLinks)} to ${percent(after.deadLinks)} in 5 rounds.`
		);
		expect(after.deadLinks).toBeGreaterThan(0);
	});
});

describe('lesson 20, the generic substrate', () => {
	const [, exchange, threads, round, moving] = lessons['20'];

	it("tells node 10's first exchange as it runs", () => {
		const [e] = exchanges(exchange.events[0]);
		expect([e.active.nodeId, e.passive.nodeId]).toEqual([10, 0]);
		const c = exchange.states[0].params.viewSize;
		expect(exchange.text).toContain(`random: node ${e.passive.nodeId}`);
		expect(exchange.text).toContain(`$c/2 = ${e.active.sent.length}$ descriptors`);
		expect(e.active.sent[0]).toEqual({ nodeId: 10, age: 0 });
		const [kept, known] = e.active.kept;
		expect(e.active.received.find((d) => d.nodeId === kept)?.age).toBe(0);
		expect(e.active.before.some((d) => d.nodeId === kept)).toBe(true);
		expect(e.active.before.some((d) => d.nodeId === known)).toBe(false);
		expect(exchange.text).toContain(
			`${kept}·0, fresher than its own copy of ${kept}, and ${known}, which it did not know`
		);
		expect(e.active.dropped.map((d) => d.nodeId)).toEqual([7]);
		expect(exchange.text).toContain(`It drops 7 to stay at c = ${c}.`);
	});

	it('lets node 0 gossip next, and a round puts every node in two exchanges on average', () => {
		expect(exchanges(threads.events[0])[0].active.nodeId).toBe(0);
		expect(threads.text).toContain('Node 0, just refreshed, now gossips itself');
		// Every live node is active once and each exchange has two sides: 2 × N / N.
		const ended = round.events[0].find((e) => e.type === 'round-ended');
		expect(ended).toMatchObject({ exchanges: 12, live: 12, deadContacts: 0, idle: 0 });
		expect(round.text).toContain('two on average');
		const full = moving.states.at(-1)!;
		expect(Array.from(full.viewLength.subarray(0, full.size)).every((l) => l === 6)).toBe(true);
	});
});

describe('lesson 21, the design space', () => {
	const [table, newscast, cyclon, tman, any] = lessons['21'];

	it('shows the presets as they run, with their real buffer sizes', () => {
		const c = table.states[0].params.viewSize;
		// The table is a placeholder the compiler fills from the presets: read it as rendered.
		expect(table.narration).toContain('{{presetTable}}');
		const html = table.step.html;
		const cells = (row: string) =>
			[...(html.split(`<strong>${row}</strong>`)[1]?.split('</tr>')[0] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1].trim()); // prettier-ignore
		const presets = ['newscast', 'cyclon', 'tman'] as const;
		expect([...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1].trim())).toEqual(['', 'Newscast', 'Cyclon', 'T-Man']); // prettier-ignore
		expect(cells('peer selection')).toEqual(presets.map((p) => describePreset(p, c).peerSelection));
		expect(cells('data exchanged')).toEqual(presets.map((p) => describePreset(p, c).dataExchanged));
		expect(cells('data processing')).toEqual(presets.map((p) => describePreset(p, c).merge));
		expect(COMPARED).toEqual(TABLE_PRESETS);
		expect(textOf(table.step)).toContain(`Same seed, 100 nodes, c = 8`);
		expect(newscast.states[0].params).toMatchObject({ exchange: 'full', healer: 21 });
	});

	it('quotes Newscast and Cyclon in-degree spreads and clustering', () => {
		const start = at(newscast, 0);
		const end = at(newscast, 30);
		const ref = reference(start, 20);
		expect(fixed(ref.inDegreeSd, 1)).toBe(fixed(start.inDegree.sd, 1));
		expect(Math.round(end.inDegree.sd / start.inDegree.sd)).toBe(2);
		expect(newscast.text).toContain(
			`doubles, from ${fixed(ref.inDegreeSd, 1)} to ${fixed(end.inDegree.sd, 1)}`
		);
		const fold = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
		const times = fold[Math.round((end.clustering ?? 0) / (start.clustering ?? 1))];
		expect(newscast.text).toContain(`rises ${times}fold, to ${fixed(end.clustering, 2)}`);
		expect(cyclon.text).toContain(
			`falls from ${fixed(ref.inDegreeSd, 1)} to ${fixed(at(cyclon, 30).inDegree.sd, 1)}`
		);
		expect(at(cyclon, 30).inDegree.sd).toBeLessThan(ref.inDegreeSd);
	});

	it('quotes the rounds T-Man takes and the blind whole-view spread', () => {
		const found = [0, 1, 2, 3, 4, 5].map((r) => percent(at(tman, r).targetEdgesFound));
		expect(at(tman, 5).targetEdgesFound).toBe(1);
		expect(tman.text).toContain(`5 rounds (${arrows(found)})`);
		expect(tman.text).toContain(`Clustering rises to ${fixed(at(tman, 5).clustering, 2)}`);
		const m = last(any);
		const ref = reference(m, 8);
		expect(Math.round(m.inDegree.sd / ref.inDegreeSd)).toBe(2);
		expect(any.text).toContain(`spreads in-degrees to ${fixed(m.inDegree.sd, 1)}, twice`);
	});
});

describe('lesson 22, converging to a random graph', () => {
	const [lattice, rounds, , star] = lessons['22'];

	it('quotes the lattice, the rounds of Cyclon and the star', () => {
		const r0 = at(lattice, 0);
		expect([r0.inDegree.min, r0.inDegree.max]).toEqual([8, 8]);
		expect(lattice.text).toContain(`(clustering ${fixed(r0.clustering, 2)})`);
		expect(lattice.text).toContain(`needs ${fixed(r0.pathLength, 1)} hops`);
		const ref = reference(r0, 8);
		expect(rounds.text).toContain(`the random graph's ${fixed(ref.clustering, 2)}?`);
		const clustering = [0, 1, 2, 3, 4, 5, 6].map((r) => fixed(at(rounds, r).clustering, 2));
		expect(clustering.at(-1)).toBe(fixed(ref.clustering + 0.005, 2));
		expect(rounds.text).toContain(`About 6 rounds (${arrows(clustering)})`);
		expect(fixed(at(rounds, 5).pathLength, 2)).toBe(fixed(ref.pathLength, 2));
		expect(rounds.text).toContain(
			`from ${fixed(r0.pathLength, 1)} hops to the random graph's ${fixed(ref.pathLength, 2)} at round 5`
		);
		expect(star.text).toContain(
			`falls from ${fixed(at(star, 0).inDegree.sd, 1)} to ${fixed(at(star, 7).inDegree.sd, 1)} by round 7`
		);
	});
});

describe('lesson 23, why random graphs', () => {
	const [lattice, random, paths] = lessons['23'];

	it('quotes what half the nodes failing does to a lattice and to a random graph', () => {
		const broken = last(lattice);
		expect(lattice.text).toContain(
			`splits into ${broken.components} components, the largest with ${broken.largestComponent} nodes`
		);
		expect(lattice.text).toContain(`Are the ${broken.live} survivors`);
		const whole = last(random);
		expect([whole.components, whole.largestComponent]).toEqual([1, 50]);
		expect(random.text).toContain(`One component of all ${whole.live} survivors`);
		expect(fixed(whole.inDegree.mean, 0)).toBe('3');
		expect(random.text).toContain('about 3 live links out and 3 in');
	});

	it('quotes path lengths: the random graph, the lattice, and a million nodes', () => {
		const r0 = at(random, 0);
		expect(paths.text).toContain(`$N / (2c)$: ${fixed(r0.pathLength, 1)} hops here at round 0`);
		expect(Math.round(randomGraphReference(100, 6).pathLength ?? 0)).toBe(2);
		expect(Math.round(randomGraphReference(1e6, 30).pathLength ?? 0)).toBe(4);
		expect(paths.text).toContain('about 2 hops here, about 4 for a million');
		expect((Math.round(1e6 / 60 / 1000) * 1000).toLocaleString('en')).toBe('17,000');
		expect(paths.text).toContain('17,000 for a');
		const m = last(paths);
		const ref = reference(m, 6);
		expect(Math.abs((m.clustering ?? 0) / ref.clustering - 1)).toBeLessThan(0.1);
		expect(Math.abs((m.pathLength ?? 0) / (ref.pathLength ?? 1) - 1)).toBeLessThan(0.1);
	});
});

describe('lesson 24, self-healing', () => {
	const [healer, swapper, cyclon] = lessons['24'];

	it('quotes how fast the healer, the swapper and Cyclon forget the dead', () => {
		const failed = healer.metrics[2];
		expect(failed.live).toBe(100);
		const dead = [18, 20, 22].map((r) => percent(at(healer, r).deadLinks));
		expect(healer.text).toContain(
			`from ${percent(failed.deadLinks)} to ${dead[0]} (round 18), ${dead[1]} (20), ${dead[2]} (22)`
		);
		const healed = cleanAt(healer, 15) as number;
		expect(healer.text).toContain(`${healed - 15} rounds. Dead links`);
		expect(healer.text).toContain(`none at round ${healed}`);
		expect(swapper.text).toContain(
			`${percent(at(swapper, 35).deadLinks)} are still dead 20 rounds`
		);
		const clean = cleanAt(cyclon, 15) as number;
		expect(cyclon.text).toContain(
			`${clean - 15} rounds (${percent(at(cyclon, 20).deadLinks)} dead at round 20, ${percent(at(cyclon, 30).deadLinks)} at round 30, none at round ${clean})`
		);
		const ref = reference(at(healer, 20), 10);
		expect(cyclon.text).toContain(
			`sd ${fixed(at(healer, 20).inDegree.sd, 1)} against ${fixed(ref.inDegreeSd, 1)} for a random graph at round 20`
		);
		expect(cyclon.text).toContain(`balanced (sd ${fixed(at(cyclon, 20).inDegree.sd, 1)})`);
		expect(last(cyclon).inDegree.sd).toBeLessThan(ref.inDegreeSd);
	});

	it('keeps the 100 survivors in one component every round, in all three runs', () => {
		for (const st of [healer, swapper, cyclon])
			for (const [r, m] of st.rounds)
				if (r > 15) expect([m.components, m.largestComponent]).toEqual([1, 100]);
		const lesson = lessons['24'];
		expect(lesson[3].text).toContain('the 100 survivors form **one component** every round');
		expect(lesson[3].text).toContain(`gone in ${(cleanAt(healer, 15) as number) - 15} rounds`);
		expect(lesson[3].text).toContain(`Cyclon (${(cleanAt(cyclon, 15) as number) - 15} rounds`);
	});
});

describe('lesson 25, closest-peer gossip', () => {
	const [, ring, psi, grid] = lessons['25'];

	it('quotes the rounds to the ring, with ψ = 1, and to the grid', () => {
		const found = [0, 1, 2, 3, 4].map((r) => percent(at(ring, r).targetEdgesFound));
		expect(at(ring, 4).targetEdgesFound).toBe(1);
		expect(ring.text).toContain(`4 rounds (${arrows(found)} of the ring's links)`);
		expect(ring.states[0].params.psi).toBe(2);
		expect(psi.text).toContain(`(ψ = ${ring.states[0].params.psi} before)`);
		expect(psi.text).toContain(`${percent(at(psi, 4).targetEdgesFound)} after 4 rounds`);
		const complete = [...psi.rounds.entries()].find(([, m]) => m.targetEdgesFound === 1)?.[0];
		expect(psi.text).toContain(`complete only at round ${complete}`);
		const g = [0, 1, 2, 3, 4].map((r) => percent(at(grid, r).targetEdgesFound));
		g.push(`${fixed((at(grid, 5).targetEdgesFound ?? 0) * 100, 1)}%`);
		expect(grid.text).toContain(`after each round: ${arrows(g)}`);
	});
});
