import type { Page } from '@playwright/test';

/** What the projector rules say of one screen (see `measureLayout`). */
export interface LayoutReport {
	/** How far the page scrolls down and across (0: it does not). */
	readonly scroll: { readonly x: number; readonly y: number };
	/** Pairs of visible texts whose boxes cross, as "text A" × "text B". */
	readonly overlaps: readonly string[];
	/** Share of the screen the main picture covers (with any routing table shown beside it). */
	readonly mainShare: number;
	/** Routing tables shown: their owner, digit columns (in order) and whether they are whole on screen. */
	readonly tables: readonly {
		readonly name: string;
		readonly columns: string;
		readonly whole: boolean;
	}[];
	/** Visible texts cut at their left or right by what clips them (a column too narrow). */
	readonly cut: readonly string[];
	/** Visible texts under the size limit, as "text (px)". */
	readonly small: readonly string[];
	readonly panels: string;
	/** Whether the transport bar (where there is one) is whole on screen. */
	readonly transport: boolean;
	/**
	 * How far a playground's side panel (the controls beside the picture, found by its accessible
	 * name) scrolls inside, across (scrollWidth − clientWidth) and down (scrollHeight −
	 * clientHeight), in px (0: it does not); null where the page has none.
	 */
	readonly side: { readonly x: number; readonly y: number } | null;
}

/**
 * Measures the screen as a lecturer's projector shows it: whether the page scrolls, which visible
 * texts overlap (text boxes of the visible text nodes, clipped to what their scrolling or clipping
 * ancestors show), how much of the screen the main picture covers (the extent of what the stage's
 * main panel draws, plus any routing table shown beside it), every routing table's digit
 * columns and whether it is whole on screen, the texts cut off at their side (a column too narrow
 * for them), the texts smaller than `minFontPx`, and how far a playground's side panel scrolls
 * inside.
 */
