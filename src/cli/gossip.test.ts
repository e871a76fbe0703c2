import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SimError } from '../lib/sim/core';
import { UsageError } from './args';
import { gossipCommand } from './gossip';

const run = (line: string) => gossipCommand(line.split(' '));
type Output = {
	params: { merge: string; healer: number; exchange: unknown; target: string | null };
	reference: { meanDegree: number; inDegreeSd: number; clustering: number; pathLength: number };
	pathLengthSources: number;
	targetCompleteRound: number | null;
	rounds: {
		round: number;
		deadLinks: number;
		components: number;
		targetEdgesFound: unknown;
		clustering?: unknown;
	}[];
};

describe('sim gossip', () => {
	it('prints one row per measured round with the documented fields', () => {
		const out = run(
			'--nodes 60 --view 6 --preset cyclon --rounds 5 --metrics-every 2 --seed 3 --json'
		).json as Output;
		expect(out.rounds.map((r) => r.round)).toEqual([0, 2, 4, 5]);
		expect(Object.keys(out.rounds[0])).toEqual([
			'round',
			'live',
			'inDegree',
			'clustering',
			'pathLength',
			'components',
			'largestComponent',
			'deadLinks',
			'targetEdgesFound'
		]);
		expect(Object.keys((out.rounds[0] as unknown as { inDegree: object }).inDegree)).toEqual([
			'mean',
			'sd',
			'min',
			'max'
		]);
		// Round 0 is the ring lattice: every node has in-degree c, no dead links, no target.
		expect(out.rounds[0]).toMatchObject({
			inDegree: { mean: 6, sd: 0, min: 6, max: 6 },
			components: 1,
			deadLinks: 0,
			targetEdgesFound: null
		});
		expect(out.reference.meanDegree).toBeCloseTo(12 - 36 / 59, 5);
		expect(out.pathLengthSources).toBe(60);
		expect(out.targetCompleteRound).toBeNull();
	});

	it('measures light rows: the same run and figures, without clustering and path length', () => {
		const line =
			'--nodes 300 --view 10 --preset cyclon --rounds 12 --metrics-every 3 --fail 0.2@6 --seed 5 --json';
		const all = run(line).json as Output;
		const light = run(`${line} --metrics light`).json as Output;
		expect(light.pathLengthSources).toBe(0);
		expect(all.pathLengthSources).toBe(100);
		expect(light.rounds).toEqual(
			all.rounds.map((r) => ({ ...r, clustering: null, pathLength: null }))
		);
		expect(all.rounds.every((r) => typeof r.clustering === 'number')).toBe(true);
		expect(run(`${line} --metrics all`).json).toEqual(all);
		expect(run(`${line.replace(' --json', '')} --metrics light`).text).toContain(
			'(light metrics: no clustering or path length measured)'
		);
	});

	it('reproduces a run from its seed, and the failure shows as dead links', () => {
		const line =
			'--nodes 200 --view 8 --merge age --healer 4 --rounds 12 --fail 0.5@6 --seed 9 --json';
		const a = run(line).json as Output;
		expect(JSON.stringify(a)).toBe(JSON.stringify(run(line).json));
		expect(a.params).toMatchObject({ merge: 'age', healer: 4, exchange: 'half' });
		expect(a.rounds[5].deadLinks).toBe(0);
		expect(a.rounds[6].deadLinks).toBeGreaterThan(0.3);
		expect(a.rounds[12].deadLinks).toBeLessThan(a.rounds[6].deadLinks);
	});

	it('runs Newscast as published: the whole view exchanged, in-degrees twice as spread as Cyclon', () => {
		const line = (preset: string) =>
			`--nodes 2000 --view 20 --preset ${preset} --rounds 50 --metrics-every 50 --seed 1 --json`;
		const newscast = run(line('newscast')).json as Output;
		const cyclon = run(line('cyclon')).json as Output;
		expect(newscast.params).toMatchObject({ exchange: 'full', merge: 'age', healer: 21 });
		const sd = (o: Output) =>
			(o.rounds.at(-1) as unknown as { inDegree: { sd: number } }).inDegree.sd;
		expect(sd(newscast)).toBeGreaterThanOrEqual(2 * sd(cyclon));
	});

	it('reports when T-Man completes its target', () => {
		const out = run('--nodes 100 --view 10 --preset tman --rounds 15 --seed 1 --json')
			.json as Output;
		expect(out.params.target).toBe('ring');
		expect(out.targetCompleteRound).not.toBeNull();
		expect(out.rounds.at(-1)?.targetEdgesFound).toBe(1);
		expect(run('--nodes 100 --view 10 --preset tman --rounds 2 --seed 1').text).toMatch(
			/^gossip: N=100, c=10, closest peer, exchange half, pushpull, proximity merge, target ring/
		);
	});

	it.each([
		[
			'--nodes 10 --view 0 --rounds 5 --seed 1',
			UsageError,
			'--view must be a whole number from 1 to 1000, got "0"'
		],
		[
			'--nodes 10 --view 10 --rounds 5 --seed 1',
			SimError,
			'the view size c must be an integer from 1 to 9 (below N), got 10'
		],
		[
			'--nodes 1000000 --view 51 --rounds 5 --seed 1',
			SimError,
			'N × c must be at most 50000000 view entries (memory), got 1000000 × 51'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --preset gnutella',
			UsageError,
			'--preset must be one of blind, newscast, cyclon, tman, healer, got "gnutella"'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --merge fifo',
			UsageError,
			'--merge must be one of preset, random, age, proximity, swap, got "fifo"'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --fail 1.5@2',
			SimError,
			'the failure fraction must be a number from 0 to 1, got 1.5'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --fail 0.5@9',
			SimError,
			'the failure round must be an integer from 0 to 5 (the last round of the run), got 9'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --fail half',
			UsageError,
			'--fail must be FRACTION@ROUND, such as 0.5@50, got "half"'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --exchange most',
			UsageError,
			'--exchange must be full, half or a whole number l, got "most"'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --exchange 4',
			SimError,
			'the exchange length l must be an integer from 1 to 3 (the view size c), got 4'
		],
		[
			'--nodes 10 --view 4 --rounds 5 --seed 1 --merge age --healer 2 --swapper 1',
			SimError,
			'healer H + swapper S must be at most the buffer size 2, got 2 + 1'
		],
		[
			'--nodes 10 --view 4 --rounds 5 --seed 1 --merge age --healer 6 --exchange full',
			SimError,
			'the healer H must be an integer from 0 to 5 (the buffer size), got 6'
		],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --metrics some',
			UsageError,
			'--metrics must be all or light, got "some"'
		],
		['--nodes 10 --view 3 --rounds 5', UsageError, '--seed is required'],
		[
			'--nodes 10 --view 3 --rounds 5 --seed 1 --speed 3',
			UsageError,
			'unknown option --speed; expected --preset, --nodes, --view'
		]
	])('rejects %s', (line, kind, message) => {
		expect(() => run(line)).toThrow(kind);
		expect(() => run(line)).toThrow(message);
	});

	it('exits with status 2 and one line on bad input', () => {
		const r = spawnSync(
			process.execPath,
			[
				'scripts/sim.js',
				'gossip',
				'--nodes',
				'10',
				'--view',
				'10',
				'--rounds',
				'3',
				'--seed',
				'1',
				'--json'
			],
			{ encoding: 'utf8' }
		);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toEqual([
			'peerscope sim: the view size c must be an integer from 1 to 9 (below N), got 10'
		]);
	});
});
