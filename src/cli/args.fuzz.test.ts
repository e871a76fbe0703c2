import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimError } from '../lib/sim/core';
import { failure, parse, UsageError } from './args';
import { COMMANDS } from './commands';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

/**
 * Each subcommand's words: its options (as `sim --help` lists them), and a cheap start that the
 * fuzzed words come after (the last value of an option wins), so a run that succeeds stays small.
 */
const SUBCOMMANDS: Record<string, { start: string[]; options: string[] }> = {
	ring: { start: [], options: ['digits', 'nodes', 'keys', 'seed', 'json'] },
	'pastry route': {
		start: ['route'],
		options: ['scenario', 'from', 'key', 'key-name', 'growing', 'b', 'leaf', 'neighborhood',
			'digits', 'nodes', 'seed', 'json'] // prettier-ignore
	},
	'pastry stats': {
		start: ['stats', '--nodes', '16', '--lookups', '16'],
		options: ['lookups', 'fail', 'keys', 'b', 'leaf', 'neighborhood', 'digits', 'nodes', 'build', 'seed', 'json'] // prettier-ignore
	},
	gossip: {
		start: ['--nodes', '12', '--view', '3', '--rounds', '3', '--seed', '1'],
		options: ['nodes', 'view', 'preset', 'peer-selection', 'psi', 'exchange', 'propagation',
			'merge', 'healer', 'swapper', 'random-samples', 'target', 'init', 'rounds', 'fail', 'churn',
			'metrics-every', 'path-sources', 'seed', 'json'] // prettier-ignore
	},
	search: {
		start: ['--overlay', 'random', '--nodes', '20', '--queries', '3', '--method', 'flood'],
		options: ['overlay', 'nodes', 'degree', 'replication', 'objects', 'placement', 'rounds',
			'random-links', 'queries', 'method', 'query', 'ttl', 'walkers', 'budget', 'check-every',
			'fallback-ttl', 'seed', 'json'] // prettier-ignore
	},
	scribe: {
		start: ['--nodes', '12', '--members', '3'],
		options: ['nodes', 'members', 'fail', 'group', 'seed', 'json']
	},
	past: {
		start: ['--nodes', '12', '--objects', '3'],
		options: ['nodes', 'objects', 'replicas', 'fail', 'cache', 'seed', 'json']
	},
	broadcast: {
		start: ['--nodes', '12', '--view', '3'],
		options: ['overlay', 'nodes', 'view', 'warmup', 'protocol', 'fanout', 'stop', 'k', 'chunks',
			'fail', 'refresh', 'max-rounds', 'seed', 'json'] // prettier-ignore
	}
};

/** Values as typed by hand: small numbers, negative and odd ones, the models' words, any text. */
const value = fc.oneof(
	fc.integer({ min: 0, max: 40 }).map(String),
	fc.constantFrom('-1', '-0', '-0.5', '-.5', '-1e1', '0.5', '1.5', '1e1', '0x10', 'NaN'),
	fc.constantFrom('Infinity', '', ' ', '-', '--', '0.5@2', '-0.5@1', '1@x', '65a1fc', 'd46a1c'),
	fc.constantFrom('random', 'gossip', 'pastry', 'tman', 'flood', 'ring', 'walk', 'dht', 'greedy'),
	fc.constantFrom('lecture', 'growing', 'failures', 'newscast', 'cyclon', 'full', 'half', 'age'),
	fc.constantFrom('exact', 'keyword', 'range', 'star', 'line', 'grid', 'swap', 'pushpull', 'nodes'),
	fc.constantFrom('push', 'pull', 'forever', 'die', 'counter', 'coin', 'news', 'joins'),
	fc.string({ maxLength: 6 }),
	fc.string({ unit: 'binary', maxLength: 4 }),
	fc.constantFrom('1\n2', 'a\nb', '\r', '\t3')
);

