import { SimError } from '../core';
import { memberIds } from '../pastry';
import { pastModel } from './model';
import { isLiveNode, trueReplicaSet } from './replicas';
import { PAST_DEFAULTS, PAST_LIMITS, pastScenario, runPast } from './scenario';
import type { PastState } from './types';

/** What the command line and the benchmark ask of a PAST run. */
export interface PastExperimentOptions {
	readonly nodes: number;
	readonly objects: number;
	readonly replicas: number;
	readonly seed: string;
	/** Share of the nodes that fail after the files are stored. */
	readonly fail?: number;
	/** Files each node may cache along lookup routes (default 0). */
	readonly cacheSize?: number;
}

/** One lookup of every stored file from a random client. */
export interface LookupRound {
	/** Fraction of the files a lookup found. */
	readonly retrievable: number;
	/** Mean hops of the lookups that found their file. */
	readonly meanHops: number;
	/** Of the answered lookups, the fraction answered by the replica of rank r (0 = the root). */
	readonly answeredByRank: number[];
	/** Of the answered lookups, the fraction answered from a cache. */
	readonly fromCache: number;
}

/** The figures of a PAST run: lookups before, after a failure, and after re-replication. */
export interface PastExperimentResult {
	readonly state: PastState;
	readonly before: LookupRound;
	readonly failure: null | {
		readonly failed: number;
		/** Files whose k replicas all failed. */
		readonly lost: number;
		readonly afterFailure: LookupRound;
		/** Fraction of the surviving files whose replicas are exactly their k closest live nodes. */
		readonly replicasRestored: number;
		readonly copies: number;
		readonly afterRepair: LookupRound;
	};
}

/** Looks every stored file up once, each from a random live client. */
export function lookupEveryFile(s: PastState): LookupRound {
	let found = 0;
	let hops = 0;
	let cache = 0;
	const ranks: number[] = [];
	const stored = s.files.filter((f) => f.stored);
	for (const f of stored) {
		pastModel.apply(s, { type: 'lookup', name: f.name });
		runPast(s);
		const o = s.lastLookup;
		if (!o || o.at === null) continue;
		found++;
		hops += o.hops;
		if (o.source === 'cache') cache++;
		else {
			const r = f.replicas.indexOf(o.at);
			ranks[r] = (ranks[r] ?? 0) + 1;
		}
	}
	const answered = Math.max(1, found);
	return {
		retrievable: stored.length === 0 ? 1 : found / stored.length,
		meanHops: hops / answered,
		answeredByRank: Array.from(ranks, (r) => (r ?? 0) / answered),
		fromCache: cache / answered
	};
}

/** Fraction of the surviving files whose replicas are exactly their k closest live nodes. */
export function replicasInPlace(s: Readonly<PastState>): number {
	const live = memberIds(s.pastry);
	const surviving = s.files.filter((f) => f.stored && !f.lost);
	let ok = 0;
	for (const f of surviving) {
		const want = trueReplicaSet(s.pastry.space, live, f.key, s.params.replicas);
		if (
			want.length === f.replicas.length &&
			want.every((id) => f.replicas.includes(id)) &&
			f.replicas.every((id) => isLiveNode(s, id))
		)
			ok++;
	}
	return surviving.length === 0 ? 1 : ok / surviving.length;
}

/**
 * K files are inserted with k replicas on a converged N-node network and each is looked up; with
 * `fail`, that share of the nodes fails, Pastry repairs its leaf sets, every file is looked up again,
 * a maintenance period restores the replica sets, and every file is looked up once more.
 */
export function pastExperiment(o: PastExperimentOptions): PastExperimentResult {
	const fail = o.fail ?? 0;
	if (!(fail >= 0 && fail < 1))
		throw new SimError(`the failing share of nodes must be from 0 to below 1, got ${fail}`);
	const s = pastScenario(
		{
			...PAST_DEFAULTS,
			nodes: o.nodes,
			objects: o.objects,
			replicas: o.replicas,
			cacheSize: o.cacheSize ?? 0
		},
		o.seed,
		PAST_LIMITS.nodes.max
	);
	runPast(s);
	const before = lookupEveryFile(s);
	if (fail === 0) return { state: s, before, failure: null };
	const alive = memberIds(s.pastry).length;
	pastModel.apply(s, { type: 'fail-fraction', fraction: fail });
	runPast(s);
	const failed = alive - memberIds(s.pastry).length;
	const lost = s.files.filter(
		(f) => f.stored && f.replicas.every((id) => !isLiveNode(s, id))
	).length;
	const afterFailure = lookupEveryFile(s);
	const copies = s.tally.copies;
	pastModel.apply(s, { type: 'restore-replicas' });
	runPast(s);
	return {
		state: s,
		before,
		failure: {
			failed,
			lost,
			afterFailure,
			replicasRestored: replicasInPlace(s),
			copies: s.tally.copies - copies,
			afterRepair: lookupEveryFile(s)
		}
	};
}
