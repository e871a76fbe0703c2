import { describe, expect, it } from 'vitest';
import { resolveGossipParams } from './params';
import { PRESETS } from './presets';
import { describePreset, describeProtocol, PRESET_TITLES } from './protocolTable';

describe('the protocol table', () => {
	it('names each preset with its real buffer size, c = 8', () => {
		expect(
			Object.fromEntries(PRESETS.map((p) => [PRESET_TITLES[p], describePreset(p, 8)]))
		).toEqual({
			Newscast: {
				peerSelection: 'random',
				dataExchanged: 'whole view, 9 entries',
				merge: 'age-based: keep the 8 freshest'
			},
			Cyclon: {
				peerSelection: 'oldest',
				dataExchanged: 'half view, l = 4 entries',
				merge: 'swap: received replace sent'
			},
			'T-Man': {
				peerSelection: 'closest (one of ψ = 2)',
				dataExchanged: 'half view, m = 4 best-ranked',
				merge: 'proximity: keep the 8 closest'
			},
			Healer: {
				peerSelection: 'random',
				dataExchanged: 'half view, 4 entries',
				merge: 'age-based: keep the 8 freshest'
			},
			Blind: {
				peerSelection: 'random',
				dataExchanged: 'half view, 4 entries',
				merge: 'random merge: keep 8 at random'
			}
		});
	});

	it('follows any combination: l entries, one-way propagation, H and S', () => {
		const p = (o: object) =>
			describeProtocol(resolveGossipParams({ nodes: 50, viewSize: 10, ...o }));
		expect(p({ exchange: 3, propagation: 'push', merge: 'age', healer: 1, swapper: 2 })).toEqual({
			peerSelection: 'random',
			dataExchanged: '3 entries (push only)',
			merge: 'age-based: drop the H = 1 oldest, then S = 2 it sent'
		});
		expect(p({ merge: 'age', swapper: 5 }).merge).toBe('age-based: drop S = 5 it sent');
		expect(p({ merge: 'age' }).merge).toBe('random merge: keep 10 at random');
		expect(p({ preset: 'cyclon', exchange: 'full' }).dataExchanged).toBe('whole view, 11 entries');
	});
});
