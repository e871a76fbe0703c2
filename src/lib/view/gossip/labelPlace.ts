import { labelBox, overlaps, type Box } from '../lens/place';

/** Where one node's label is written: its centre-left (or right) point and its alignment. */
export interface PlacedLabel {
	readonly x: number;
	readonly y: number;
	readonly anchor: 'start' | 'end' | 'middle';
}

/**
 * Places the nodeId labels of the who-knows-who graph so that no two cover each other: each label
 * (in order: the active node of the exchange, the passive one, the selected and highlighted
 * nodes) takes the first spot around its node — above right, below right, above left, below left,
 * right, left, above, below — that is clear of the labels already placed and inside the picture;
 * when none is, the spot that overlaps the fewest. Labels are one line of `fontPx` text.
 */
export function placeLabels(
	points: readonly { x: number; y: number; text: string; r: number }[],
	fontPx: number,
	width: number,
	height: number
): PlacedLabel[] {
	const taken: Box[] = [];
	return points.map(({ x, y, text, r }) => {
		const dx = r + 4;
		const dy = r + fontPx * 0.45;
		const spots: PlacedLabel[] = [
			{ x: x + dx, y: y - dy, anchor: 'start' },
			{ x: x + dx, y: y + dy, anchor: 'start' },
			{ x: x - dx, y: y - dy, anchor: 'end' },
			{ x: x - dx, y: y + dy, anchor: 'end' },
			{ x: x + dx, y, anchor: 'start' },
			{ x: x - dx, y, anchor: 'end' },
			{ x, y: y - r - fontPx * 0.8, anchor: 'middle' },
			{ x, y: y + r + fontPx * 0.8, anchor: 'middle' }
		];
		let best = spots[0];
		let fewest = Infinity;
		let bestBox = labelBox(best.x, best.y, best.anchor, text.length, fontPx);
		for (const spot of spots) {
			const box = labelBox(spot.x, spot.y, spot.anchor, text.length, fontPx);
			const outside = box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height ? 1 : 0;
			const hits = 2 * taken.filter((t) => overlaps(t, box)).length + outside;
			if (hits < fewest) [best, bestBox, fewest] = [spot, box, hits];
			if (hits === 0) break;
		}
		taken.push(bestBox);
		return best;
	});
}
