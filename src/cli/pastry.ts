import { formatId, keyFromName, parseId, type Id } from '../lib/sim/core';
import {
	browserDigits,
	checkRouteSource,
	describeRule,
	LECTURE_ROUTE,
	PASTRY_DEFAULTS,
	pastryModel,
	pastryScenario,
	pastryStatistics,
	PAPER_RELATIVE_DISTANCE,
	runToEnd,
	statisticsDigits,
	type PastryScenario,
	type PastryState
} from '../lib/sim/pastry';
import { forCommand } from '../lib/models/params';
import { PASTRY_PARAMS } from '../lib/models/params-pastry';
import { parse, stringOption, UsageError } from './args';
import { flagOptions, readFlags } from './flags';
import type { CommandOutput } from './output';

/** The flags of `pastry route` and of `pastry stats`, from the one Pastry table. */
export const ROUTE_FLAGS = forCommand(PASTRY_PARAMS, 'route');
export const STATS_FLAGS = forCommand(PASTRY_PARAMS, 'stats');

/** `pastry route`: build a scenario, route one key with the browser model, print the path. */
function routeCommand(argv: string[]): CommandOutput {
	const p = parse(argv, flagOptions(ROUTE_FLAGS));
	const f = readFlags(p, ROUTE_FLAGS);
	const scenario = (f.scenario as PastryScenario | undefined) ?? 'lecture';
	const b = (f.b as number | undefined) ?? PASTRY_DEFAULTS.b;
	const params = {
		b,
		digits: (f.digits as number | undefined) ?? browserDigits(b),
		leafSetSize: (f.leaf as number | undefined) ?? PASTRY_DEFAULTS.leafSetSize,
		neighborhoodSetSize:
			(f.neighborhood as number | undefined) ?? PASTRY_DEFAULTS.neighborhoodSetSize,
		nodes: (f.nodes as number | undefined) ?? PASTRY_DEFAULTS.nodes
	};
	const lecture = scenario === 'lecture';
	const s = pastryScenario(scenario, params, stringOption(p, 'seed', lecture ? 'lecture' : '1'), {
		growing: f.growing === true
	});
	const fromText = stringOption(p, 'from', lecture ? formatId(LECTURE_ROUTE.from) : undefined);
	const from = parseId(fromText, s.space);
	if (f.key !== undefined && f.keyName !== undefined)
		throw new UsageError('give either --key or --key-name, not both');
	const name = f.keyName as string | undefined;
	const key =
		name !== undefined
			? keyFromName(name, s.space)
			: parseId(stringOption(p, 'key', lecture ? formatId(LECTURE_ROUTE.key) : undefined), s.space);
	s.script = s.script.filter((c) => c.type !== 'route');
	runToEnd(s);
	checkRouteSource(s, from);
	const events = [...pastryModel.apply(s, { type: 'route', from, key, name }), ...runToEnd(s)];
	return routeOutput(s, events);
}

function routeOutput(s: PastryState, events: ReturnType<typeof runToEnd>): CommandOutput {
	const hex = (id: Id) => formatId(id, s.space);
	const start = events.find((e) => e.type === 'route-started');
	const hops = events.flatMap((e) => (e.type === 'route-hop' ? [e.hop] : []));
	const path =
		start && start.type === 'route-started' ? [start.from, ...hops.map((h) => h.to)] : [];
	const root = start && start.type === 'route-started' ? start.root : null;
	const json = {
		path: path.map(hex),
		root: root === null ? null : hex(root),
		hops: hops.map((h) => ({
			from: hex(h.from),
			to: hex(h.to),
			rule: h.rule,
			row: h.row,
			column: h.column
		}))
	};
	const text = [
		...hops.map((h) => `${hex(h.from)} -> ${hex(h.to)}  ${describeRule(h, s.space)}`),
		`${path.length > 0 ? `ends at ${hex(path[path.length - 1])}` : 'no route'}; root ${json.root}; ${hops.length} hops`
	].join('\n');
	return { json, text };
}

