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
	const c = p.viewSize;
	const blind = `random merge: keep ${c} at random`;
	switch (p.merge) {
		case 'random':
			return blind;
		case 'age': {
			if (p.healer >= k) return `age-based: keep the ${c} freshest`;
			const parts = [
				p.healer > 0 ? `the H = ${p.healer} oldest` : '',
				p.swapper > 0 ? `S = ${p.swapper} it sent` : ''
			].filter(Boolean);
			return parts.length === 0 ? blind : `age-based: drop ${parts.join(', then ')}`;
		}
		case 'proximity':
			return `proximity: keep the ${c} closest`;
		case 'swap':
			return 'swap: received replace sent';
	}
}

/**
 * The table's three rows for resolved parameters `p`, a preset's or any combination: the buffer
 * size counts the sender's own fresh descriptor (so the whole view of c entries is c + 1), and is
 * named as the papers name it (Cyclon's shuffleLength l, T-Man's message size m).
 */
export function describeProtocol(p: GossipParams): ProtocolDescription {
	const k = bufferSize(p.exchange, p.viewSize);
	const peerSelection =
		p.peerSelection === 'closest' ? `closest (one of ψ = ${p.psi})` : p.peerSelection;
	const name = p.merge === 'swap' ? 'l = ' : p.merge === 'proximity' ? 'm = ' : '';
	const what = p.merge === 'proximity' ? 'best-ranked' : 'entries';
	const size =
		p.exchange === 'full'
			? `whole view, ${k} entries`
			: `${p.exchange === 'half' ? 'half view, ' : ''}${name}${k} ${what}`;
	const way = p.propagation === 'pushpull' ? '' : ` (${p.propagation} only)`;
	return { peerSelection, dataExchanged: size + way, merge: mergeWords(p, k) };
}

/** A preset's row of the table for view size c (the protocol does not depend on N). */
export function describePreset(preset: Preset, c: number): ProtocolDescription {
	return describeProtocol(resolveGossipParams({ nodes: c + 1, viewSize: c, preset }));
}
