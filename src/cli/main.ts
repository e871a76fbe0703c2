import { failure, UsageError } from './args';
import { COMMANDS, HELP, USAGE } from './commands';
import { inMetricsWorker, parallelGossipCommand, serveMetrics } from './parallel';
import type { CommandOutput } from './output';

/** The compiled command line (dist/cli/sim.mjs) can start itself as a metrics worker thread. */
const compiled = import.meta.url.endsWith('.mjs');

/**
 * `npm run sim -- <model> [options] [--json]`: the simulation core, headless. Prints one JSON
 * document with --json, readable text otherwise. Bad input exits with status 2 and one line.
 * Compiled, `gossip` measures its rounds in worker threads (same output, see `parallel.ts`).
 */
export async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h') {
		process.stdout.write(USAGE + '\n');
		return name === undefined ? 2 : 0;
	}
	// Own names only: "toString" or "__proto__" is not a model.
	const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
	if (command && (rest.includes('--help') || rest.includes('-h')) && Object.hasOwn(HELP, name)) {
		process.stdout.write(HELP[name](rest) + '\n');
		return 0;
	}
	try {
		if (!command)
			throw new UsageError(
				`unknown model "${name}"; try one of: ${Object.keys(COMMANDS).join(', ')}`
			);
		const out: CommandOutput =
			name === 'gossip' && compiled
				? await parallelGossipCommand(rest, new URL(import.meta.url))
				: command(rest);
		process.stdout.write((rest.includes('--json') ? JSON.stringify(out.json) : out.text) + '\n');
		return 0;
	} catch (e) {
		const { status, line } = failure(e);
		process.stderr.write(`${line}\n`);
		return status;
	}
}

if (inMetricsWorker) serveMetrics();
else process.exitCode = await main(process.argv.slice(2));
