import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../scripts/build-cli.js';
import { gossipCommand, parseGossip } from './gossip';
import { metricsWorkers } from './parallel';

/** `npm run sim` as a user runs it: the launcher, which runs the prebuilt bundle. */
const sim = (...argv: string[]) =>
	spawnSync(process.execPath, ['scripts/sim.js', ...argv], { encoding: 'utf8' });

describe('the compiled command line', () => {
	it('prints what the sources print (the documented ring command against its golden file)', () => {
		const r = sim('ring', '--nodes', '8', '--keys', '5', '--seed', '7', '--json');
		expect(r.status).toBe(0);
		const want = JSON.parse(readFileSync('src/cli/golden/ring.json', 'utf8'));
		expect(JSON.parse(r.stdout)).toEqual(want);
	});

	it('measures gossip rounds in worker threads and prints what the in-process command prints', () => {
		const line =
			'--nodes 2000 --view 20 --preset newscast --rounds 40 --metrics-every 1 --fail 0.3@5 --seed 4 --json';
		// Large enough for a worker (this machine has two cores): rows go to it and, while it is
		// busy, to the main thread, so both paths are in the output compared.
		expect(metricsWorkers(parseGossip(line.split(' ')), 1)).toBe(1);
		expect(availableParallelism()).toBeGreaterThan(1);
		const r = sim('gossip', ...line.split(' '));
		expect(r.status).toBe(0);
		expect(r.stdout).toBe(JSON.stringify(gossipCommand(line.split(' ')).json) + '\n');
		const text = sim('gossip', ...line.replace(' --json', '').split(' '));
		expect(text.stdout).toBe(gossipCommand(line.replace(' --json', '').split(' ')).text + '\n');
		// Light rows through the workers too (60 rows of 200,000 entries at a tenth: one worker).
		const light =
			'--nodes 10000 --view 20 --preset cyclon --rounds 60 --metrics-every 1 --metrics light --seed 4 --json';
		expect(metricsWorkers(parseGossip(light.split(' ')), 1)).toBe(1);
		expect(sim('gossip', ...light.split(' ')).stdout).toBe(
			JSON.stringify(gossipCommand(light.split(' ')).json) + '\n'
		);
	});

	it('prints the usage with the gossip limit, and exits 2 with one line on bad input', () => {
		const help = sim('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('up to 1000000 nodes');
		const bad = sim('gossip', '--nodes', '2000000', '--view', '4', '--rounds', '1', '--seed', '1');
		expect(bad.status).toBe(2);
		expect(bad.stdout).toBe('');
		expect(bad.stderr.trim().split('\n')).toEqual([
			'peerscope sim: --nodes must be a whole number from 2 to 1000000, got "2000000"'
		]);
	});

	it('is rebuilt when a file it was built from is newer, or when it is missing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-'));
		const [bundle, inputs, source] = ['sim.mjs', 'inputs.json', 'a.ts'].map((f) => join(dir, f));
		expect(isStale(bundle, inputs)).toBe(true);
		writeFileSync(source, '');
		writeFileSync(bundle, '');
		writeFileSync(inputs, JSON.stringify([source]));
		utimesSync(source, 1000, 1000);
		utimesSync(bundle, 2000, 2000);
		expect(isStale(bundle, inputs)).toBe(false);
		utimesSync(source, 3000, 3000);
		expect(isStale(bundle, inputs)).toBe(true);
		writeFileSync(inputs, JSON.stringify([join(dir, 'gone.ts')]));
		expect(isStale(bundle, inputs)).toBe(true);
	});
});
