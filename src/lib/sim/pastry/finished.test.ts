import { describe, expect, it } from 'vitest';
import { LECTURE_ROUTE, lectureScenario } from './lecture';
import { pastryModel } from './model';
import { runToEnd } from './scenarios';

describe('finished operations', () => {
	it('keeps the last completed lookup, so its path can still be drawn after delivery', () => {
		const s = lectureScenario();
		runToEnd(s);
		pastryModel.apply(s, { type: 'route', from: LECTURE_ROUTE.from, key: LECTURE_ROUTE.key });
		runToEnd(s);
		expect(s.ops).toEqual([]);
		expect(s.finished.route?.path).toEqual(LECTURE_ROUTE.path);
		const copy = pastryModel.clone(s);
		copy.finished.route?.path.push(1);
		expect(s.finished.route?.path).toEqual(LECTURE_ROUTE.path);
	});

	it('keeps the last completed join', () => {
		const s = lectureScenario('lecture', { growing: true });
		runToEnd(s);
		expect(s.finished.join?.node).toBe(s.nodes[s.nodes.length - 1].id);
		expect(s.finished.join?.route.length).toBeGreaterThan(0);
	});
});
