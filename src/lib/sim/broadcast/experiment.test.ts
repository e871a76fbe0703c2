import { describe, expect, it } from 'vitest';
import { broadcastExperiment } from './experiment';

const N = 10_000;
const log2N = Math.log2(N);
const lnN = Math.log(N);

describe('the issue’s figures: N = 10,000 on a Cyclon overlay (c = 20), fanout 1', () => {
	const push = broadcastExperiment(
		{ overlay: 'cyclon', nodes: N, viewSize: 20, protocol: 'push' },
		'1'
	);
	const pushpull = broadcastExperiment(
		{ overlay: 'cyclon', nodes: N, viewSize: 20, protocol: 'pushpull' },
		'1'
	);

	it('push reaches everyone within log2 N to log2 N + 2 ln N rounds', () => {
		expect(push.reached).toBe(1);
		expect(push.roundsToAll).not.toBeNull();
		expect(push.roundsToAll as number).toBeGreaterThanOrEqual(log2N);
		expect(push.roundsToAll as number).toBeLessThanOrEqual(log2N + 2 * lnN);
		expect(push.theory.formula).toBe('log2 N + ln N');
	});

	it('push-pull reaches everyone in fewer rounds, at most 15', () => {
		expect(pushpull.reached).toBe(1);
		expect(pushpull.roundsToAll as number).toBeLessThan(push.roundsToAll as number);
		expect(pushpull.roundsToAll as number).toBeLessThanOrEqual(15);
	});

	it('follows the theory’s S-shape: within 5% of the mean-field curve once aligned at half', () => {
		for (const r of [push, pushpull]) {
			expect(r.theory.alignedGap as number).toBeLessThan(0.05);
			// Slow start, steep middle, slow end: the growth per round rises to one peak, then falls.
			const growth = r.curve.slice(1).map((x, t) => x - r.curve[t]);
			const peak = growth.indexOf(Math.max(...growth));
			expect(peak).toBeGreaterThan(0);
			expect(peak).toBeLessThan(growth.length - 1);
			for (let t = 1; t <= peak; t++) expect(growth[t]).toBeGreaterThanOrEqual(growth[t - 1]);
			for (let t = peak + 1; t < growth.length; t++)
				expect(growth[t]).toBeLessThanOrEqual(growth[t - 1]);
		}
	});

	it('on a ring lattice of the same N and c it is many times slower', () => {
		const ring = broadcastExperiment(
			{ overlay: 'ring', nodes: N, viewSize: 20, protocol: 'push' },
			'1'
		);
		expect(ring.reached).toBe(1);
		expect(ring.roundsToAll as number).toBeGreaterThan(20 * (push.roundsToAll as number));
	});
});
