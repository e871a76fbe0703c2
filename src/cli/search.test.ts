import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SimError } from '../lib/sim/core';
import { UsageError } from './args';
import { searchCommand } from './search';

const run = (line: string) => searchCommand(line.split(' '));
const json = (line: string) => run(`${line} --json`).json as Record<string, unknown>;

describe('sim search', () => {
	it('prints the three figures first, then what they were measured on', () => {
		const out = json(
			'--overlay random --nodes 300 --degree 4 --replication 0.05 --queries 50 --method flood --ttl 3 --seed 1'
		);
		expect(Object.keys(out).slice(0, 4)).toEqual([
			'successRate',
			'meanMessages',
			'meanHops',
			'supported'
		]);
		expect(out).toMatchObject({
			overlay: 'random',
			method: 'flood',
			query: 'exact',
			nodes: 300,
			replicas: 15,
			queries: 50,
			ttl: 3
		});
		for (const k of ['successRate', 'meanMessages', 'meanHops'])
			expect(typeof out[k]).toBe('number');
		expect(
			run('--overlay random --nodes 300 --queries 50 --method flood --ttl 3 --seed 1').text
		).toMatch(
			/^random overlay: N = 300, mean degree [\d.]+, 100 objects on 3 nodes each \(uniform placement\)\n50 exact queries \(such as name = ".+"\) by flood\nsuccess [\d.]+%, mean messages [\d.]+, mean hops [\d.]+$/
		);
	});

	it('gives the same numbers for the same seed, and walks, DHT lookups and greedy routes', () => {
		const line = '--overlay gossip --nodes 200 --queries 40 --method walk --walkers 8 --seed 3';
		expect(json(line)).toEqual(json(line));
		expect(json(line)).toMatchObject({ walkers: 8, walkerTtl: 1024, checkEvery: 4 });
		const dht = json('--overlay pastry --nodes 200 --queries 40 --method dht --seed 3');
		expect(dht).toMatchObject({ successRate: 1, supported: true });
		expect(dht.meanMessages).toBe(dht.meanHops);
		expect(json('--overlay tman --nodes 200 --queries 40 --method greedy --seed 3')).toMatchObject({
			fallbackTtl: 2
		});
	});

	it('grows the expanding ring linearly, from TTL 1 by 2 unless told otherwise', () => {
		const line = '--overlay random --nodes 300 --queries 20 --method ring --ttl 6 --seed 1';
		expect(json(line).rings).toEqual([1, 3, 5, 6]);
		expect(json(`${line} --ring-start 2 --ring-step 1`).rings).toEqual([2, 3, 4, 5, 6]);
	});

	it('prints the three allocations of one replica budget side by side, on the same queries', () => {
		const line =
			'--overlay random --nodes 1000 --degree 4 --replication 0.01 --popularity zipf --zipf-alpha 1 --queries 300 --method walk --walkers 8 --seed 2';
		const all = json(`${line} --allocation all`);
		const rows = all.allocations as Record<string, unknown>[];
		expect(rows.map((r) => r.allocation)).toEqual(['uniform', 'proportional', 'square-root']);
		expect(all).toMatchObject({
			totalReplicas: 1000,
			popularity: 'zipf',
			zipfAlpha: 1,
			walkers: 8
		});
		// Each row is what the single-allocation command prints.
		for (const row of rows) {
			const one = json(`${line} --allocation ${row.allocation}`);
			expect(one).toMatchObject({ allocation: row.allocation, totalReplicas: 1000 });
			expect([row.successRate, row.meanMessages, row.meanHops]).toEqual([
				one.successRate,
				one.meanMessages,
				one.meanHops
			]);
		}
		expect(rows[0]).toMatchObject({ mostPopularCopies: 10, leastPopularCopies: 10 });
		expect(run(`${line} --allocation all`).text).toMatch(
			/1000 copies shared by each allocation[^]*\nuniform .+\nproportional .+\nsquare-root .+$/
		);
		// The defaults print exactly the fields they always printed.
		expect(
			Object.keys(json('--overlay random --nodes 100 --queries 5 --method flood'))
		).not.toContain('popularity');
	});

	it('says when the DHT cannot answer a keyword query, with null figures', () => {
		const out = json(
			'--overlay pastry --nodes 100 --queries 5 --method dht --query keyword --seed 1'
		);
		expect(out).toMatchObject({
			successRate: null,
			meanMessages: null,
			meanHops: null,
			supported: false
		});
		expect(out.reason).toMatch(/keyword/);
	});

	it.each([
		[
			'--overlay mesh --nodes 10 --queries 1 --method flood',
			UsageError,
			'--overlay must be one of random, gossip, pastry, tman, got "mesh"'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method jump',
			UsageError,
			'--method must be one of flood, ring, walk, dht, greedy, got "jump"'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method dht',
			SimError,
			'a DHT lookup routes by key'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method greedy',
			SimError,
			'greedy routing needs neighbours with similar interests'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method flood --ttl 0',
			UsageError,
			'--ttl must be a whole number from 1 to 32, got "0"'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method flood --replication 0',
			SimError,
			'the replication ratio R must be above 0 and at most 1, got 0'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method flood --replication 2',
			UsageError,
			'--replication must be a number from 0 to 1, got "2"'
		],
		[
			'--overlay random --nodes 1 --queries 1 --method flood',
			UsageError,
			'--nodes must be a whole number from 2 to 100000, got "1"'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method walk --ttl 3',
			UsageError,
			'--ttl applies to flood and ring, not to walk'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method flood --ring-step 2',
			UsageError,
			'--ring-step applies to ring, not to flood'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method walk --walker-ttl 0',
			UsageError,
			'--walker-ttl must be a whole number from 1 to 100000, got "0"'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method walk --zipf-alpha 1',
			UsageError,
			'--zipf-alpha applies to --popularity zipf'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method walk --allocation square',
			UsageError,
			'--allocation must be one of uniform, proportional, square-root, all, got "square"'
		],
		[
			'--overlay random --nodes 10 --queries 1 --method walk --popularity zipf --zipf-alpha 9',
			UsageError,
			'--zipf-alpha must be a number from 0 to 4, got "9"'
		],
		[
			'--overlay random --nodes ten --queries 1 --method flood',
			UsageError,
			'--nodes must be a whole number from 2 to 100000, got "ten"'
		],
		['--overlay random --nodes 10 --method flood', UsageError, '--queries is required']
	] as const)('refuses %s', (line, kind, message) => {
		expect(() => run(line)).toThrow(kind);
		expect(() => run(line)).toThrow(message);
	});

	it('exits 2 with one line on bad input', () => {
		const r = spawnSync(
			'npx',
			[
				'tsx',
				'src/cli/main.ts',
				'search',
				'--overlay',
				'random',
				'--nodes',
				'50',
				'--queries',
				'5',
				'--method',
				'dht'
			],
			{
				encoding: 'utf8'
			}
		);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(/^peerscope sim: a DHT lookup routes by key/)
		]);
	});
});
