import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SimError } from '../lib/sim/core';

/** A message on one line: line breaks (from a value typed with one) shown as `\n`. */
export function oneLine(message: string): string {
	return message.replace(/\r\n|[\n\r\u2028\u2029]/g, '\\n');
}

/** Bad command-line input: printed as one line, exit status 2. */
export class UsageError extends Error {
	override name = 'UsageError';
	constructor(message: string) {
		super(oneLine(message));
	}
}

/**
 * What `sim` prints for an error a command threw, and its exit status: 2 and one line for bad input
 * (a {@link UsageError}, or a {@link SimError} the model refused it with), 1 for anything else,
 * which is a bug.
 */
export function failure(e: unknown): { status: 1 | 2; line: string } {
	if (e instanceof UsageError || e instanceof SimError)
		return { status: 2, line: `peerscope sim: ${oneLine(e.message)}` };
	return {
		status: 1,
		line: `peerscope sim: internal error: ${oneLine(String((e as Error)?.message ?? e))}`
	};
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed options of a subcommand, plus its positional words. */
export interface Parsed {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
}

/** A value that starts with "-" but is meant as a value: a negative or signed number such as -1 or -.5. */
const NEGATIVE = /^-[\d.]/;

/**
 * Checks the words of a command line against its options, in PeerScope's words, before
 * `util.parseArgs` reads them (its own messages name its syntax, not the problem: `--ttl -1` is
 * "argument is ambiguous"). Returns the words with `--name -1` written as `--name=-1`, so a negative
 * number reaches the option's own check, which says what the option accepts.
 */
function normalise(argv: readonly string[], options: Options, allowPositionals: boolean): string[] {
	const names = Object.keys(options);
	const known = `expected ${names.map((n) => `--${n}`).join(', ')}`;
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i];
		if (word === '--' || !word.startsWith('-') || word === '-') {
			if (!allowPositionals)
				throw new UsageError(`unexpected "${word}": options are written --name value; ${known}`);
			if (word === '--') return [...out, ...argv.slice(i)];
			out.push(word);
			continue;
		}
		const eq = word.indexOf('=');
		const name = word.slice(word.startsWith('--') ? 2 : 1, eq < 0 ? undefined : eq);
		const spec = Object.hasOwn(options, name) && word.startsWith('--') ? options[name] : undefined;
		if (!spec)
			throw new UsageError(`unknown option ${word.slice(0, eq < 0 ? undefined : eq)}; ${known}`);
		if (spec.type === 'boolean') {
			if (eq >= 0) throw new UsageError(`--${name} takes no value, got "${word.slice(eq + 1)}"`);
			out.push(word);
			continue;
		}
		if (eq >= 0) {
			out.push(word);
			continue;
		}
		const value = argv[i + 1];
		if (value === undefined) throw new UsageError(`--${name} needs a value`);
		if (value.startsWith('-') && !NEGATIVE.test(value)) {
			const hint = value.startsWith('--')
				? ''
				: ` (write --${name}=${value} for a value that starts with "-")`;
			throw new UsageError(`--${name} needs a value, not the option "${value}"${hint}`);
		}
		out.push(`--${name}=${value}`);
		i++;
	}
	return out;
}

/**
 * `util.parseArgs` in strict mode, after {@link normalise} has refused unknown options, missing
 * values and stray words with one-line {@link UsageError}s that name the option.
 */
export function parse(argv: string[], options: Options, allowPositionals = false): Parsed {
	const args = normalise(argv, options, allowPositionals);
	try {
		const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals });
		return { values: values as Parsed['values'], positionals };
	} catch (e) {
		throw new UsageError((e as Error).message.split('\n')[0]);
	}
}

/** A string option, or `fallback`. */
export function stringOption(p: Parsed, name: string, fallback?: string): string {
	const raw = p.values[name];
	if (typeof raw === 'string') return raw;
	if (fallback === undefined) throw new UsageError(`--${name} is required`);
	return fallback;
}
