import type { FlagSpec, ParamSpec, ParamTable, ParamValues } from './types';

/**
 * The share of the nodes that fail, as `sim past`, `sim pastry stats` and broadcast read it: 0 to
 * 0.99 (a share of 1 would leave no node). Tables spread it and add what differs (help, range).
 */
export const FAILED_SHARE = {
	key: 'fail',
	label: 'Failed share',
	kind: 'number',
	min: 0,
	max: 0.99,
	default: 0,
	metavar: 'F'
} as const satisfies ParamSpec;

const SEED_PATTERN = /^[\w.-]{1,40}$/;

/**
 * What is wrong with a seed, or null: seeds are 1 to 40 letters, digits, ".", "_" or "-", so they
 * read well in a link. The caller names the seed ("Seed …", "The link's seed …").
 */
export function seedError(seed: string): string | null {
	return SEED_PATTERN.test(seed)
		? null
		: `must be 1 to 40 letters, digits, ".", "_" or "-", got "${seed.slice(0, 40)}"`;
}

/** The default value of every parameter. */
export function defaultParams(specs: readonly ParamSpec[]): ParamValues {
	return Object.fromEntries(specs.map((s) => [s.key, s.default]));
}

/** A numeric range a value must fall in. */
export interface Range {
	readonly min: number;
	readonly max: number;
}

/**
 * What is wrong with the text `raw` as a value of kind `kind` within `range`, or null: the one
 * integer/number check of the URL, the form, the lessons and the command line. The caller puts the
 * parameter's name in front ("TTL …" on the page, "--ttl …" on the command line).
 */
export function numberProblem(kind: 'int' | 'number', range: Range, raw: string): string | null {
	const n = Number(raw);
	const ok =
		raw.trim() !== '' &&
		Number.isFinite(n) &&
		(kind === 'number' || Number.isInteger(n)) &&
		n >= range.min &&
		n <= range.max;
	if (ok) return null;
	const what = kind === 'int' ? 'a whole number' : 'a number';
	return `must be ${what} from ${range.min} to ${range.max}, got "${raw}"`;
}

/** What is wrong with `raw` as one of `choices`, or null (the one choice check, as above). */
export function choiceProblem(choices: readonly string[], raw: string): string | null {
	return choices.includes(raw) ? null : `must be one of ${choices.join(', ')}, got "${raw}"`;
}

/** The range a numeric parameter accepts headless (the command line): its `limits`, else the page's. */
export function headlessRange(spec: ParamSpec & { kind: 'int' | 'number' }): Range {
	return spec.limits ?? spec;
}

/**
 * Parses one parameter from text (a URL or a form field). Returns the value, or a message naming the
 * parameter, the allowed range and what was given. `range` is the page's unless given.
 */
export function parseParam(
	spec: ParamSpec,
	raw: string,
	range?: Range
): { value: number | string } | { error: string } {
	const problem =
		spec.kind === 'choice'
			? choiceProblem(spec.choices, raw)
			: numberProblem(spec.kind, range ?? spec, raw);
	if (problem) return { error: `${spec.label} ${problem}` };
	return { value: spec.kind === 'choice' ? raw : Number(raw) };
}

/** The parameters the page shows, links carry and lessons set: every one not marked `only: 'cli'`. */
export function pageParams(specs: ParamTable): readonly ParamSpec[] {
	return specs.filter((s): s is ParamSpec => s.only !== 'cli');
}

/** The entries of `table` that subcommand `command` reads (`sim pastry route`): every one not kept for another. */
export function forCommand(table: ParamTable, command: string): ParamTable {
	return table.filter((s) => s.commands === undefined || s.commands.includes(command));
}

/** The command-line flag of a parameter, without its dashes: `flag`, else the key in kebab case. */
export function flagOf(spec: ParamSpec | FlagSpec): string {
	return spec.flag ?? spec.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The parameter `name` stands for in `specs`: its key, or one of its earlier names (`aliases`). */
export function paramNamed(specs: readonly ParamSpec[], name: string): ParamSpec | undefined {
	return specs.find((s) => s.key === name || s.aliases?.includes(name));
}

/**
 * Reads every parameter from `get` (e.g. URLSearchParams.get), by its key or else by an earlier
 * name. Missing ones take their default; invalid ones take their default too and add a message to
 * `errors`.
 */
export function readParams(
	specs: readonly ParamSpec[],
	get: (key: string) => string | null | undefined
): { values: ParamValues; errors: string[] } {
	const values = defaultParams(specs);
	const errors: string[] = [];
	for (const spec of specs) {
		const raw = [spec.key, ...(spec.aliases ?? [])].map(get).find((v) => v != null);
		if (raw == null) continue;
		const parsed = parseParam(spec, raw);
		if ('error' in parsed) errors.push(parsed.error);
		else values[spec.key] = parsed.value;
	}
	return { values, errors };
}
