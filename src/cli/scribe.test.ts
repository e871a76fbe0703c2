import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SimError } from '../lib/sim/core';
import { UsageError } from './args';
import { scribeCommand } from './scribe';

const run = (line: string) => scribeCommand(line.split(' '));
const json = (line: string) => run(`${line} --json`).json as Record<string, unknown>;

describe('sim scribe', () => {
	it('prints the issue’s six figures first, then the tree and the group', () => {
		const out = json('--nodes 500 --members 40 --seed 3');
		expect(Object.keys(out).slice(0, 6)).toEqual([
			'delivered',
			'duplicates',
			'treeDepth',
			'maxChildren',
			'forwarders',
			'messages'
		]);
		expect(out).toMatchObject({
			delivered: 1,
			duplicates: 0,
			nodes: 500,
			members: 40,
			failure: null
		});
		expect(out.messages).toBe((out.treeNodes as number) - 1);
		expect(out.treeDepth as number).toBeLessThanOrEqual(out.depthBound as number);
		expect(out.groupId).toMatch(/^[0-9a-f]{6}$/);
	});

	it('with --fail tells the multicast before and after the repair', () => {
		const out = json('--nodes 800 --members 80 --fail 0.2 --seed 3');
		const f = out.failure as Record<string, Record<string, number> | number>;
		expect(Object.keys(f)).toEqual([
			'failedForwarders',
			'survivingMembers',
			'beforeRepair',
			'afterRepair',
			'rejoins',
			'rejoinMessages'
		]);
		expect((f.beforeRepair as Record<string, number>).delivered).toBeLessThan(1);
		expect(f.afterRepair).toMatchObject({ delivered: 1, duplicates: 0, lost: 0 });
		expect(run('--nodes 800 --members 80 --fail 0.2 --seed 3').text).toContain('re-joins');
	});

	it('is the same for the same seed', () => {
		expect(json('--nodes 300 --members 30 --seed 9')).toEqual(
			json('--nodes 300 --members 30 --seed 9')
		);
	});

	it.each([
		['--members 5', UsageError, '--nodes is required'],
		['--nodes 50', UsageError, '--members is required'],
		[
			'--nodes 50 --members 51',
			UsageError,
			'--members must be a whole number from 1 to 50, got "51"'
		],
		['--nodes 50 --members 5 --fail 2', UsageError, '--fail must be a number from 0 to 1, got "2"'],
		['--nodes 30000 --members 5', UsageError, '--nodes must be a whole number from 1 to 20000'],
		[
			'--nodes 50 --members 5 --bogus 1',
			UsageError,
			'unknown option --bogus; expected --nodes, --members, --fail, --group, --seed, --json'
		]
	] as const)('refuses %s', (line, kind, message) => {
		expect(() => run(line)).toThrow(kind);
		expect(() => run(line)).toThrow(message);
	});

	it('refuses a blank group name', () => {
		const argv = ['--nodes', '50', '--members', '5', '--group', ' '];
		expect(() => scribeCommand(argv)).toThrow(SimError);
		expect(() => scribeCommand(argv)).toThrow('the group needs a name');
	});

	it('exits 2 with one line on bad input', () => {
		const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'scribe', '--nodes', '10'], {
			encoding: 'utf8'
		});
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toEqual(['peerscope sim: --members is required']);
	});
});
