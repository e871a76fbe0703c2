import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SimError } from '../lib/sim/core';
import { UsageError } from './args';
import { broadcastCommand } from './broadcast';

const run = (line: string) => broadcastCommand(line.split(' '));
const json = (line: string) => run(`${line} --json`).json as Record<string, unknown>;

describe('sim broadcast', () => {
	it('prints the issue’s four figures first, then the theory', () => {
		const out = json('--overlay random --nodes 1000 --view 10 --protocol push --fanout 1 --seed 1');
		expect(Object.keys(out).slice(0, 5)).toEqual([
			'roundsToAll',
			'reached',
			'messagesPerNode',
			'curve',
			'theory'
		]);
		const curve = out.curve as number[];
		expect(curve[0]).toBe(1);
		expect(curve[curve.length - 1]).toBe(1000);
		expect(out.roundsToAll).toBe(curve.length - 1);
		expect(out.reached).toBe(1);
		expect(out.theory).toMatchObject({ formula: 'log2 N + ln N' });
	});

	it('gives null rounds when the rumour dies before reaching everyone', () => {
		const out = json('--overlay random --nodes 1000 --view 10 --stop die --seed 1');
		expect(out.roundsToAll).toBeNull();
		expect(out.reached as number).toBeLessThan(1);
	});

	it('reports per chunk for a stream, and the failed share', () => {
		const out = json(
			'--overlay random --nodes 500 --view 8 --fanout 2 --chunks 4 --fail 0.2 --seed 4'
		);
		expect(out.live).toBe(400);
		expect(out.chunks).toHaveLength(4);
	});

	it.each([
		['--nodes 100', UsageError, '--view is required'],
		[
			'--nodes 100 --view 5 --overlay star',
			UsageError,
			'--overlay must be one of cyclon, newscast, random, ring'
		],
		[
			'--nodes 100 --view 5 --protocol gossip',
			UsageError,
			'--protocol must be one of push, pull, pushpull'
		],
		[
			'--nodes 100 --view 5 --fanout 6',
			SimError,
			'the fanout f must be an integer from 1 to 5, got 6'
		],
		[
			'--nodes 100 --view 5 --stop die --k 3',
			SimError,
			'k applies to the counter and coin stop rules'
		],
		['--nodes 100 --view 5 --overlay ring --refresh', SimError, 'a ring lattice does not gossip']
	] as const)('refuses %s', (line, kind, message) => {
		expect(() => run(line)).toThrow(kind);
		expect(() => run(line)).toThrow(message);
	});

	it('exits 2 with one line on bad input', () => {
		const r = spawnSync(
			'npx',
			['tsx', 'src/cli/main.ts', 'broadcast', '--nodes', '100', '--view', '5', '--fanout', '9'],
			{ encoding: 'utf8' }
		);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toEqual([
			'peerscope sim: the fanout f must be an integer from 1 to 5, got 9'
		]);
	});
});
