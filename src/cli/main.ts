import { failure, UsageError } from './args';
import { COMMANDS, USAGE } from './commands';

/**
 * `npm run sim -- <model> [options] [--json]`: the simulation core, headless. Prints one JSON
 * document with --json, readable text otherwise. Bad input exits with status 2 and one line.
 */
export function main(argv: string[]): number {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h') {
		process.stdout.write(USAGE + '\n');
		return name === undefined ? 2 : 0;
	}
	// Own names only: "toString" or "__proto__" is not a model.
	const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
	try {
		if (!command)
			throw new UsageError(
				`unknown model "${name}"; try one of: ${Object.keys(COMMANDS).join(', ')}`
			);
		const out = command(rest);
		process.stdout.write((rest.includes('--json') ? JSON.stringify(out.json) : out.text) + '\n');
		return 0;
	} catch (e) {
		const { status, line } = failure(e);
		process.stderr.write(`${line}\n`);
		return status;
	}
}

process.exitCode = main(process.argv.slice(2));
