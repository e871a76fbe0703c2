import { describe, expect, it } from 'vitest';
import { alignedCurveGap, curveGap, halfRound, meanFieldCurve, theoryRounds } from './theory';

describe('the theory of rumour spreading', () => {
	it('states the papers’ rounds: log2 N + ln N for push, log3 N for push-pull', () => {
		expect(theoryRounds('push', 10_000, 1)).toEqual({
			formula: 'log2 N + ln N',
			rounds: Math.log2(10_000) + Math.log(10_000)
		});
		expect(theoryRounds('pushpull', 10_000, 1)).toEqual({
			formula: 'log3 N + O(log log N)',
			rounds: Math.log(10_000) / Math.log(3)
		});
		expect(theoryRounds('pull', 1024, 1)).toEqual({ formula: 'log2 N + O(log log N)', rounds: 10 });
		expect(theoryRounds('push', 1000, 2).formula).toBe('log3 N + ln N / 2');
	});

	it('the mean-field curve doubles at first under push and triples under push-pull', () => {
		const push = meanFieldCurve('push', 'forever', 1e6, 1) as number[];
		const pushpull = meanFieldCurve('pushpull', 'forever', 1e6, 1) as number[];
		expect(push[1]).toBeCloseTo(2, 3);
		expect(push[5]).toBeCloseTo(32, 0);
		expect(pushpull[1]).toBeCloseTo(3, 3);
		expect(pushpull[4]).toBeCloseTo(81, 0);
		expect(push[push.length - 1]).toBeGreaterThan(1e6 - 0.5);
		expect(pushpull.length).toBeLessThan(push.length);
	});

	it('infect and die with fanout 1 dies out after a small share; the counter and coin rules have no mean-field curve', () => {
		const die = meanFieldCurve('push', 'die', 10_000, 1) as number[];
		expect(die[die.length - 1]).toBeLessThan(0.05 * 10_000);
		const wide = meanFieldCurve('push', 'die', 10_000, 10) as number[];
		expect(wide[wide.length - 1]).toBeGreaterThan(10_000 - 1);
		expect(meanFieldCurve('push', 'counter', 10_000, 1)).toBeNull();
		expect(meanFieldCurve('push', 'coin', 10_000, 1)).toBeNull();
	});

	it('failed view entries slow the epidemic down', () => {
		const healthy = meanFieldCurve('push', 'forever', 10_000, 1) as number[];
		const damaged = meanFieldCurve('push', 'forever', 10_000, 1, 0.3) as number[];
		expect(damaged.length).toBeGreaterThan(healthy.length);
	});

	it('measures the gap between curves, raw and aligned at half the nodes', () => {
		const theory = [1, 2, 4, 8, 10];
		const late = [1, 1, 2, 4, 8, 10];
		expect(halfRound(theory, 10)).toBe(3);
		expect(halfRound(late, 10)).toBe(4);
		expect(curveGap(late, theory, 10)).toBeCloseTo(0.4);
		expect(alignedCurveGap(late, theory, 10)).toBeCloseTo(0);
		expect(alignedCurveGap([1, 1], theory, 10)).toBeNull();
	});
});
