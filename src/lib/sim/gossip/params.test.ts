import { describe, expect, it } from 'vitest';
import { SimError } from '../core';
import { defaultPsi, resolveGossipParams, type GossipOptions } from './params';
import { bufferSize } from './presets';

const base = { nodes: 100, viewSize: 20 };

describe('resolveGossipParams', () => {
	it('defaults to the blind protocol from a ring lattice', () => {
		expect(resolveGossipParams(base)).toEqual({
			nodes: 100,
			viewSize: 20,
			peerSelection: 'random',
			psi: 5,
			exchange: 'half',
			propagation: 'pushpull',
			merge: 'random',
			healer: 0,
			swapper: 0,
			randomSamples: 0,
			target: null,
			dropDeadPeer: false,
			init: 'ring',
			failure: null,
			churn: 0,
			rounds: null
		});
	});

	it('maps the presets onto the design space', () => {
		// Newscast exchanges the whole view (20 entries and its own) and keeps the 20 freshest: H = 21.
		const newscast = resolveGossipParams({ ...base, preset: 'newscast' });
		expect([
			newscast.peerSelection,
			newscast.exchange,
			newscast.propagation,
			newscast.merge,
			newscast.healer,
			newscast.swapper
		]).toEqual(['random', 'full', 'pushpull', 'age', 21, 0]);
		// With a smaller buffer the healer still takes every excess entry by age.
		expect(resolveGossipParams({ ...base, preset: 'newscast', exchange: 4 }).healer).toBe(4);
		const healer = resolveGossipParams({ ...base, preset: 'healer' });
		expect([healer.peerSelection, healer.exchange, healer.merge, healer.healer]).toEqual([
			'random',
			'half',
			'age',
			10
		]);
		expect(resolveGossipParams({ ...base, preset: 'blind' })).toEqual(resolveGossipParams(base));
		const cyclon = resolveGossipParams({ ...base, preset: 'cyclon' });
		expect([cyclon.peerSelection, cyclon.exchange, cyclon.merge, cyclon.dropDeadPeer]).toEqual([
			'oldest',
			'half',
			'swap',
			true
		]);
		const tman = resolveGossipParams({ ...base, preset: 'tman' });
		expect([tman.peerSelection, tman.merge, tman.target, tman.init, tman.randomSamples]).toEqual([
			'closest',
			'proximity',
			'ring',
			'random',
			20
		]);
	});

	it('lets explicit options override a preset', () => {
		const p = resolveGossipParams({
			...base,
			preset: 'cyclon',
			exchange: 4,
			peerSelection: 'random'
		});
		expect([p.exchange, p.peerSelection, p.merge]).toEqual([4, 'random', 'swap']);
		expect(resolveGossipParams({ ...base, preset: 'tman', target: 'grid' }).target).toBe('grid');
	});

	it('takes any buffer from 1 entry to the whole view with every merge, and H + S up to it', () => {
		for (const merge of ['random', 'age', 'proximity', 'swap'] as const)
			for (const exchange of [1, 7, 20, 'half', 'full'] as const)
				expect(resolveGossipParams({ ...base, merge, exchange }).exchange).toBe(exchange);
		const p = resolveGossipParams({
			...base,
			merge: 'age',
			exchange: 'full',
			healer: 11,
			swapper: 10
		});
		expect([p.healer, p.swapper]).toEqual([11, 10]);
	});

	it('gives closest selection a ring target by default', () => {
		expect(resolveGossipParams({ ...base, peerSelection: 'closest' }).target).toBe('ring');
	});

	it.each<[string, Partial<GossipOptions>, RegExp]>([
		[
			'c under 1',
			{ viewSize: 0 },
			/view size c must be an integer from 1 to 99 \(below N\), got 0/
		],
		['c not below N', { viewSize: 100 }, /view size c .* got 100/],
		['N under 2', { nodes: 1, viewSize: 1 }, /number of nodes N must be an integer from 2/],
		['l above c', { exchange: 21 }, /exchange length l must be an integer from 1 to 20/],
		[
			'H + S above the buffer',
			{ merge: 'age', healer: 6, swapper: 5 },
			/at most the buffer size 10, got 6 \+ 5/
		],
		[
			'H + S above a buffer of l',
			{ merge: 'age', exchange: 3, healer: 2, swapper: 2 },
			/at most the buffer size 3, got 2 \+ 2/
		],
		[
			'H above the whole view and its own',
			{ merge: 'age', exchange: 'full', healer: 22 },
			/healer H must be an integer from 0 to 21 \(the buffer size\), got 22/
		],
		['H without age merge', { healer: 2 }, /apply to the age merge only, not to "random"/],
		['an unknown preset', { preset: 'gnutella' as never }, /unknown preset "gnutella"/],
		['an unknown merge', { merge: 'fifo' as never }, /unknown merge "fifo"; try one of/],
		[
			'a failure fraction above 1',
			{ failure: { fraction: 1.5, round: 3 } },
			/failure fraction must be a number from 0 to 1/
		],
		[
			'a failure round beyond the run',
			{ rounds: 10, failure: { fraction: 0.5, round: 11 } },
			/failure round must be an integer from 0 to 10 \(the last round of the run\)/
		],
		['a negative churn', { churn: -0.1 }, /churn rate must be a number from 0 to 1/],
		[
			'ψ above c',
			{ peerSelection: 'closest', psi: 21 },
			/ψ \(psi\) must be an integer from 1 to 20/
		],
		[
			'samples without proximity',
			{ randomSamples: 3 },
			/random samples feed the proximity merge only/
		]
	])('rejects %s with a SimError', (_, o, message) => {
		expect(() => resolveGossipParams({ ...base, ...o })).toThrow(SimError);
		expect(() => resolveGossipParams({ ...base, ...o })).toThrow(message);
	});
});

describe('bufferSize and ψ', () => {
	it('counts the fresh descriptor in the buffer', () => {
		expect(bufferSize('full', 20)).toBe(21);
		expect(bufferSize('half', 20)).toBe(10);
		expect(bufferSize('half', 1)).toBe(1);
		expect(bufferSize(7, 20)).toBe(7);
		expect([defaultPsi(1), defaultPsi(20), defaultPsi(30)]).toEqual([1, 5, 8]);
	});
});

describe('GOSSIP_LIMITS', () => {
	it('take a million nodes with views of up to 50 entries', () => {
		expect(resolveGossipParams({ nodes: 1_000_000, viewSize: 50 }).nodes).toBe(1_000_000);
		expect(() => resolveGossipParams({ nodes: 1_000_001, viewSize: 5 })).toThrow(
			'the number of nodes N must be an integer from 2 to 1000000, got 1000001'
		);
		expect(() => resolveGossipParams({ nodes: 500_000, viewSize: 101 })).toThrow(
			'N × c must be at most 50000000 view entries (memory), got 500000 × 101'
		);
	});
});
