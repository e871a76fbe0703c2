import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runExchange } from './exchange';
import { contextOf } from './round';
import { stateWith } from './testing';
import { viewOf } from './view';
import type { Descriptor } from './types';

/**
 * PeerSim 1.0.5's example.newscast.SimpleNewscast.merge, as its bytecode reads: both caches merged
 * by timestamp, freshest first, skipping the owner, the peer and duplicates, c − 1 kept after the
 * partner's fresh descriptor in slot 0. With ages for timestamps and no two equal ages, our newscast
 * preset must give exactly this list (on equal ages PeerSim alternates caches; we draw at random).
 */
function simpleNewscast(
	self: number,
	peer: number,
	mine: readonly Descriptor[],
	theirs: readonly Descriptor[],
	c: number
): Descriptor[] {
	const merged = [...mine, ...theirs]
		.filter((d) => d.nodeId !== self && d.nodeId !== peer)
		.sort((a, b) => a.age - b.age);
	const out: Descriptor[] = [{ nodeId: peer, age: 0 }];
	for (const d of merged)
		if (out.length < c && !out.some((e) => e.nodeId === d.nodeId)) out.push(d);
	return out;
}

const scenario = fc.integer({ min: 2, max: 10 }).chain((c) => {
	const n = 3 * c + 2;
	const others = fc.uniqueArray(fc.integer({ min: 2, max: n - 1 }), {
		minLength: c - 1,
		maxLength: c - 1
	});
	const ages = fc.shuffledSubarray(
		Array.from({ length: 4 * c }, (_, i) => i + 1),
		{ minLength: 2 * c, maxLength: 2 * c }
	);
	return fc.record({ c: fc.constant(c), mine: others, theirs: others, ages });
});

describe('the newscast preset', () => {
	it('merges like PeerSim SimpleNewscast: each side keeps the c freshest of both views', () => {
		fc.assert(
			fc.property(scenario, ({ c, mine, theirs, ages }) => {
				// Node 0's oldest entry is node 1, so oldest-peer selection makes 1 the peer; the
				// merge under test is the preset's (whole view exchanged, keep the c freshest).
				const oldest = Math.max(...ages);
				const rest = ages.filter((a) => a !== oldest);
				const view0: [number, number][] = mine.map((id, i) => [id, rest[i]]);
				view0.push([1, oldest]);
				const view1: [number, number][] = [[0, rest[c - 1]]];
				theirs.forEach((id, i) => view1.push([id, rest[c + i]]));
				const byAge = (v: [number, number][]) => v.sort((a, b) => a[1] - b[1]);
				const views = Array.from({ length: 3 * c + 2 }, (_, v) =>
					v === 0 ? byAge(view0) : v === 1 ? byAge(view1) : []
				);
				const s = stateWith(views, { viewSize: c, preset: 'newscast', peerSelection: 'oldest' });
				const before = [viewOf(s, 0), viewOf(s, 1)];
				runExchange(s, 0, contextOf(s), null);
				expect(viewOf(s, 0)).toEqual(simpleNewscast(0, 1, before[0], before[1], c));
				expect(viewOf(s, 1)).toEqual(simpleNewscast(1, 0, before[1], before[0], c));
			}),
			{ numRuns: 200 }
		);
	});
});
