import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad command-line input: printed as one line, exit status 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed options of a subcommand, plus its positional words. */
export interface Parsed {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
}

/** `util.parseArgs` in strict mode, with its errors turned into one-line {@link UsageError}s. */
export function parse(argv: string[], options: Options, allowPositionals = false): Parsed {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			options,
			strict: true,
			allowPositionals
		});
		return { values: values as Parsed['values'], positionals };
	} catch (e) {
		throw new UsageError((e as Error).message.split('\n')[0]);
	}
}

/** A numeric option: present or `fallback`, a finite number within [min, max], an integer unless `real`. */
export function numberOption(
	p: Parsed,
	name: string,
	spec: { min: number; max: number; fallback?: number; real?: boolean }
): number {
	const raw = p.values[name];
	if (raw === undefined || raw === true) {
		if (spec.fallback === undefined) throw new UsageError(`--${name} is required`);
		return spec.fallback;
	}
	const n = Number(raw);
	const kind = spec.real ? 'a number' : 'an integer';
	if (
		raw === '' ||
		!Number.isFinite(n) ||
		(!spec.real && !Number.isInteger(n)) ||
		n < spec.min ||
		n > spec.max
	)
		throw new UsageError(`--${name} must be ${kind} from ${spec.min} to ${spec.max}, got "${raw}"`);
	return n;
}

/** A string option restricted to `choices`. */
export function choiceOption<T extends string>(
	p: Parsed,
	name: string,
	choices: readonly T[],
	fallback?: T
): T {
	const raw = p.values[name];
	if (raw === undefined) {
		if (fallback === undefined)
			throw new UsageError(`--${name} is required (${choices.join('|')})`);
		return fallback;
	}
	if (typeof raw !== 'string' || !(choices as readonly string[]).includes(raw))
		throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${String(raw)}"`);
	return raw as T;
}

/** A string option, or `fallback`. */
export function stringOption(p: Parsed, name: string, fallback?: string): string {
	const raw = p.values[name];
	if (typeof raw === 'string') return raw;
	if (fallback === undefined) throw new UsageError(`--${name} is required`);
	return fallback;
}
