import { PAST_PARAMS } from '../lib/models/params-past';
import { PAST_DEFAULTS, pastExperiment, type LookupRound } from '../lib/sim/past';
import { parse, stringOption } from './args';
import { flagOptions, readFlags } from './flags';
import type { CommandOutput } from './output';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function lookups(r: LookupRound) {
	return {
		retrievable: round6(r.retrievable),
		meanHops: round6(r.meanHops),
		answeredByRank: r.answeredByRank.map(round6),
		fromCache: round6(r.fromCache)
	};
}

/**
 * `sim past`: K files are inserted with k replicas on a converged N-node Pastry network and each is
 * looked up; with `--fail F` that share of the nodes fails, every file is looked up again, the
 * replicas are restored and looked up once more (Rowstron & Druschel, SOSP 2001).
 */
export function pastCommand(argv: string[]): CommandOutput {
	const p = parse(argv, flagOptions(PAST_PARAMS));
	const flags = readFlags(p, PAST_PARAMS);
	const nodes = flags.nodes as number;
	const objects = flags.objects as number;
	const replicas = (flags.replicas as number | undefined) ?? PAST_DEFAULTS.replicas;
	const fail = (flags.fail as number | undefined) ?? 0;
	const cacheSize = (flags.cache as number | undefined) ?? 0;
	const seed = stringOption(p, 'seed', '1');
	const r = pastExperiment({ nodes, objects, replicas, fail, cacheSize, seed });
	const f = r.failure;
	const json = {
		retrievableBefore: round6(r.before.retrievable),
		retrievableAfterFailure: f ? round6(f.afterFailure.retrievable) : null,
		replicasRestored: f ? round6(f.replicasRestored) : null,
		meanHops: round6(r.before.meanHops),
		lost: f ? f.lost : 0,
		failed: f ? f.failed : 0,
		retrievableAfterRepair: f ? round6(f.afterRepair.retrievable) : null,
		copies: f ? f.copies : 0,
		nodes,
		objects,
		replicas,
		cache: cacheSize,
		seed,
		lookups: {
			before: lookups(r.before),
			afterFailure: f && lookups(f.afterFailure),
			afterRepair: f && lookups(f.afterRepair)
		}
	};
	const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
	const text = [
		`past: ${objects} files, k = ${replicas} replicas, on N = ${nodes}${cacheSize > 0 ? `, caches of ${cacheSize} files` : ''}`,
		`before: ${pct(r.before.retrievable)} retrievable, mean ${r.before.meanHops.toFixed(3)} hops, ${pct(r.before.answeredByRank[0] ?? 0)} answered by the root`,
		...(f
			? [
					`${f.failed} nodes fail: ${f.lost} files lost all ${replicas} replicas; ${pct(f.afterFailure.retrievable)} retrievable`,
					`repair: ${f.copies} copies, ${pct(f.replicasRestored)} of the surviving files on their ${replicas} closest live nodes; ${pct(f.afterRepair.retrievable)} retrievable`
				]
			: [])
	].join('\n');
	return { json, text };
}
