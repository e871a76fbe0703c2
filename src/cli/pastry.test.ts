import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { closestTo, DEFAULT_ID_SPACE, formatId, keyFromName, SimError } from '../lib/sim/core';
import { lectureScenario, memberIds, PASTRY_DEFAULTS, randomScenario } from '../lib/sim/pastry';
import { UsageError } from './args';
import { pastryCommand } from './pastry';

const run = (line: string) => pastryCommand(line.split(' '));

describe('sim pastry route', () => {
	it('prints the lecture route exactly', () => {
		expect(run('route --scenario lecture --from 65a1fc --key d46a1c --json').json).toEqual({
			path: ['65a1fc', 'd13da3', 'd4213f', 'd462ba', 'd467c4'],
			root: 'd467c4',
			hops: [
				{ from: '65a1fc', to: 'd13da3', rule: 'routing-table', row: 0, column: 13 },
				{ from: 'd13da3', to: 'd4213f', rule: 'routing-table', row: 1, column: 4 },
				{ from: 'd4213f', to: 'd462ba', rule: 'routing-table', row: 2, column: 6 },
				{ from: 'd462ba', to: 'd467c4', rule: 'leaf-set', row: null, column: null }
			]
		});
		expect(run('route --scenario lecture --from 65a1fc --key d46a1c').text).toContain(
			'd4213f -> d462ba  routing table row 2, column 6: shares d4, next digit 6'
		);
	});

	it('hashes --key-name with SHA-1, and routes on a random network to the root', () => {
		const named = run('route --scenario lecture --from 65a1fc --key-name abc --json').json as {
			path: string[];
			root: string;
		};
		expect(named.root).toBe(
			formatId(
				closestTo(keyFromName('abc'), memberIds(lectureScenario()), DEFAULT_ID_SPACE) as number
			)
		);
		expect(named.path[named.path.length - 1]).toBe(named.root);
		const from = formatId(memberIds(randomScenario({ ...PASTRY_DEFAULTS, nodes: 200 }, '7'))[5]);
		const random = run(
			`route --scenario random --nodes 200 --seed 7 --from ${from} --key a9993e --json`
		).json as { path: string[]; root: string };
		expect(random.path[0]).toBe(from);
		expect(random.path[random.path.length - 1]).toBe(random.root);
	});

	it('refuses an unknown --from node on a random network', () => {
		expect(() =>
			run('route --scenario random --nodes 50 --seed 3 --from 000000 --key abcdef')
		).toThrow('there is no node 000000 to route from');
	});
});

describe('sim pastry stats', () => {
	it('prints the statistics in the agreed shape', () => {
		const out = run('stats --nodes 1000 --lookups 2000 --seed 1 --json').json as Record<
			string,
			unknown
		>;
		expect(Object.keys(out)).toEqual([
			'nodes',
			'lookups',
			'meanHops',
			'maxHops',
			'hopHistogram',
			'deliveredToRoot',
			'meanTableEntries'
		]);
		expect(out).toMatchObject({ nodes: 1000, lookups: 2000, deliveredToRoot: 1 });
		const histogram = out.hopHistogram as number[];
		expect(histogram).toHaveLength((out.maxHops as number) + 1);
		expect(Math.abs((out.meanHops as number) - 2.485)).toBeLessThan(0.1);
	});

	it('still delivers to the root after --fail 0.1', () => {
		const out = run('stats --nodes 2000 --lookups 2000 --seed 2 --fail 0.1 --json').json;
		expect(out).toMatchObject({ nodes: 2000, deliveredToRoot: 1 });
	});

	it('--build joins adds the joins, the timeouts and the locality beside the paper', () => {
		const out = run('stats --nodes 500 --lookups 2000 --seed 2 --fail 0.1 --build joins --json')
			.json as Record<string, unknown>;
		expect(Object.keys(out)).toEqual([
			'nodes',
			'lookups',
			'meanHops',
			'maxHops',
			'hopHistogram',
			'deliveredToRoot',
			'meanTableEntries',
			'build',
			'failed',
			'joins',
			'timeouts',
			'locality'
		]);
		expect(out).toMatchObject({ build: 'joins', failed: 50, deliveredToRoot: 1 });
		const t = out.timeouts as { total: number; perLookup: number; meanHopsWithTimeouts: number };
		expect(t.total).toBeGreaterThan(0);
		expect(t.meanHopsWithTimeouts).toBeCloseTo((out.meanHops as number) + t.perLookup, 12);
		expect((out.locality as { paper: unknown }).paper).toEqual({ low: 1.3, high: 1.4 });
		const text = run('stats --nodes 500 --lookups 2000 --seed 2 --build joins').text;
		expect(text).toContain('network built by joins');
		expect(text).toMatch(
			/locality: routes travel 1\.\d{3} times the direct distance \(paper, Fig\. 6: 1\.3-1\.4\)/
		);
	});
});

describe('bad input', () => {
	it.each([
		[
			'route --scenario lecture --from 65a1fc --key d46g1c',
			'"g" is not one of the hexadecimal digits',
			SimError
		],
		[
			'route --scenario lecture --from 65a1fc --key d46a1',
			'has 5 digits; ids here have 6',
			SimError
		],
		[
			'route --scenario lecture --from 123456 --key d46a1c',
			'there is no node 123456 to route from',
			SimError
		],
		[
			'route --scenario nowhere',
			'--scenario must be one of lecture, growing, random, failures',
			UsageError
		],
		['stats --b 5', '--b must be a whole number from 1 to 4, got "5"', UsageError],
		['stats --b 0', '--b must be a whole number from 1 to 4, got "0"', UsageError],
		['stats --leaf 7', '|L| (the leaf set size) must be an even integer', SimError],
		['stats --leaf 0', '|L| (the leaf set size) must be an even integer', SimError],
		['stats --nodes 0', '--nodes must be a whole number from 1', UsageError],
		['route --scenario random --nodes 0', '--nodes must be a whole number from 1', UsageError],
		['stats --digits 14', 'id digits must be an integer from 1 to 13 when b = 4', SimError],
		['stats --fail 1', '--fail must be a number from 0 to 0.99', UsageError],
		['stats --build oracle', '--build must be one of converged, joins, got "oracle"', UsageError],
		[
			'stats --build joins --nodes 200000',
			'--nodes must be a whole number from 1 to 100000',
			UsageError
		],
		['route --scenario lecture --b 2', 'the lecture scenario uses the slide ids: b = 4', SimError],
		['walk', 'pastry needs a subcommand, route or stats, got "walk"', UsageError]
	])('%s is refused: %s', (line, message, kind) => {
		expect(() => run(line)).toThrow(kind);
		expect(() => run(line)).toThrow(message);
	});

	it('exits with status 2 and one line', () => {
		const r = spawnSync(
			process.execPath,
			['--import', 'tsx', 'src/cli/main.ts', 'pastry', 'route', '--key', 'zz'],
			{ encoding: 'utf8' }
		);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toEqual([
			'peerscope sim: "zz" is not an id: "z" is not one of the hexadecimal digits'
		]);
	});
});
