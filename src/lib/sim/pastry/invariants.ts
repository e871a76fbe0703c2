import { formatId } from '../core';
import { idMath } from './idmath';
import { NONE, type Overlay, type Side } from './overlay';

/**
 * The invariants Pastry keeps (§2.1), checked over any {@link Overlay}; returns one line per
 * violation (none when the state is valid):
 * - each routing-table cell (r, c) holds a node sharing exactly r digits with the owner and having
 *   digit c at position r (cells of the owner's own digits stay empty);
 * - each leaf set holds the true |L|/2 nearest `members` on each side, nearest first (fewer when the
 *   network is small, and then the sides overlap).
 * `members` are the handles of the live nodes that have joined.
 */
export function overlayViolations(o: Overlay, members: readonly number[]): string[] {
	const m = idMath(o.space);
	const out: string[] = [];
	const name = (h: number) => formatId(o.idOf(h), o.space);
	const sorted = [...members].sort((a, c) => o.idOf(a) - o.idOf(c));
	const half = o.leafSetSize / 2;
	sorted.forEach((h, i) => {
		const id = o.idOf(h);
		for (let r = 0; r < o.tableRows(h); r++)
			for (let c = 0; c < m.radix; c++) {
				const e = o.entry(h, r, c);
				if (e === NONE) continue;
				const eid = o.idOf(e);
				if (m.shl(id, eid) !== r || m.digit(eid, r) !== c)
					out.push(`${name(h)}: cell (${r}, ${c}) holds ${name(e)}`);
			}
		const count = Math.min(half, sorted.length - 1);
		for (const side of [0, 1] as Side[]) {
			const expected = Array.from({ length: count }, (_, k) => {
				const j = side === 1 ? i + 1 + k : i - 1 - k;
				return sorted[((j % sorted.length) + sorted.length) % sorted.length];
			});
			const actual = Array.from({ length: o.leafCount(h, side) }, (_, k) => o.leafAt(h, side, k));
			if (expected.join() !== actual.join())
				out.push(
					`${name(h)}: ${side === 0 ? 'smaller' : 'larger'} leaf set is [${actual.map(name)}], expected [${expected.map(name)}]`
				);
		}
	});
	return out;
}
