import { resolveGossipParams } from './params';
import { bufferSize } from './presets';
import type { GossipParams, Preset } from './types';

/**
 * The lecture's overlay-maintenance table (peer selection, data exchanged, data processing) in
 * words, computed from the parameters that run: the compare panel and lesson 21 show these, so
 * what they say cannot drift from the presets.
 */

/** The name each preset goes by in the lecture. */
export const PRESET_TITLES: Readonly<Record<Preset, string>> = {
	newscast: 'Newscast',
	cyclon: 'Cyclon',
	tman: 'T-Man',
	healer: 'Healer',
	blind: 'Blind'
};

/** A protocol in the table's three rows, with the real buffer size. */
export interface ProtocolDescription {
	readonly peerSelection: string;
	readonly dataExchanged: string;
	readonly merge: string;
}

function mergeWords(p: GossipParams, k: number): string {
	switch (p.merge) {
		case 'random':
			return 'random merge';
		case 'age': {
			if (p.healer >= k) return `keep the ${p.viewSize} freshest`;
			const parts = [
				p.healer > 0 ? `H = ${p.healer}` : '',
				p.swapper > 0 ? `S = ${p.swapper}` : ''
			].filter(Boolean);
			return parts.length === 0 ? 'random merge' : `age-based, ${parts.join(', ')}`;
		}
		case 'proximity':
			return `keep the ${p.viewSize} closest`;
		case 'swap':
			return 'swap';
	}
}

/**
 * The table's three rows for resolved parameters `p`, a preset's or any combination, short enough
 * for a table cell: the buffer size counts the sender's own fresh descriptor (a whole view of c
 * entries is c + 1), named as the papers name it (Cyclon's shuffleLength l, T-Man's message size m).
 */
export function describeProtocol(p: GossipParams): ProtocolDescription {
	const k = bufferSize(p.exchange, p.viewSize);
	const peerSelection = p.peerSelection === 'closest' ? `closest (ψ = ${p.psi})` : p.peerSelection;
	const name = p.merge === 'swap' ? 'l' : p.merge === 'proximity' ? 'm' : '';
	const count = name ? `${name} = ${k}` : `${k} entries`;
	const size =
		p.exchange === 'full'
			? `whole view, ${k} entries`
			: p.exchange === 'half'
				? `half view, ${count}`
				: count;
	const way = p.propagation === 'pushpull' ? '' : `, ${p.propagation} only`;
	return { peerSelection, dataExchanged: size + way, merge: mergeWords(p, k) };
}

/** A preset's row of the table for view size c (the protocol does not depend on N). */
export function describePreset(preset: Preset, c: number): ProtocolDescription {
	return describeProtocol(resolveGossipParams({ nodes: c + 1, viewSize: c, preset }));
}
