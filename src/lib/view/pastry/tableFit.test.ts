import { describe, expect, it } from 'vitest';
import { cellDigits, fitTable, tableHeight, tableWidth } from './tableFit';

/** The lecture's table (b = 4, 6 digits, rows r0–r4) in a box, lecture mode (1rem = 20px). */
const lecture = (width: number, height: number) =>
	fitTable({ width, height, radix: 16, digits: 6, rows: 5, chromePx: 60, minPx: 18, maxPx: 38 });

describe('fitTable', () => {
	it('shows whole ids, as large as the box allows, when there is room', () => {
		const f = lecture(1800, 900);
		expect(f.full).toBe(true);
		expect(f.digits).toBe(6);
		expect(f.fits).toBe(true);
		expect(f.fontPx).toBeCloseTo((1800 - 18) / (1.84 + 16 * (6 * 0.62 + 0.3)), 9);
		expect(f.width).toBeCloseTo(1800, 6);
	});

	it('stretches the rows so the table fills the height of its box', () => {
		// 700×500 at 1280×720: three digits per cell; the five rows share what the header leaves.
		const f = lecture(700, 500);
		expect(f.rowPx).toBeGreaterThan(f.fontPx * 1.4 * 2);
		const filled = f.fontPx * 1.4 + 5 * f.rowPx + 5 + 2 + 60;
		expect(filled).toBeLessThanOrEqual(500);
		expect(filled).toBeGreaterThan(499);
		// A box too low for more keeps one line of text per row.
		expect(lecture(1800, 200).rowPx).toBeCloseTo(18 * 1.4, 9);
	});

	it('never grows the text past maxPx, nor past what the height allows', () => {
		expect(lecture(4000, 2000).fontPx).toBe(38);
		const low = lecture(1800, 250);
		expect(low.fontPx).toBeCloseTo(183 / 8.4, 9);
		expect(tableHeight(5, low.fontPx) + 60).toBeCloseTo(250, 9);
		expect(lecture(1800, 200)).toMatchObject({ fontPx: 18, fits: false });
	});

	it('shrinks the font before it drops digits, then drops digits before going under minPx', () => {
		// 1,212 px hold whole ids at 18 px; 1,100 do not.
		expect(lecture(1250, 600)).toMatchObject({ full: true, fits: true });
		const narrow = lecture(1100, 600);
		expect(narrow.full).toBe(false);
		expect(narrow.digits).toBe(5);
		expect(narrow.fontPx).toBeGreaterThanOrEqual(18);
		// A 700 px box at 1280×720: three digits per cell, 16 columns, text at 18 px or more.
		const slide = lecture(700, 400);
		expect(slide).toMatchObject({ digits: 3, fits: true });
		expect(slide.fontPx).toBeGreaterThanOrEqual(18);
		expect(tableWidth(16, 5, 3, slide.fontPx)).toBeLessThanOrEqual(700 + 1e-9);
	});

	it('keeps only the column digit in a box too small for two, and says when even that fails', () => {
		expect(lecture(480, 400)).toMatchObject({ digits: 1, fits: true });
		expect(lecture(300, 100)).toMatchObject({ digits: 1, fontPx: 18, fits: false });
	});
});

describe('cellDigits', () => {
	it('tags the shared prefix and the column digit, or keeps the digits from the column on', () => {
		expect(cellDigits('d4213f', 1, 6, true).map((d) => d.kind)).toEqual([
			'pre',
			'col',
			'rest',
			'rest',
			'rest',
			'rest'
		]);
		expect(
			cellDigits('d4213f', 1, 3, false)
				.map((d) => d.ch)
				.join('')
		).toBe('421');
		expect(
			cellDigits('65a1fc', 4, 3, false)
				.map((d) => d.ch)
				.join('')
		).toBe('fc');
	});
});