export async function measureLayout(page: Page, minFontPx = 0): Promise<LayoutReport> {
	return page.evaluate((minFont) => {
		type Box = { left: number; top: number; right: number; bottom: number };
		const W = innerWidth;
		const H = innerHeight;
		const cut = (a: Box, b: Box): Box | null => {
			const r = {
				left: Math.max(a.left, b.left),
				top: Math.max(a.top, b.top),
				right: Math.min(a.right, b.right),
				bottom: Math.min(a.bottom, b.bottom)
			};
			return r.right > r.left && r.bottom > r.top ? r : null;
		};
		const screen: Box = { left: 0, top: 0, right: W, bottom: H };
		/** What of `box` the element, its clipping ancestors and the screen let through. */
		const visiblePart = (el: Element, box: Box): Box | null => {
			let r: Box | null = cut(box, screen);
			for (let a: Element | null = el; a && r; a = a.parentElement) {
				const cs = getComputedStyle(a);
				if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || cs.clip !== 'auto')
					r = cut(r, a.getBoundingClientRect());
			}
			return r;
		};
		const area = (b: Box | null) => (b ? (b.right - b.left) * (b.bottom - b.top) : 0);

		// Texts: every rendered line box of every visible text node.
		const texts: { text: string; box: Box; el: Element }[] = [];
		const small: string[] = [];
		const cutOff: string[] = [];
		const skip = 'script, style, title, select, option, datalist, textarea, .visually-hidden';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = (n.textContent ?? '').trim();
			const el = n.parentElement;
			if (!text || !el || el.closest(skip)) continue;
			if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			const rects =
				el instanceof SVGElement
					? [el.getBoundingClientRect()]
					: (() => {
							const range = document.createRange();
							range.selectNodeContents(n);
							return [...range.getClientRects()];
						})();
			let shown = false;
			for (const rect of rects) {
				if (rect.width < 1 || rect.height < 1) continue;
				// Glyphs sit inside their line box: trim the leading so touching lines do not count.
				const trim = rect.height * 0.2;
				const box = visiblePart(el, {
					left: rect.left + 1,
					right: rect.right - 1,
					top: rect.top + trim,
					bottom: rect.bottom - trim
				});
				if (!box) continue;
				shown = true;
				// Cut across (not scrolled out of view above or below): part of the line is missing.
				if (
					box.right - box.left < rect.width - 4 &&
					box.bottom - box.top >= rect.height - 2 * trim - 1
				)
					cutOff.push(text.slice(0, 40));
				texts.push({ text: text.slice(0, 40), box, el });
			}
			const px = parseFloat(getComputedStyle(el).fontSize);
			// A formula's sub- and superscripts are set at TeX's script size (70% of the formula's):
			// they are held to 70% of the limit, as the formula around them is held to the limit.
			const limit = el.closest('.katex .msupsub') ? 0.7 * minFont : minFont;
			if (shown && px < limit - 0.01) small.push(`${text.slice(0, 40)} (${px}px)`);
		}
		const overlaps: string[] = [];
		for (let i = 0; i < texts.length; i++)
			for (let j = i + 1; j < texts.length; j++) {
				const c = cut(texts[i].box, texts[j].box);
				if (c && c.right - c.left > 1 && c.bottom - c.top > 1)
					overlaps.push(`"${texts[i].text}" × "${texts[j].text}"`);
			}

		// The main picture: what the stage's main panel draws (its SVG, canvas, tables and images,
		// its framed or filled boxes and its text), as one bounding box; bare layout boxes do not count.
		const main = document.querySelector('[data-panel][data-main]');
		let union: Box | null = null;
		const add = (el: Element, r: Box) => {
			const v = visiblePart(el, r);
			if (!v) return;
			union = union
				? {
						left: Math.min(union.left, v.left),
						top: Math.min(union.top, v.top),
						right: Math.max(union.right, v.right),
						bottom: Math.max(union.bottom, v.bottom)
					}
				: v;
		};
		const drawn = (el: Element) => {
			if (/^(svg|canvas|table|img)$/i.test(el.tagName))
				return el.closest('svg') === el || !(el instanceof SVGElement);
			if (el instanceof SVGElement) return false;
			const cs = getComputedStyle(el);
			const framed = parseFloat(cs.borderTopWidth) > 0 && cs.borderTopStyle !== 'none';
			const filled =
				cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent';
			return framed || filled;
		};
		if (main) {
			for (const el of main.querySelectorAll('*')) {
				if (!el.checkVisibility() || !drawn(el)) continue;
				const r = el.getBoundingClientRect();
				if (r.width >= 1 && r.height >= 1) add(el, r);
			}
			for (const t of texts) if (main.contains(t.el)) add(t.el, t.box);
		}
		let covered = area(union);
		const tables = [...document.querySelectorAll('[role=region][aria-label^="Routing table of"]')]
			.filter((t) => t.checkVisibility())
			.map((t) => {
				const table = t.querySelector('table') ?? t;
				const r = table.getBoundingClientRect();
				const seen = visiblePart(table, r);
				const whole =
					!!seen &&
					Math.abs(area(seen) - r.width * r.height) < 2 &&
					t.scrollWidth <= t.clientWidth + 1 &&
					t.scrollHeight <= t.clientHeight + 1;
				if (main && !main.contains(t)) covered += area(seen);
				const head = table.querySelector('thead tr');
				const columns = head
					? [...head.querySelectorAll('th')]
							.map((th) => (th.textContent ?? '').trim())
							.filter((x) => /^[0-9a-f]$/.test(x))
							.join('')
					: '';
				return { name: t.getAttribute('aria-label') ?? '', columns, whole };
			});
		const root = document.documentElement;
		const bar = document.querySelector('[role=group][aria-label="Simulation controls"]');
		const side = document.querySelector('aside[aria-label="What happened and what you can do"]');
		const barBox = bar?.getBoundingClientRect();
		return {
			transport:
				!barBox ||
				(barBox.top >= 0 &&
					barBox.left >= 0 &&
					barBox.bottom <= H + 0.5 &&
					barBox.right <= W + 0.5),
			scroll: { x: root.scrollWidth - W, y: root.scrollHeight - H },
			overlaps,
			mainShare: covered / (W * H),
			tables,
			small,
			cut: [...new Set(cutOff)],
			panels: document.querySelector('[data-stage]')?.getAttribute('data-shown') ?? '',
			side: side
				? { x: side.scrollWidth - side.clientWidth, y: side.scrollHeight - side.clientHeight }
				: null
		};
	}, minFontPx);
}

/** The projector rules a report breaks, one line each (empty when the screen passes). */
export function layoutProblems(r: LayoutReport, minShare = 0.3): string[] {
	const out: string[] = [];
	if (r.scroll.x > 0 || r.scroll.y > 0) out.push(`scrolls by ${r.scroll.x}×${r.scroll.y} px`);
	if (!r.transport) out.push('the transport bar is not whole on screen');
	if (r.overlaps.length > 0) out.push(`texts overlap: ${r.overlaps.slice(0, 4).join('; ')}`);
	if (r.mainShare < minShare)
		out.push(`main picture covers ${(r.mainShare * 100).toFixed(1)}% of the screen`);
	for (const t of r.tables) {
		if (t.columns !== '0123456789abcdef') out.push(`${t.name}: digit columns "${t.columns}"`);
		if (!t.whole) out.push(`${t.name}: not whole on screen`);
	}
	if (r.cut.length > 0) out.push(`texts cut off at the side: ${r.cut.slice(0, 4).join('; ')}`);
	if (r.small.length > 0) out.push(`text under the limit: ${r.small.slice(0, 4).join('; ')}`);
	return out;
}

/**
 * What is wrong with a playground's side panel on a projector: it is missing, or it scrolls inside
 * (a lecturer would have to scroll in it to reach its controls); null when it fits.
 */
export function sidePanelProblem(r: LayoutReport): string | null {
	if (r.side === null) return 'no side panel found';
	const { x, y } = r.side;
	return x > 1 || y > 1 ? `the side panel scrolls inside by ${x}×${y} px` : null;
}
