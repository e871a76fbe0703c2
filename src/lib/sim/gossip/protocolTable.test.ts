import { describe, expect, it } from 'vitest';
import { resolveGossipParams } from './params';
import { PRESETS } from './presets';
import { describePreset, describeProtocol, PRESET_TITLES } from './protocolTable';

describe('the protocol table', () => {
	it('names each preset with its real buffer size, c = 8', () => {
		const rows = PRESETS.map((p) => {
			const d = describePreset(p, 8);
			return [PRESET_TITLES[p], d.peerSelection, d.dataExchanged, d.merge];
		});
		expect(rows).toEqual([
			['Newscast', 'random', 'whole view, 9 entries', 'keep the 8 freshest'],
			['Cyclon', 'oldest', 'half view, l = 4', 'swap'],
			['T-Man', 'closest (ψ = 2)', 'half view, m = 4', 'keep the 8 closest'],
			['Healer', 'random', 'half view, 4 entries', 'keep the 8 freshest'],
			['Blind', 'random', 'half view, 4 entries', 'random merge']
		]);
	});

	it('follows any combination: l entries, one-way propagation, H and S', () => {
		const p = (o: object) =>
			describeProtocol(resolveGossipParams({ nodes: 50, viewSize: 10, ...o }));
		expect(p({ exchange: 3, propagation: 'push', merge: 'age', healer: 1, swapper: 2 })).toEqual({
			peerSelection: 'random',
			dataExchanged: '3 entries, push only',
			merge: 'age-based, H = 1, S = 2'
		});
		expect(p({ merge: 'age', swapper: 5 }).merge).toBe('age-based, S = 5');
		expect(p({ merge: 'age' }).merge).toBe('random merge');
		expect(p({ preset: 'cyclon', exchange: 'full' }).dataExchanged).toBe('whole view, 11 entries');
		expect(p({ preset: 'cyclon', exchange: 3 }).dataExchanged).toBe('l = 3');
	});
});
