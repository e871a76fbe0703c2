import { describe, expect, it } from 'vitest';
import { parseGossip } from './gossip';
import { metricsWorkers } from './parallel';

const run = (args: string) => parseGossip(`${args} --seed 1`.split(' '));

describe('metrics workers a compiled gossip run starts', () => {
	it('starts none when its rows are few or small: the last row is measured in-process', () => {
		const newscast = run(
			'--nodes 10000 --view 30 --preset newscast --rounds 100 --metrics-every 100'
		);
		expect(metricsWorkers(newscast, 4)).toBe(0);
		expect(metricsWorkers(run('--nodes 100 --view 8 --rounds 100 --metrics-every 1'), 4)).toBe(0);
		expect(metricsWorkers(run('--nodes 10000 --view 30 --rounds 0'), 4)).toBe(0);
	});

	it('shares many large rows over at most the workers available', () => {
		// 101 rows of N × c = 300,000 entries: the 100 offloaded ones pay for every worker.
		const cyclon = run('--nodes 10000 --view 30 --preset cyclon --rounds 100 --metrics-every 1');
		expect(metricsWorkers(cyclon, 4)).toBe(4);
		expect(metricsWorkers(cyclon, 1)).toBe(1);
		// 7 offloaded rows of 300,000 entries: two workers' worth (900,000 entries each).
		const seven = run('--nodes 10000 --view 30 --rounds 70 --metrics-every 10');
		expect(metricsWorkers(seven, 4)).toBe(2);
	});

	it('weighs a light row at a tenth of a full one', () => {
		const line = '--nodes 10000 --view 30 --preset cyclon --rounds 100 --metrics-every 1';
		// 100 offloaded light rows of 300,000 entries: 3,000,000 entries' worth, three workers.
		expect(metricsWorkers(run(`${line} --metrics light`), 4)).toBe(3);
		// Newscast at N = 100,000 with its two rows: one light row offloaded is not worth a worker.
		const newscast = '--nodes 100000 --view 30 --preset newscast --rounds 50 --metrics-every 50';
		expect(metricsWorkers(run(newscast), 4)).toBe(1);
		expect(metricsWorkers(run(`${newscast} --metrics light`), 4)).toBe(0);
	});
});
