import type { ExchangeSize, GossipParams, InitTopology, Preset, Target } from './types';

/**
 * The named points of the design space (the lecture's overlay-maintenance table: peer selection,
 * data exchanged, data processing). `protocolTable.ts` describes them in words.
 */

/** Every preset, in menu order: the three protocols of the table, then the framework's two ends. */
export const PRESETS: readonly Preset[] = ['newscast', 'cyclon', 'tman', 'healer', 'blind'];

/**
 * The three protocols of the lecture's overlay-maintenance table, in its column order: what lesson
 * 21's table and the compare panel show side by side.
 */
export const TABLE_PRESETS: readonly Preset[] = ['newscast', 'cyclon', 'tman'];

/** The protocol part of a preset; `healer: 'buffer'` means H = the buffer size (see below). */
export interface PresetProtocol {
	readonly peerSelection: GossipParams['peerSelection'];
	readonly exchange: ExchangeSize;
	readonly propagation: GossipParams['propagation'];
	readonly merge: GossipParams['merge'];
	readonly healer: number | 'buffer';
	readonly swapper: number;
	readonly target: Target | null;
	readonly init: InitTopology;
}

const blind: PresetProtocol = {
	peerSelection: 'random',
	exchange: 'half',
	propagation: 'pushpull',
	merge: 'random',
	healer: 0,
	swapper: 0,
	target: null,
	init: 'ring'
};

/**
 * The presets as points of the design space, for view size c:
 * - `newscast` (Jelasity, Kowalczyk & van Steen 2003; PeerSim 1.0.5's SimpleNewscast): a random
 *   peer, the whole view exchanged (with the sender's fresh descriptor), and each side keeps the c
 *   freshest of view ∪ received, duplicates and itself left out. In the generic protocol's terms:
 *   (rand, pushpull, age merge) with H = the buffer size, so every excess entry goes by age. Ties
 *   of age at the cut are broken uniformly at random (PeerSim alternates between the two caches).
 * - `cyclon` (Voulgaris, Gavidia & van Steen 2005): the oldest peer, shuffleLength l = c/2 entries,
 *   swap merge.
 * - `tman` (Jelasity, Montresor & Babaoglu 2009) / Vicinity: the closest peer (at random among the
 *   ψ closest), the m = c/2 best-ranked candidates sent, keep the c closest; target ring, from a
 *   random overlay, with c random samples ranked into every buffer (see `randomSamples`).
 * - `healer` (Jelasity et al. 2007, the generic framework's healer end): a random peer, c/2
 *   descriptors, pushpull, age merge with H = c/2.
 * - `blind`: the generic protocol with S = H = 0: a random peer, c/2 descriptors, random merge.
 * No preset is `blind`.
 */
export function presetProtocol(preset: Preset | undefined, c: number): PresetProtocol {
	const half = Math.floor(c / 2);
	switch (preset) {
		case 'newscast':
			return { ...blind, exchange: 'full', merge: 'age', healer: 'buffer' };
		case 'cyclon':
			return { ...blind, peerSelection: 'oldest', merge: 'swap' };
		case 'tman':
			return {
				...blind,
				peerSelection: 'closest',
				merge: 'proximity',
				target: 'ring',
				init: 'random'
			};
		case 'healer':
			return { ...blind, merge: 'age', healer: half };
		case 'blind':
		case undefined:
			return blind;
	}
}

/**
 * Descriptors in a buffer of `exchange` for view size c, the sender's fresh descriptor included:
 * `full` = the whole view and itself (c + 1), `half` = ⌊c/2⌋ (at least 1), a number l = l.
 */
export function bufferSize(exchange: ExchangeSize, c: number): number {
	if (exchange === 'full') return c + 1;
	if (exchange === 'half') return Math.max(1, Math.floor(c / 2));
	return exchange;
}
