import { spreadLens, type CircleLens } from './circleLens';

/** The most points the identifier-space view spreads one by one; above it only the marked ones. */
export const SPREAD_ALL_UP_TO = 96;

/** The share of the ring a lens may give to its crowds (the rest keeps the ring's shape). */
export const LENS_BUDGET = 0.6;

/**
 * The arc (in turns) that keeps two labels of `chars` monospace digits apart on a ring of `radius`
 * px at turn `u`: labels beside the ring (3 and 9 o'clock) stack, so a line's height is enough;
 * labels above and below it sit side by side and need their width.
 */
export function labelGap(u: number, radius: number, fontPx: number, chars: number): number {
	const a = -Math.PI / 2 + 2 * Math.PI * u;
	const w = (chars * 0.62 + 0.4) * fontPx;
	const h = 1.25 * fontPx;
	const arc = Math.min(
		w,
		w / Math.max(1e-9, Math.abs(Math.sin(a))),
		h / Math.max(1e-9, Math.abs(Math.cos(a)))
	);
	return arc / (2 * Math.PI * Math.max(1, radius));
}

/**
 * The lens of the identifier-space view (nodes on a ring of `radius` px, keys on an inner ring of
 * `keyRadius`; labels of `chars` and `keyChars` characters): neighbouring labels far enough apart to be shown (see {@link labelGap}), on the
 * nodes' ring for two nodes and on the keys' ring for two keys; a node beside a key needs half as
 * much (their labels sit on different rings). Above {@link SPREAD_ALL_UP_TO} points only the
 * marked ids (the selection, highlights) are spread. Ids are given in turns (id / space size); the
 * crowds get at most {@link LENS_BUDGET} of the ring.
 */
export function identifierLens(
	nodes: readonly number[],
	keys: readonly number[],
	marked: readonly number[],
	radius: number,
	keyRadius: number,
	fontPx: number,
	chars: number,
	keyChars = chars
): CircleLens {
	const isKey = new Set(keys);
	const isNode = new Set(nodes);
	const all = nodes.length + keys.length <= SPREAD_ALL_UP_TO;
	const points = all ? [...nodes, ...keys] : marked;
	const gap = (a: number, b: number) => {
		const mid = a + ((((b - a) % 1) + 1) % 1) / 2;
		const ka = isKey.has(a) && !isNode.has(a);
		const kb = isKey.has(b) && !isNode.has(b);
		if (ka && kb) return labelGap(mid, keyRadius, fontPx, keyChars);
		const g = labelGap(mid, radius, fontPx, chars);
		return !ka && !kb ? g : g / 2;
	};
	return spreadLens(points, gap, marked[0] ?? 0, LENS_BUDGET);
}
