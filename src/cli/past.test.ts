import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { pastCommand } from './past';

const run = (line: string) => pastCommand(line.split(' '));
const json = (line: string) => run(`${line} --json`).json as Record<string, unknown>;

describe('sim past', () => {
	it('prints the issue’s four figures first, and how many files were lost', () => {
		const out = json('--nodes 400 --objects 200 --replicas 3 --fail 0.3 --seed 2');
		expect(Object.keys(out).slice(0, 5)).toEqual([
			'retrievableBefore',
			'retrievableAfterFailure',
			'replicasRestored',
			'meanHops',
			'lost'
		]);
		expect(out.retrievableBefore).toBe(1);
		expect(out.failed).toBe(120);
		expect(out.retrievableAfterFailure).toBeCloseTo(1 - (out.lost as number) / 200, 6);
		expect(out.replicasRestored).toBe(1);
		expect(out.retrievableAfterRepair).toBe(out.retrievableAfterFailure);
	});

	it('without --fail has nothing to restore; with --cache answers some lookups from caches', () => {
		const out = json('--nodes 300 --objects 100 --replicas 2 --seed 2');
		expect(out).toMatchObject({
			retrievableBefore: 1,
			retrievableAfterFailure: null,
			replicasRestored: null,
			lost: 0,
			failed: 0
		});
		const cached = json('--nodes 300 --objects 100 --replicas 2 --fail 0.1 --cache 5 --seed 2');
		const l = cached.lookups as Record<string, { fromCache: number }>;
		expect(l.afterRepair.fromCache).toBeGreaterThan(0);
	});

	it.each([
		['--objects 5', '--nodes is required'],
		['--nodes 50', '--objects is required'],
		[
			'--nodes 50 --objects 5 --replicas 9',
			'--replicas must be a whole number from 1 to 8, got "9"'
		],
		['--nodes 50 --objects 5 --fail 1', '--fail must be a number from 0 to 0.99, got "1"'],
		['--nodes 50 --objects 5 --cache=-1', '--cache must be a whole number from 0 to 1000, got "-1"']
	])('refuses %s', (line, message) => {
		expect(() => run(line)).toThrow(UsageError);
		expect(() => run(line)).toThrow(message);
	});

	it('exits 2 with one line on bad input', () => {
		const r = spawnSync(
			'npx',
			['tsx', 'src/cli/main.ts', 'past', '--nodes', '10', '--objects', '3', '--replicas', 'x'],
			{ encoding: 'utf8' }
		);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toEqual([
			'peerscope sim: --replicas must be a whole number from 1 to 8, got "x"'
		]);
	});
});
