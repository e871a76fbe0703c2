import { formatId, Timeline } from '../lib/sim/core';
import { initRing, RING_DEFAULTS, RING_LIMITS, ringModel, rootOf } from '../lib/sim/ring';
import { numberOption, parse, stringOption } from './args';
import type { CommandOutput } from './output';

/** `sim ring`: build the identifier space headless and print each key's root. */
export function ringCommand(argv: string[]): CommandOutput {
	const p = parse(argv, {
		digits: { type: 'string' },
		nodes: { type: 'string' },
		keys: { type: 'string' },
		seed: { type: 'string' },
		json: { type: 'boolean' }
	});
	const params = {
		digits: numberOption(p, 'digits', { ...RING_LIMITS.digits, fallback: RING_DEFAULTS.digits }),
		nodes: numberOption(p, 'nodes', { ...RING_LIMITS.nodes, fallback: RING_DEFAULTS.nodes }),
		keys: numberOption(p, 'keys', { ...RING_LIMITS.keys, fallback: RING_DEFAULTS.keys })
	};
	const seed = stringOption(p, 'seed', '1');
	const timeline = new Timeline(ringModel, initRing(params, seed));
	while (timeline.forward() !== null);
	const s = timeline.state;
	const hex = (id: number) => formatId(id, s.space);
	const json = {
		nodes: s.nodes.map(hex),
		keys: s.keys.map((k) => ({ key: hex(k.id), root: hex(rootOf(s, k.id) as number) }))
	};
	const text = [
		`${json.nodes.length} nodes: ${json.nodes.join(' ')}`,
		...json.keys.map((k) => `key ${k.key} -> root ${k.root}`)
	].join('\n');
	return { json, text };
}
