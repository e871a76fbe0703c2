import { describe, expect, it } from 'vitest';
import { BROADCAST_PARAMS } from '../lib/models/params-broadcast';
import { SCRIBE_PARAMS } from '../lib/models/params-scribe';
import { SimError } from '../lib/sim/core';
import { parse, UsageError } from './args';
import { flagOptions, readFlags } from './flags';
import { ROUTE_FLAGS, STATS_FLAGS } from './pastry';
import type { ParamTable } from '../lib/models/types';

const read = (table: ParamTable, argv: string[]) =>
	readFlags(parse(argv, flagOptions(table)), table);

describe('flags read from a parameter table', () => {
	it('check a range against a flag read before it', () => {
		expect(() => read(BROADCAST_PARAMS, ['--nodes', '10', '--view', '10'])).toThrow(
			new UsageError('--view must be a whole number from 1 to 9, got "10"')
		);
		expect(() =>
			read(BROADCAST_PARAMS, ['--nodes', '10', '--view', '3', '--fanout', '10'])
		).toThrow(new UsageError('--fanout must be a whole number from 1 to 9, got "10"'));
		expect(() => read(STATS_FLAGS, ['--build', 'joins', '--nodes', '100001'])).toThrow(
			new UsageError('--nodes must be a whole number from 1 to 100000, got "100001"')
		);
		expect(read(STATS_FLAGS, ['--nodes', '100001']).nodes).toBe(100001);
	});

	it('read a switch as whether it is given, and a text as typed', () => {
		expect(read(ROUTE_FLAGS, ['--growing', '--key-name', 'a b']).growing).toBe(true);
		expect(read(ROUTE_FLAGS, ['--key-name', 'a b']).keyName).toBe('a b');
		expect(read(ROUTE_FLAGS, []).growing).toBe(false);
		expect(
			read(SCRIBE_PARAMS, ['--nodes', '5', '--members', '2', '--group', 'any name']).group
		).toBe('any name');
	});

	it('run a check beyond the range as the flag is read, before the flags after it', () => {
		expect(() => read(STATS_FLAGS, ['--leaf', '3', '--neighborhood', '200'])).toThrow(
			new SimError('|L| (the leaf set size) must be an even integer from 2 to 1024, got 3')
		);
	});

	it('keep each subcommand to its own flags', () => {
		expect(() => read(ROUTE_FLAGS, ['--lookups', '5'])).toThrow(/^unknown option --lookups;/);
		expect(() => read(STATS_FLAGS, ['--growing'])).toThrow(/^unknown option --growing;/);
	});
});