/**
 * `pastry stats`: routing statistics as in the paper's §3 (Fig. 4 and 5: hops; Fig. 6: locality).
 * `--build converged` (default) uses the global oracle: every cell the proximity-best of all N,
 * failures known at once; its JSON keeps the shape of src/cli/golden/pastry-stats*.json.
 * `--build joins` builds the network by the join protocol and detects failures by timeouts; its JSON
 * adds `build`, `joins` (messages per node, join-route hops), `timeouts` (sends to dead nodes, per
 * lookup, and mean hops counting each as a hop) and `locality`. Both print beside the locality
 * figure the paper's: routes "only approximately 30% to 40% longer" than the direct route
 * (relative distance 1.3-1.4, nodes placed at random in a plane, N = 1,000 to 100,000).
 */
function statsCommand(argv: string[]): CommandOutput {
	const p = parse(argv, flagOptions(STATS_FLAGS));
	const f = readFlags(p, STATS_FLAGS);
	const b = (f.b as number | undefined) ?? PASTRY_DEFAULTS.b;
	const build = (f.build as 'converged' | 'joins' | undefined) ?? 'converged';
	const r = pastryStatistics({
		nodes: (f.nodes as number | undefined) ?? 1000,
		lookups: (f.lookups as number | undefined) ?? 10_000,
		seed: stringOption(p, 'seed', '1'),
		b,
		digits: (f.digits as number | undefined) ?? statisticsDigits(b),
		leafSetSize: (f.leaf as number | undefined) ?? PASTRY_DEFAULTS.leafSetSize,
		neighborhoodSetSize:
			(f.neighborhood as number | undefined) ?? PASTRY_DEFAULTS.neighborhoodSetSize,
		fail: (f.fail as number | undefined) ?? 0,
		keys: (f.keys as 'nodes' | 'random' | undefined) ?? 'nodes',
		build
	});
	const base = {
		nodes: r.nodes,
		lookups: r.lookups,
		meanHops: r.meanHops,
		maxHops: r.maxHops,
		hopHistogram: r.hopHistogram,
		deliveredToRoot: r.deliveredToRoot,
		meanTableEntries: r.meanTableEntries
	};
	const json =
		build === 'converged'
			? base
			: {
					...base,
					build,
					failed: r.failed,
					joins: r.joins && {
						messagesPerNode: r.joins.messages / r.nodes,
						meanJoinHops: r.joins.meanJoinHops
					},
					timeouts: r.timeouts,
					locality: { ...r.locality, paper: PAPER_RELATIVE_DISTANCE }
				};
	const { low, high } = PAPER_RELATIVE_DISTANCE;
	const text = [
		`N = ${r.nodes}, ${r.lookups} lookups${r.failed > 0 ? `, ${r.failed} nodes failed` : ''}, network ${build === 'joins' ? 'built by joins' : 'converged (global oracle)'}`,
		`mean hops ${r.meanHops.toFixed(3)}, max ${r.maxHops}`,
		`hops histogram: ${r.hopHistogram.map((f, i) => `${i}:${f.toFixed(4)}`).join(' ')}`,
		`delivered to the numerically closest live node: ${(100 * r.deliveredToRoot).toFixed(2)}%`,
		`routing-table entries per node: ${r.meanTableEntries.toFixed(1)}`,
		...(r.joins
			? [
					`joins: ${(r.joins.messages / r.nodes).toFixed(1)} messages per node, join route ${r.joins.meanJoinHops.toFixed(2)} hops`
				]
			: []),
		...(r.timeouts
			? [
					`timeouts: ${r.timeouts.total} sends to dead nodes (${r.timeouts.perLookup.toFixed(4)} per lookup); mean hops counting them ${r.timeouts.meanHopsWithTimeouts.toFixed(3)}`
				]
			: []),
		`locality: routes travel ${r.locality.relativeDistance.toFixed(3)} times the direct distance (paper, Fig. 6: ${low}-${high})`
	].join('\n');
	return { json, text };
}

/** `sim pastry route|stats`: the Pastry model headless. */
export function pastryCommand(argv: string[]): CommandOutput {
	const [verb, ...rest] = argv;
	if (verb === 'route') return routeCommand(rest);
	if (verb === 'stats') return statsCommand(rest);
	throw new UsageError(`pastry needs a subcommand, route or stats${verb ? `, got "${verb}"` : ''}`);
}
