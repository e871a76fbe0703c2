import { RING_PARAMS } from '../lib/models/params-ring';
import { formatId, Timeline } from '../lib/sim/core';
import { initRing, RING_DEFAULTS, ringModel, rootOf } from '../lib/sim/ring';
import { parse, stringOption } from './args';
import { flagOptions, readFlags } from './flags';
import type { CommandOutput } from './output';

/** `sim ring`: build the identifier space headless and print each key's root. */
export function ringCommand(argv: string[]): CommandOutput {
	const p = parse(argv, flagOptions(RING_PARAMS));
	const f = readFlags(p, RING_PARAMS);
	const params = {
		digits: (f.digits as number | undefined) ?? RING_DEFAULTS.digits,
		nodes: (f.nodes as number | undefined) ?? RING_DEFAULTS.nodes,
		keys: (f.keys as number | undefined) ?? RING_DEFAULTS.keys
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
