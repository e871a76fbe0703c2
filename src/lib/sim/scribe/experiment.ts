import { SimError } from '../core';
import { scribeModel } from './model';
import { runScribe, SCRIBE_DEFAULTS, SCRIBE_LIMITS, scribeScenario } from './scenario';
import { treeShape, treeViolations, type TreeShape } from './tree';
import type { MulticastOutcome, ScribeState } from './types';

/** What the command line and the benchmark ask of a Scribe run. */
export interface ScribeExperimentOptions {
	readonly nodes: number;
	readonly members: number;
	readonly seed: string;
	/** Share of the forwarders that fail after the first multicast (then the tree repairs). */
	readonly fail?: number;
	readonly group?: string;
}

/** The figures of one multicast over the tree as it stood. */
export interface MulticastFigures {
	/** Fraction of the live members that received it. */
	readonly delivered: number;
	/** Copies received beyond the first. */
	readonly duplicates: number;
	readonly messages: number;
	readonly lost: number;
}

/** The figures of a Scribe run: the tree after the joins and the first multicast, then repair. */
export interface ScribeExperimentResult extends MulticastFigures {
	readonly state: ScribeState;
	readonly shape: TreeShape;
	readonly joinMessages: number;
	/** ⌈log16 N⌉ + 2 (for b = 4): the depth the issue bounds the tree by. */
	readonly depthBound: number;
	readonly failure: null | {
		readonly failed: number;
		readonly survivingMembers: number;
		readonly beforeRepair: MulticastFigures;
		readonly afterRepair: MulticastFigures & { readonly shape: TreeShape };
		readonly rejoins: number;
		readonly rejoinMessages: number;
		readonly violations: readonly string[];
	};
}

function figures(m: MulticastOutcome | null): MulticastFigures {
	if (!m) throw new Error('the multicast did not complete');
	return {
		delivered: m.members === 0 ? 1 : m.reached / m.members,
		duplicates: m.duplicates,
		messages: m.messages,
		lost: m.lost
	};
}

function run(s: ScribeState, ...commands: Parameters<typeof scribeModel.apply>[1][]): void {
	for (const c of commands) {
		scribeModel.apply(s, c);
		runScribe(s);
	}
}

/**
 * M members join a group on a converged N-node network, the root multicasts; with `fail`, that
 * share of the forwarders fails, the root multicasts again (before repair), one heartbeat period
 * lets the orphaned children re-join (§III, reliability), and the root multicasts once more (after repair).
 */
export function scribeExperiment(o: ScribeExperimentOptions): ScribeExperimentResult {
	const fail = o.fail ?? 0;
	if (!(fail >= 0 && fail <= 1))
		throw new SimError(`the failing share of forwarders must be from 0 to 1, got ${fail}`);
	if (o.members < 1) throw new SimError('a multicast needs at least one member (--members)');
	const s = scribeScenario(
		{
			...SCRIBE_DEFAULTS,
			nodes: o.nodes,
			members: o.members,
			group: o.group ?? SCRIBE_DEFAULTS.group
		},
		o.seed,
		SCRIBE_LIMITS.nodes.max
	);
	runScribe(s);
	const first = figures(s.lastMulticast);
	const shape = treeShape(s);
	const joinMessages = s.tally.joinMessages;
	const depthBound = Math.ceil(Math.log(o.nodes) / Math.log(2 ** s.pastry.space.b)) + 2;
	if (fail === 0) return { state: s, shape, joinMessages, depthBound, ...first, failure: null };
	const before = s.pastry.nodes.filter((n) => !n.alive).length;
	run(s, { type: 'fail-forwarders', fraction: fail }, { type: 'multicast' });
	const failed = s.pastry.nodes.filter((n) => !n.alive).length - before;
	const beforeRepair = figures(s.lastMulticast);
	run(s, { type: 'heartbeat' }, { type: 'multicast' });
	const after = figures(s.lastMulticast);
	return {
		state: s,
		shape,
		joinMessages,
		depthBound,
		...first,
		failure: {
			failed,
			survivingMembers: s.lastMulticast?.members ?? 0,
			beforeRepair,
			afterRepair: { ...after, shape: treeShape(s) },
			rejoins: s.tally.rejoins,
			rejoinMessages: s.tally.rejoinMessages,
			violations: treeViolations(s)
		}
	};
}
