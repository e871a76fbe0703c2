import type { ParamSpec, ParamValues } from './types';

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

/**
 * Parses one parameter from text (a URL or a form field). Returns the value, or a message naming the
 * parameter, the allowed range and what was given.
 */
export function parseParam(
	spec: ParamSpec,
	raw: string
): { value: number | string } | { error: string } {
	if (spec.kind === 'choice') {
		return spec.choices.includes(raw)
			? { value: raw }
			: { error: `${spec.label} must be one of ${spec.choices.join(', ')}, got "${raw}"` };
	}
	const n = Number(raw);
	const ok =
		raw.trim() !== '' &&
		Number.isFinite(n) &&
		(spec.kind === 'number' || Number.isInteger(n)) &&
		n >= spec.min &&
		n <= spec.max;
	if (ok) return { value: n };
	const kind = spec.kind === 'int' ? 'a whole number' : 'a number';
	return { error: `${spec.label} must be ${kind} from ${spec.min} to ${spec.max}, got "${raw}"` };
}

/**
 * Reads every parameter from `get` (e.g. URLSearchParams.get). Missing ones take their default;
 * invalid ones take their default too and add a message to `errors`.
 */
export function readParams(
	specs: readonly ParamSpec[],
	get: (key: string) => string | null | undefined
): { values: ParamValues; errors: string[] } {
	const values = defaultParams(specs);
	const errors: string[] = [];
	for (const spec of specs) {
		const raw = get(spec.key);
		if (raw === null || raw === undefined) continue;
		const parsed = parseParam(spec, raw);
		if ('error' in parsed) errors.push(parsed.error);
		else values[spec.key] = parsed.value;
	}
	return { values, errors };
}
