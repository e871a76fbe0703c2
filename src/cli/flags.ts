import type { ParseArgsConfig } from 'node:util';
import { choiceProblem, flagOf, headlessRange, numberProblem } from '../lib/models/params';
import type { ParamSpec } from '../lib/models/types';
import { UsageError, type Parsed } from './args';

/**
 * The command-line flags of a model, generated from its parameter table (the one its URL, form and
 * lessons read, `src/lib/models/params-*.ts`): their `util.parseArgs` options, their checks and
 * their help, so `sim <model> --help` and the page's form cannot disagree.
 */

type Options = NonNullable<ParseArgsConfig['options']>;

/** A flag's value as read: a number, a choice, or undefined when absent (the simulation's default). */
export type FlagValues = Record<string, number | string | undefined>;

/** The flags of `specs` that the command line reads (every one not marked `only: 'page'`). */
export function cliParams(specs: readonly ParamSpec[]): readonly ParamSpec[] {
	return specs.filter((s) => s.only !== 'page');
}

/** The `util.parseArgs` options of `specs`' flags, plus `--seed` and `--json`. */
export function flagOptions(specs: readonly ParamSpec[]): Options {
	const options: Options = {};
	for (const spec of cliParams(specs)) options[flagOf(spec)] = { type: 'string' };
	options.seed = { type: 'string' };
	options.json = { type: 'boolean' };
	return options;
}

/**
 * Reads and checks every flag of `specs` by its key: a number within the simulation's range (the
 * spec's `limits`), or one of its choices; absent ones are undefined (the simulation fills in its
 * default) unless `required`. A bad value is a {@link UsageError} naming the flag:
 * `--ttl must be a whole number from 1 to 32, got "-1"`.
 */
export function readFlags(p: Parsed, specs: readonly ParamSpec[]): FlagValues {
	const values: FlagValues = {};
	for (const spec of cliParams(specs)) {
		const flag = flagOf(spec);
		const raw = p.values[flag];
		if (raw === undefined || typeof raw !== 'string') {
			if (spec.required)
				throw new UsageError(
					`--${flag} is required${spec.kind === 'choice' ? ` (${spec.choices.join('|')})` : ''}`
				);
			values[spec.key] = undefined;
			continue;
		}
		const problem =
			spec.kind === 'choice'
				? choiceProblem(spec.choices, raw)
				: numberProblem(spec.kind, headlessRange(spec), raw);
		if (problem) throw new UsageError(`--${flag} ${problem}`);
		values[spec.key] = spec.kind === 'choice' ? raw : Number(raw);
	}
	return values;
}

/** One flag's line of the help: `--ttl T  TTL, 1 to 32: …`. */
function helpLine(spec: ParamSpec): string {
	const value =
		spec.kind === 'choice'
			? spec.choices.join('|')
			: (spec.metavar ?? spec.label.match(/\b([A-Za-zα-ω])\)?$/)?.[1] ?? 'X');
	const range =
		spec.kind === 'choice' ? '' : `, ${headlessRange(spec).min} to ${headlessRange(spec).max}`;
	const need = spec.required ? ' (required)' : '';
	const help = spec.help ? `: ${spec.help}` : '';
	return `  --${flagOf(spec)} ${value}`.padEnd(34) + ` ${spec.label}${range}${need}${help}`;
}

/**
 * The help of a model's flags, one line each, in the table's order (`sim <model> --help`), then
 * `extra`: the lines of flags no single parameter describes (`--fail FRACTION@ROUND`).
 */
export function flagHelp(
	model: string,
	specs: readonly ParamSpec[],
	extra: readonly string[] = []
): string {
	return [
		`usage: npm run --silent sim -- ${model} [options] [--seed S] [--json]`,
		'',
		...cliParams(specs).map(helpLine),
		...extra.map((line) => `  ${line}`)
	].join('\n');
}
