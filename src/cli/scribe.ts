import { formatId } from '../lib/sim/core';
import { SCRIBE_PARAMS } from '../lib/models/params-scribe';
import { SCRIBE_DEFAULTS, scribeExperiment, type MulticastFigures } from '../lib/sim/scribe';
import { parse, stringOption } from './args';
import { flagOptions, readFlags } from './flags';
import type { CommandOutput } from './output';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function multicast(m: MulticastFigures) {
	return {
		delivered: round6(m.delivered),
		duplicates: m.duplicates,
		messages: m.messages,
		lost: m.lost
	};
}

/**
 * `sim scribe`: M members join a group on a converged N-node Pastry network, the root multicasts;
 * with `--fail F` that share of the forwarders fails and the output tells the multicast before and
 * after the tree repairs itself (Castro et al. 2002).
 */
export function scribeCommand(argv: string[]): CommandOutput {
	const p = parse(argv, flagOptions(SCRIBE_PARAMS));
	const flags = readFlags(p, SCRIBE_PARAMS);
	const nodes = flags.nodes as number;
	const members = flags.members as number;
	const fail = (flags.fail as number | undefined) ?? 0;
	const group = (flags.group as string | undefined) ?? SCRIBE_DEFAULTS.group;
	const seed = stringOption(p, 'seed', '1');
	const r = scribeExperiment({ nodes, members, fail, group, seed });
	const space = r.state.pastry.space;
	const f = r.failure;
	const json = {
		delivered: round6(r.delivered),
		duplicates: r.duplicates,
		treeDepth: r.shape.depth,
		maxChildren: r.shape.maxChildren,
		forwarders: r.shape.forwarders,
		messages: r.messages,
		forwardersNotMembers: r.shape.forwardersNotMembers,
		treeNodes: r.shape.nodes,
		joinMessages: r.joinMessages,
		depthBound: r.depthBound,
		nodes,
		members,
		group,
		groupId: formatId(r.state.group.key, space),
		root: r.shape.root === null ? null : formatId(r.shape.root, space),
		seed,
		failure: f && {
			failedForwarders: f.failed,
			survivingMembers: f.survivingMembers,
			beforeRepair: multicast(f.beforeRepair),
			afterRepair: {
				...multicast(f.afterRepair),
				treeDepth: f.afterRepair.shape.depth,
				maxChildren: f.afterRepair.shape.maxChildren,
				forwarders: f.afterRepair.shape.forwarders
			},
			rejoins: f.rejoins,
			rejoinMessages: f.rejoinMessages
		}
	};
	const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
	const text = [
		`scribe: group "${group}" (groupId ${json.groupId}, root ${json.root}) on N = ${nodes}, ${members} members`,
		`tree: ${r.shape.nodes} nodes, depth ${r.shape.depth} (bound ${r.depthBound}), ${r.shape.forwarders} forwarders (${r.shape.forwardersNotMembers} not members), at most ${r.shape.maxChildren} children; ${r.joinMessages} JOIN messages`,
		`multicast: ${pct(r.delivered)} of the members, ${r.duplicates} duplicates, ${r.messages} messages`,
		...(f
			? [
					`${f.failed} forwarders fail: before repair ${pct(f.beforeRepair.delivered)} of ${f.survivingMembers} surviving members receive (${f.beforeRepair.lost} copies lost)`,
					`after ${f.rejoins} re-joins (${f.rejoinMessages} messages): ${pct(f.afterRepair.delivered)} receive, ${f.afterRepair.duplicates} duplicates, depth ${f.afterRepair.shape.depth}`
				]
			: [])
	].join('\n');
	return { json, text };
}
