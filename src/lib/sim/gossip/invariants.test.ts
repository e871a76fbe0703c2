import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gossipModel } from './model';
import type { GossipOptions } from './params';
import { bufferSize } from './presets';
import { runRounds } from './round';
import { initGossip } from './state';
import type { ExchangeSize, GossipState, Merge, PeerSelection, Propagation } from './types';
import { LIVE, viewStride } from './types';
import { viewOf } from './view';

/** The view invariants: never the owner, never a duplicate, never more than c entries. */
export function checkViews(s: Readonly<GossipState>): void {
	const c = s.params.viewSize;
	const seen = new Int32Array(s.size).fill(-1);
	for (let v = 0; v < s.size; v++) {
		const len = s.viewLength[v];
		if (len < 0 || len > c) throw new Error(`node ${v} holds ${len} entries, c = ${c}`);
		for (let i = v * viewStride(c); i < v * viewStride(c) + len; i++) {
			const u = s.viewIds[i];
			if (u === v) throw new Error(`node ${v} holds itself`);
			if (u < 0 || u >= s.size) throw new Error(`node ${v} holds unknown node ${u}`);
			if (seen[u] === v) throw new Error(`node ${v} holds ${u} twice`);
			if (s.viewAges[i] < 0) throw new Error(`node ${v} holds a negative age`);
			seen[u] = v;
		}
	}
}

/** Every descriptor (id, a) with a > 0 after a round had (id, a − 1) somewhere before it. */
function checkAges(before: Readonly<GossipState>, after: Readonly<GossipState>): void {
	const known = new Set<string>();
	for (let v = 0; v < before.size; v++)
		for (const d of viewOf(before, v)) known.add(`${d.nodeId}:${d.age}`);
	for (let v = 0; v < after.size; v++) {
		if (after.status[v] !== LIVE) continue;
		for (const d of viewOf(after, v))
			if (d.age > 0 && !known.has(`${d.nodeId}:${d.age - 1}`))
				throw new Error(
					`node ${v} holds (${d.nodeId}, ${d.age}) but nobody held (${d.nodeId}, ${d.age - 1}) a round before`
				);
	}
}

const selections: PeerSelection[] = ['random', 'oldest', 'closest'];
const exchanges: ExchangeSize[] = ['full', 'half', 3];
const propagations: Propagation[] = ['push', 'pull', 'pushpull'];
const merges: { merge: Merge; healer?: number; swapper?: number }[] = [
	{ merge: 'random' },
	{ merge: 'age', healer: 4 },
	{ merge: 'age', healer: 9 },
	{ merge: 'age', swapper: 4 },
	{ merge: 'age', healer: 1, swapper: 2 },
	{ merge: 'proximity' },
	{ merge: 'swap' }
];

describe('every combination of the design space', () => {
	const combos = selections.flatMap((peerSelection) =>
		exchanges.flatMap((exchange) =>
			propagations.flatMap((propagation) =>
				merges.map((m) => {
					// H + S may not exceed the buffer: keep the pair's ratio within it (l = 3).
					const k = bufferSize(exchange, 8);
					const healer = Math.min(m.healer ?? 0, k);
					const swapper = Math.min(m.swapper ?? 0, k - healer);
					return m.merge === 'age'
						? { peerSelection, exchange, propagation, merge: m.merge, healer, swapper }
						: { peerSelection, exchange, propagation, ...m };
				})
			)
		)
	);

	it.each(combos.map((o) => [JSON.stringify(o), o] as const))(
		'%s keeps its views valid and its ages honest for 50 rounds on 200 nodes',
		(_, o) => {
			const s = initGossip({ nodes: 200, viewSize: 8, ...o }, 'combo');
			for (let r = 0; r < 50; r++) {
				const before = r % 10 === 0 ? gossipModel.clone(s) : null;
				runRounds(s, 1);
				checkViews(s);
				if (before) checkAges(before, s);
			}
			expect(s.round).toBe(50);
		}
	);
});

describe('invariants over random scenarios', () => {
	const options: fc.Arbitrary<GossipOptions> = fc
		.record({
			nodes: fc.integer({ min: 2, max: 60 }),
			c: fc.integer({ min: 1, max: 12 }),
			peerSelection: fc.constantFrom(...selections),
			exchange: fc.constantFrom<'full' | 'half' | 'l'>('full', 'half', 'l'),
			l: fc.integer({ min: 1, max: 12 }),
			propagation: fc.constantFrom(...propagations),
			merge: fc.constantFrom(...merges),
			init: fc.constantFrom('ring', 'star', 'random', 'growing' as const),
			churn: fc.constantFrom(0, 0.05),
			target: fc.constantFrom('ring', 'line', 'grid', null)
		})
		.filter((o) => o.c < o.nodes)
		.map((o) => {
			const c = o.c;
			const exchange = o.exchange === 'l' ? Math.min(o.l, c) : o.exchange;
			const k = bufferSize(exchange, c);
			const healer = Math.min(o.merge.healer ?? 0, k);
			return {
				nodes: o.nodes,
				viewSize: c,
				peerSelection: o.peerSelection,
				exchange,
				propagation: o.propagation,
				merge: o.merge.merge,
				healer,
				swapper: Math.min(o.merge.swapper ?? 0, k - healer),
				init: o.init,
				churn: o.churn,
				target: o.target ?? undefined
			};
		});

	it(
		'never breaks a view, ages by one per round, and stepping equals finishing rounds',
		{ timeout: 30_000 },
		() => {
			fc.assert(
				fc.property(options, fc.string({ maxLength: 6 }), (o, seed) => {
					const stepped = initGossip(o, seed);
					const fast = initGossip(o, seed);
					for (let r = 0; r < 6; r++) {
						const before = gossipModel.clone(stepped);
						do gossipModel.apply(stepped, { type: 'exchange' });
						while (stepped.inRound);
						checkViews(stepped);
						checkAges(before, stepped);
						gossipModel.apply(fast, { type: 'finish-round' });
					}
					expect(Array.from(fast.viewIds)).toEqual(Array.from(stepped.viewIds));
					expect(Array.from(fast.viewAges)).toEqual(Array.from(stepped.viewAges));
					// Without the inspector's record the run is the same.
					const bare = initGossip(o, seed);
					runRounds(bare, 6, undefined, false);
					expect(Array.from(bare.viewIds)).toEqual(Array.from(stepped.viewIds));
					expect(Array.from(bare.viewAges)).toEqual(Array.from(stepped.viewAges));
					expect(bare.rng.exchange.state()).toEqual(stepped.rng.exchange.state());
					expect(bare.totals).toEqual(stepped.totals);
				}),
				{ numRuns: 100 }
			);
		}
	);
});