function words(options: string[]): fc.Arbitrary<string[]> {
	const option = fc.constantFrom(...options);
	const word = fc.oneof(
		{ weight: 6, arbitrary: fc.tuple(option, value).map(([o, v]) => [`--${o}`, v]) },
		{ weight: 2, arbitrary: fc.tuple(option, value).map(([o, v]) => [`--${o}=${v}`]) },
		{ weight: 1, arbitrary: option.map((o) => [`--${o}`]) },
		{
			weight: 1,
			arbitrary: fc.constantFrom(['--json'], ['--help'], ['--no-such'], ['-n'], ['--'], ['-'])
		},
		{ weight: 1, arbitrary: value.map((v) => [v]) }
	);
	return fc.array(word, { maxLength: 6 }).map((ws) => ws.flat());
}

/** Node's own wording, which must never reach the user. */
const NODE_WORDING = /Option '|ambiguous|Unknown option '|Unexpected argument|ERR_PARSE_ARGS/;

describe('the command line, whatever words it is given', () => {
	it.each(Object.keys(SUBCOMMANDS))(
		'sim %s prints a result or one line of its own that names the problem (exit 2)',
		(name) => {
			const { start, options } = SUBCOMMANDS[name];
			const command = COMMANDS[name.split(' ')[0]];
			fc.assert(
				fc.property(words(options), (argv) => {
					let out;
					try {
						out = command([...start, ...argv]);
					} catch (e) {
						// What main() prints and exits with.
						const { status, line } = failure(e);
						expect(e instanceof UsageError || e instanceof SimError, String(e)).toBe(true);
						expect(status).toBe(2);
						expect(line).toMatch(/^peerscope sim: \S/);
						expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
						expect(line).not.toMatch(NODE_WORDING);
						return;
					}
					expect(typeof out.text).toBe('string');
					expect(() => JSON.stringify(out.json)).not.toThrow();
				}),
				{ numRuns: RUNS }
			);
		}
	);

	it('reads a negative number as a value and lets the option say what is wrong with it', () => {
		const options = { ttl: { type: 'string' }, json: { type: 'boolean' } } as const;
		expect(parse(['--ttl', '-1'], options).values.ttl).toBe('-1');
		expect(parse(['--ttl', '-.5', '--json'], options).values).toEqual({ ttl: '-.5', json: true });
		expect(parse(['--ttl=-1'], options).values.ttl).toBe('-1');
		expect(() => COMMANDS.ring(['--nodes', '-5'])).toThrow(
			'--nodes must be a whole number from 0 to 4096, got "-5"'
		);
	});

	it.each([
		[['--ttl'], '--ttl needs a value'],
		[['--ttl', '--json'], '--ttl needs a value, not the option "--json"'],
		[['--ttl', '-x'], '--ttl needs a value, not the option "-x" (write --ttl=-x for a value that starts with "-")'], // prettier-ignore
		[['--json=yes'], '--json takes no value, got "yes"'],
		[['--tll', '3'], 'unknown option --tll; expected --ttl, --json'],
		[['-t', '3'], 'unknown option -t; expected --ttl, --json'],
		[['3'], 'unexpected "3": options are written --name value; expected --ttl, --json']
	])('refuses %j with "%s"', (argv, message) => {
		const options = { ttl: { type: 'string' }, json: { type: 'boolean' } } as const;
		expect(() => parse(argv, options)).toThrow(new UsageError(message));
	});

	it.each(['toString', '__proto__', 'chord'])('sim %s is an unknown model (exit 2)', (model) => {
		const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', model, '--json'], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(
			`peerscope sim: unknown model "${model}"; try one of: ${Object.keys(COMMANDS).join(', ')}\n`
		);
	});

	it('sim search … --ttl -1 exits 2 with one line about the TTL', () => {
		const r = spawnSync(
			'npx',
			['tsx', 'src/cli/main.ts', 'search', '--overlay', 'random', '--nodes', '50', '--queries',
				'5', '--method', 'flood', '--ttl', '-1'], // prettier-ignore
			{ encoding: 'utf8' }
		);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe('peerscope sim: --ttl must be a whole number from 1 to 32, got "-1"\n');
	});
});
