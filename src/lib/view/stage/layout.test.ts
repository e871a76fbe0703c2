import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gossipEntry } from '$lib/models/gossip';
import { pastryEntry } from '$lib/models/pastry';
import type { PanelSpec } from '$lib/models/types';
import { layoutStage, type LayoutRequest, type Slot } from './layout';
import { split } from './split';

const pick = (specs: readonly PanelSpec[], names: string[]) =>
	names.map((n) => specs.find((s) => s.name === n) as PanelSpec);
const PASTRY = pick(pastryEntry.panelSpecs, ['ring', 'table', 'sets']);
const GOSSIP = pick(gossipEntry.panelSpecs, ['graph', 'metrics', 'inspector']);
/** The stage a playground leaves at 1920×1080 (16px), and at 1280×720 in lecture mode (20px). */
const WIDE = { width: 1380, height: 900, rem: 16, gap: 10, minMainArea: (1920 * 1080) / 3 };
const LECTURE = { width: 880, height: 520, rem: 20, gap: 12, minMainArea: (1280 * 720) / 3 };

const area = (s: Slot) => s.width * s.height;
const names = (slots: readonly Slot[]) => slots.map((s) => s.name);

describe('split', () => {
	it('shares by weight above the mins, and caps a panel that stops gaining', () => {
		expect(
			split(100, [
				{ min: 10, weight: 1 },
				{ min: 10, weight: 3 }
			])
		).toEqual([30, 70]);
		expect(
			split(100, [
				{ min: 10, weight: 1, cap: 20 },
				{ min: 10, weight: 1 }
			])
		).toEqual([20, 80]);
		expect(
			split(100, [
				{ min: 60, weight: 1 },
				{ min: 50, weight: 1 }
			])
		).toBeNull();
		// Every panel capped: the line is still filled.
		expect(
			split(100, [
				{ min: 0, weight: 1, cap: 10 },
				{ min: 0, weight: 1, cap: 10 }
			])
		).toEqual([50, 50]);
	});
});

describe('layoutStage', () => {
	it('shows every requested panel where there is room (1920×1080)', () => {
		const l = layoutStage({ panels: PASTRY, ...WIDE });
		expect(names(l.slots)).toEqual(['ring', 'table', 'sets']);
		expect(l.hidden).toEqual([]);
		expect(area(l.slots[0])).toBeGreaterThanOrEqual(WIDE.minMainArea);
	});

	it('shows fewer panels, larger, in lecture mode at 1280×720: the rest are one key away', () => {
		const l = layoutStage({ panels: PASTRY, ...LECTURE });
		expect(names(l.slots)).toEqual(['ring']);
		expect(l.hidden).toEqual(['table', 'sets']);
		expect(l.slots[0]).toMatchObject({ x: 0, y: 0, width: LECTURE.width, height: LECTURE.height });
		const g = layoutStage({ panels: GOSSIP, ...LECTURE });
		expect(names(g.slots)).toEqual(['graph']);
		expect(g.hidden).toEqual(['metrics', 'inspector']);
	});

	it('brings a pinned panel into view, with as many of the others as still fit', () => {
		const l = layoutStage({ panels: PASTRY, ...LECTURE, pinned: 'table' });
		expect(names(l.slots)).toEqual(['table']);
		expect(l.hidden).toEqual(['ring', 'sets']);
		const w = layoutStage({ panels: PASTRY, ...WIDE, rem: 22, pinned: 'sets' });
		expect(names(w.slots)).toContain('sets');
	});

	it('gives the main panel the whole stage, at a smaller text size, when even it does not fit', () => {
		const l = layoutStage({ panels: PASTRY, width: 400, height: 300, rem: 30, gap: 10 });
		expect(l.cramped).toBe(true);
		expect(names(l.slots)).toEqual(['ring']);
		expect(l.rem).toBeCloseTo(300 / 18);
	});

	const panel = fc.record({
		minWidth: fc.integer({ min: 8, max: 40 }),
		minHeight: fc.integer({ min: 6, max: 24 }),
		aspect: fc.option(fc.double({ min: 0.6, max: 2.5, noNaN: true }), { nil: undefined }),
		weight: fc.integer({ min: 1, max: 4 })
	});
	const request = fc.record({
		panels: fc
			.array(panel, { minLength: 1, maxLength: 5 })
			.map((ps) => ps.map((p, i): PanelSpec => ({ ...p, name: `p${i}`, label: `P${i}` }))),
		width: fc.integer({ min: 300, max: 2400 }),
		height: fc.integer({ min: 200, max: 1400 }),
		rem: fc.double({ min: 16, max: 40, noNaN: true }),
		gap: fc.integer({ min: 0, max: 16 }),
		minMainArea: fc.integer({ min: 0, max: 600_000 })
	});

	it('fills the stage with whole, separate panels, each at least its least size', () => {
		fc.assert(
			fc.property(request, (r: LayoutRequest) => {
				const l = layoutStage(r);
				expect([...names(l.slots), ...l.hidden].sort()).toEqual(r.panels.map((p) => p.name).sort());
				for (const [i, s] of l.slots.entries()) {
					expect(s.x).toBeGreaterThanOrEqual(-1e-6);
					expect(s.y).toBeGreaterThanOrEqual(-1e-6);
					expect(s.x + s.width).toBeLessThanOrEqual(r.width + 1e-6);
					expect(s.y + s.height).toBeLessThanOrEqual(r.height + 1e-6);
					const p = r.panels.find((q) => q.name === s.name) as PanelSpec;
					if (!l.cramped) {
						expect(s.width).toBeGreaterThanOrEqual(p.minWidth * r.rem - 0.5);
						expect(s.height).toBeGreaterThanOrEqual(p.minHeight * r.rem - 0.5);
					}
					for (const t of l.slots.slice(i + 1)) {
						const apart =
							s.x + s.width <= t.x + 1e-6 ||
							t.x + t.width <= s.x + 1e-6 ||
							s.y + s.height <= t.y + 1e-6 ||
							t.y + t.height <= s.y + 1e-6;
						expect(apart).toBe(true);
					}
				}
				const k = l.slots.length;
				const used = l.slots.reduce((a, s) => a + area(s), 0);
				expect(used).toBeGreaterThanOrEqual(
					r.width * r.height - r.gap * (r.width + r.height) * (k - 1) - 1
				);
			}),
			{ numRuns: 2000 }
		);
	});

	it('with more text, shows no more panels, and a set that still fits keeps its exact boxes', () => {
		fc.assert(
			fc.property(request, fc.double({ min: 1, max: 2, noNaN: true }), (r, more) => {
				const a = layoutStage(r);
				const b = layoutStage({ ...r, rem: r.rem * more });
				expect(b.slots.length).toBeLessThanOrEqual(a.slots.length);
				if (names(a.slots).join() === names(b.slots).join()) expect(b.slots).toEqual(a.slots);
				// The main panel is the same one, and never smaller.
				expect(b.slots[0].name).toBe(a.slots[0].name);
				expect(area(b.slots[0])).toBeGreaterThanOrEqual(area(a.slots[0]) - 1e-6);
			}),
			{ numRuns: 2000 }
		);
	});
});
