import type { ParseArgsConfig } from 'node:util';
import { choiceProblem, flagOf, headlessRange, numberProblem } from '../lib/models/params';
import type { FlagSpec, FlagValues, ParamSpec, ParamTable } from '../lib/models/types';
import { UsageError, type Parsed } from './args';

/**
 * The command-line flags of a model, generated from its parameter table (the one its URL, form and
 * lessons read, `src/lib/models/params-*.ts`): their `util.parseArgs` options, their checks and
 * their help, so `sim <model> --help` and the page's form cannot disagree.
 */

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A flag's value as read: a number, a choice, a text, whether a switch was given, or undefined when
 * absent (the simulation's default).
 */
export type { FlagValues };

/** One entry of a table that the command line reads. */
export type CliSpec = ParamSpec | FlagSpec;

/** The flags of `specs` that the command line reads (every one not marked `only: 'page'`). */
export function cliParams(specs: ParamTable): readonly CliSpec[] {
	return specs.filter((s) => s.only !== 'page');
}

/** The `util.parseArgs` options of `specs`' flags, plus `--seed` and `--json`. */
export function flagOptions(specs: ParamTable): Options {
	const options: Options = {};
	for (const spec of cliParams(specs))
		options[flagOf(spec)] = { type: spec.kind === 'switch' ? 'boolean' : 'string' };
	options.seed = { type: 'string' };
	options.json = { type: 'boolean' };
	return options;
}

/** The range a numeric flag accepts, given the flags read before it. */
function flagRange(spec: ParamSpec & { kind: 'int' | 'number' }, earlier: FlagValues) {
	return spec.dependentLimits?.of(earlier) ?? headlessRange(spec);
}

/**
 * Reads and checks every flag of `specs` by its key, in the table's order: a number within the
 * simulation's range (the spec's `limits`, or its `dependentLimits` given the flags before it), one
 * of its choices, a text, or whether a switch is given; absent ones are undefined (the simulation
 * fills in its default; a switch false) unless `required`. A bad value is a {@link UsageError}
 * naming the flag: `--ttl must be a whole number from 1 to 32, got "-1"`.
 */
export function readFlags(p: Parsed, specs: ParamTable): FlagValues {
	const values: FlagValues = {};
	for (const spec of cliParams(specs)) {
		const flag = flagOf(spec);
		const raw = p.values[flag];
		if (spec.kind === 'switch') {
			values[spec.key] = raw === true;
			continue;
		}
		if (raw === undefined || typeof raw !== 'string') {
			if (spec.required)
				throw new UsageError(
					`--${flag} is required${spec.kind === 'choice' ? ` (${spec.choices.join('|')})` : ''}`
				);
			values[spec.key] = undefined;
			continue;
		}
		if (spec.kind === 'text') values[spec.key] = raw;
		else if (spec.kind === 'choice') {
			const problem = choiceProblem(spec.choices, raw);
			if (problem) throw new UsageError(`--${flag} ${problem}`);
			values[spec.key] = raw;
		} else {
			const problem = numberProblem(spec.kind, flagRange(spec, values), raw);
			if (problem) throw new UsageError(`--${flag} ${problem}`);
			spec.check?.(Number(raw));
			values[spec.key] = Number(raw);
		}
	}
	return values;
}

/** How the help says the range of a numeric flag: `, 1 to 32`, or the text of a dependent one. */
function rangeText(spec: CliSpec): string {
	if (spec.kind !== 'int' && spec.kind !== 'number') return '';
	if (spec.dependentLimits) return `, ${spec.dependentLimits.text}`;
	return `, ${headlessRange(spec).min} to ${headlessRange(spec).max}`;
}

/** One flag's line of the help: `--ttl T  TTL, 1 to 32: …` (a switch has no value). */
function helpLine(spec: CliSpec): string {
	const value =
		spec.kind === 'switch'
			? ''
			: spec.kind === 'choice'
				? ` ${spec.choices.join('|')}`
				: ` ${spec.metavar ?? spec.label.match(/\b([A-Za-zα-ω])\)?$/)?.[1] ?? 'X'}`;
	const need = spec.required ? ' (required)' : '';
	const help = spec.help ? `: ${spec.help}` : '';
	return (
		`  --${flagOf(spec)}${value}`.padEnd(34) + ` ${spec.label}${rangeText(spec)}${need}${help}`
	);
}

/**
 * The help of a model's flags, one line each, in the table's order (`sim <model> --help`), then
 * `extra`: the lines of flags no single parameter describes (`--fail FRACTION@ROUND`).
 */
export function flagHelp(model: string, specs: ParamTable, extra: readonly string[] = []): string {
	return [
		`usage: npm run --silent sim -- ${model} [options] [--seed S] [--json]`,
		'',
		...cliParams(specs).map(helpLine),
		...extra.map((line) => `  ${line}`)
	].join('\n');
}
