import { BROADCAST_PARAMS } from '../lib/models/params-broadcast';
import {
	broadcastExperiment,
	type BroadcastOptions,
	type BroadcastOverlay,
	type Dissemination,
	type StopRule
} from '../lib/sim/broadcast';
import { parse, stringOption } from './args';
import { flagOptions, readFlags } from './flags';
import type { CommandOutput } from './output';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const opt6 = (x: number | null) => (x === null ? null : round6(x));

/**
 * `sim broadcast`: a message (or a stream of chunks) spread by push, pull or push-pull over the views
 * of a peer-sampling overlay, with the infection curve per round beside the mean-field theory
 * (Demers et al. 1987; Karp et al. 2000; Eugster et al. 2004).
 */
export function broadcastCommand(argv: string[]): CommandOutput {
	const p = parse(argv, flagOptions(BROADCAST_PARAMS));
	const f = readFlags(p, BROADCAST_PARAMS);
	const number = (key: string) => f[key] as number | undefined;
	const options: BroadcastOptions = {
		overlay: (f.overlay as BroadcastOverlay | undefined) ?? 'cyclon',
		nodes: f.nodes as number,
		viewSize: f.viewSize as number,
		warmup: number('warmup'),
		protocol: (f.protocol as Dissemination | undefined) ?? 'push',
		fanout: number('fanout'),
		stop: (f.stop as StopRule | undefined) ?? 'forever',
		stopK: number('k'),
		chunks: number('chunks'),
		fail: number('fail') ?? 0,
		refresh: f.refresh === true,
		maxRounds: number('maxRounds')
	};
	const seed = stringOption(p, 'seed', '1');
	const r = broadcastExperiment(options, seed);
	const s = r.state;
	const t = r.theory;
	const json = {
		roundsToAll: r.roundsToAll,
		reached: round6(r.reached),
		messagesPerNode: round6(r.messagesPerNode),
		curve: r.curve,
		theory: {
			formula: t.formula,
			rounds: round6(t.rounds),
			meanFieldRounds: t.meanFieldRounds,
			gap: opt6(t.gap),
			alignedGap: opt6(t.alignedGap),
			halfRound: t.halfRound,
			curve: t.curve && t.curve.map((x) => Math.round(x * 1000) / 1000)
		},
		rounds: r.rounds,
		live: r.live,
		duplicatesPerNode: round6(r.duplicatesPerNode),
		params: s.params,
		source: s.source,
		seed,
		chunks: r.chunks
	};
	const p0 = s.params;
	const text = [
		`broadcast: ${p0.protocol}, fanout ${p0.fanout}, stop ${p0.stop}, on ${p0.overlay} (N = ${p0.nodes}, c = ${p0.viewSize}${p0.warmup > 0 ? `, ${p0.warmup} warm-up rounds` : ''})${p0.fail > 0 ? `, ${r.live} live after ${p0.fail} failed` : ''}, source ${s.source}`,
		`reached ${(100 * r.reached).toFixed(2)}% in ${r.roundsToAll ?? 'never all'}${r.roundsToAll !== null ? ' rounds' : ''} (theory ${t.formula} = ${t.rounds.toFixed(2)}; mean field ${t.meanFieldRounds ?? '-'}), ${r.messagesPerNode.toFixed(2)} messages per node`,
		`curve: ${r.curve.length <= 60 ? r.curve.join(' ') : `${r.curve.slice(0, 30).join(' ')} … (${r.curve.length} rounds)`}`,
		...(r.chunks
			? [
					`chunks: ${r.chunks.map((c) => `${c.chunk}:${c.roundsToAll ?? '-'}`).join(' ')} (rounds to all, per chunk)`
				]
			: [])
	].join('\n');
	return { json, text };
}
