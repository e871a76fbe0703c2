import { formatId, keyFromName, parseId, type Id } from '../lib/sim/core';
import {
	browserDigits,
	checkRouteSource,
	describeRule,
	LECTURE_ROUTE,
	PASTRY_DEFAULTS,
	PASTRY_LIMITS,
	PASTRY_SCENARIOS,
	pastryModel,
	pastryScenario,
	pastryStatistics,
	runToEnd,
	statisticsDigits,
	validateLeafSetSize,
	type PastryState
} from '../lib/sim/pastry';
import { choiceOption, numberOption, parse, stringOption, UsageError, type Parsed } from './args';
import type { CommandOutput } from './output';

const shared = {
	b: { type: 'string' },
	leaf: { type: 'string' },
	neighborhood: { type: 'string' },
	digits: { type: 'string' },
	nodes: { type: 'string' },
	seed: { type: 'string' },
	json: { type: 'boolean' }
} as const;

function leafOption(p: Parsed): number {
	const leaf = numberOption(p, 'leaf', { min: 0, max: 1024, fallback: 16 });
	validateLeafSetSize(leaf, 1024);
	return leaf;
}

/** `pastry route`: build a scenario, route one key with the browser model, print the path. */
function routeCommand(argv: string[]): CommandOutput {
	const p = parse(argv, {
		...shared,
		scenario: { type: 'string' },
		from: { type: 'string' },
		key: { type: 'string' },
		'key-name': { type: 'string' },
		growing: { type: 'boolean' }
	});
	const scenario = choiceOption(p, 'scenario', PASTRY_SCENARIOS, 'lecture');
	const b = numberOption(p, 'b', { min: 1, max: 4, fallback: 4 });
	const params = {
		b,
		digits: numberOption(p, 'digits', { min: 1, max: 52, fallback: browserDigits(b) }),
		leafSetSize: leafOption(p),
		neighborhoodSetSize: numberOption(p, 'neighborhood', {
			...PASTRY_LIMITS.neighborhoodSetSize,
			fallback: PASTRY_DEFAULTS.neighborhoodSetSize
		}),
		nodes: numberOption(p, 'nodes', { ...PASTRY_LIMITS.nodes, fallback: PASTRY_DEFAULTS.nodes })
	};
	const lecture = scenario === 'lecture';
	const s = pastryScenario(scenario, params, stringOption(p, 'seed', lecture ? 'lecture' : '1'), {
		growing: p.values.growing === true
	});
	const fromText = stringOption(p, 'from', lecture ? formatId(LECTURE_ROUTE.from) : undefined);
	const from = parseId(fromText, s.space);
	if (p.values.key !== undefined && p.values['key-name'] !== undefined)
		throw new UsageError('give either --key or --key-name, not both');
	const name = p.values['key-name'] as string | undefined;
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

/** `pastry stats`: routing statistics over a converged network (the paper's Fig. 4 and 5). */
function statsCommand(argv: string[]): CommandOutput {
	const p = parse(argv, {
		...shared,
		lookups: { type: 'string' },
		fail: { type: 'string' },
		keys: { type: 'string' }
	});
	const b = numberOption(p, 'b', { min: 1, max: 4, fallback: 4 });
	const r = pastryStatistics({
		nodes: numberOption(p, 'nodes', { min: 1, max: 2_000_000, fallback: 1000 }),
		lookups: numberOption(p, 'lookups', { min: 1, max: 10_000_000, fallback: 10_000 }),
		seed: stringOption(p, 'seed', '1'),
		b,
		digits: numberOption(p, 'digits', { min: 1, max: 52, fallback: statisticsDigits(b) }),
		leafSetSize: leafOption(p),
		neighborhoodSetSize: numberOption(p, 'neighborhood', { min: 0, max: 128, fallback: 32 }),
		fail: numberOption(p, 'fail', { min: 0, max: 0.99, fallback: 0, real: true }),
		keys: choiceOption(p, 'keys', ['nodes', 'random'] as const, 'nodes')
	});
	const json = {
		nodes: r.nodes,
		lookups: r.lookups,
		meanHops: r.meanHops,
		maxHops: r.maxHops,
		hopHistogram: r.hopHistogram,
		deliveredToRoot: r.deliveredToRoot,
		meanTableEntries: r.meanTableEntries
	};
	const text = [
		`N = ${r.nodes}, ${r.lookups} lookups${r.failed > 0 ? `, ${r.failed} nodes failed` : ''}`,
		`mean hops ${r.meanHops.toFixed(3)}, max ${r.maxHops}`,
		`hops histogram: ${r.hopHistogram.map((f, i) => `${i}:${f.toFixed(4)}`).join(' ')}`,
		`delivered to the numerically closest live node: ${(100 * r.deliveredToRoot).toFixed(2)}%`,
		`routing-table entries per node: ${r.meanTableEntries.toFixed(1)}`
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
