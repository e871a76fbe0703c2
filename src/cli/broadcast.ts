import {
	BROADCAST_LIMITS,
	BROADCAST_OVERLAYS,
	broadcastExperiment,
	DISSEMINATIONS,
	STOP_RULES,
	type BroadcastOptions
} from '../lib/sim/broadcast';
import { choiceOption, numberOption, parse, stringOption, type Parsed } from './args';
import type { CommandOutput } from './output';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const opt6 = (x: number | null) => (x === null ? null : round6(x));

function optional(p: Parsed, name: string, spec: { min: number; max: number }): number | undefined {
	return p.values[name] === undefined ? undefined : numberOption(p, name, spec);
}

/**
 * `sim broadcast`: a message (or a stream of chunks) spread by push, pull or push-pull over the views
 * of a peer-sampling overlay, with the infection curve per round beside the mean-field theory
 * (Demers et al. 1987; Karp et al. 2000; Eugster et al. 2004).
 */
export function broadcastCommand(argv: string[]): CommandOutput {
	const p = parse(argv, {
		overlay: { type: 'string' },
		nodes: { type: 'string' },
		view: { type: 'string' },
		warmup: { type: 'string' },
		protocol: { type: 'string' },
		fanout: { type: 'string' },
		stop: { type: 'string' },
		k: { type: 'string' },
		chunks: { type: 'string' },
		fail: { type: 'string' },
		refresh: { type: 'boolean' },
		'max-rounds': { type: 'string' },
		seed: { type: 'string' },
		json: { type: 'boolean' }
	});
	const nodes = numberOption(p, 'nodes', BROADCAST_LIMITS.nodes);
	const options: BroadcastOptions = {
		overlay: choiceOption(p, 'overlay', BROADCAST_OVERLAYS, 'cyclon'),
		nodes,
		viewSize: numberOption(p, 'view', { min: 1, max: nodes - 1 }),
		warmup: optional(p, 'warmup', BROADCAST_LIMITS.warmup),
		protocol: choiceOption(p, 'protocol', DISSEMINATIONS, 'push'),
		fanout: optional(p, 'fanout', { min: 1, max: nodes - 1 }),
		stop: choiceOption(p, 'stop', STOP_RULES, 'forever'),
		stopK: optional(p, 'k', BROADCAST_LIMITS.stopK),
		chunks: optional(p, 'chunks', BROADCAST_LIMITS.chunks),
		fail: numberOption(p, 'fail', { min: 0, max: 0.99, fallback: 0, real: true }),
		refresh: p.values.refresh === true,
		maxRounds: optional(p, 'max-rounds', BROADCAST_LIMITS.maxRounds)
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
