import { idSpaceSize, type Id } from '$lib/sim/core';
import { nodeOf, type PastryState } from '$lib/sim/pastry';
import { neededTurns, spreadLens, type CircleLens } from '../lens/circleLens';
import { labelGap } from '../lens/ringLens';
import type { JoinDrawing, RouteDrawing } from './flight';

/** What the ring view is asked to show besides the nodes. */
export interface RingFocus {
	readonly route: RouteDrawing | null;
	readonly join: JoinDrawing | null;
	readonly highlight: readonly Id[];
	readonly selected: Id | null;
	/** The node whose leaf set is shown beside the ring, or null. */
	readonly sets: Id | null;
}

/** Failed nodes whose neighbourhood the lens opens up (more would distort the whole ring). */
const MAX_FAILED = 8;

/**
 * The ids the lens must keep apart, most important first, and which of them are hops of a message
 * (their gaps hold a hop badge, so they need more room than a label): first the route so far with
 * its key and root and the join message's route; then highlighted and selected nodes, and failed
 * nodes with the two live neighbours on each side that repair around them; last the leaf set shown
 * beside the ring.
 */
export function pointsOfInterest(
	s: Readonly<PastryState>,
	f: RingFocus
): { tiers: Id[][]; hops: Set<Id> } {
	const hops = new Set<Id>();
	if (f.route) {
		for (const id of f.route.path) hops.add(id);
		hops.add(f.route.key);
		if (f.route.root !== null) hops.add(f.route.root);
	}
	if (f.join) for (const id of [f.join.node, ...f.join.route]) hops.add(id);
	const marked: Id[] = f.highlight.filter((id) => nodeOf(s, id));
	if (f.selected !== null) marked.push(f.selected);
	const sorted = [...s.nodes].sort((a, b) => a.id - b.id);
	const failed = sorted.flatMap((n, i) => (n.alive ? [] : [i]));
	if (failed.length <= MAX_FAILED)
		for (const i of failed) {
			marked.push(sorted[i].id);
			for (const dir of [-1, 1])
				for (let k = 1, live = 0; live < 2 && k < sorted.length; k++) {
					const n = sorted[(i + dir * k + sorted.length) % sorted.length];
					if (!n.alive) continue;
					marked.push(n.id);
					live++;
				}
		}
	const owner = f.sets === null ? undefined : nodeOf(s, f.sets);
	const leaves = owner ? [owner.id, ...owner.leafSet.smaller, ...owner.leafSet.larger] : [];
	return { tiers: [[...hops], marked, leaves], hops };
}

/** The share of the ring the lens may take for its points beyond the message's hops. */
const BUDGET = 0.5;

/**
 * The lens for a ring of `radius` pixels: two consecutive hops of a message are at least 2.8em of
 * the ring apart (room for the hop's badge between them), any other two points of interest room
 * for their labels (see `labelGap`), the key (or the joining node) staying where it is. Less important points are
 * left out when they would need more than half the ring (a small ring, a large leaf set). The
 * identity when nothing crowds.
 */
export function pastryLens(
	s: Readonly<PastryState>,
	f: RingFocus,
	radius: number,
	fontPx: number
): CircleLens {
	const size = idSpaceSize(s.space);
	const { tiers, hops } = pointsOfInterest(s, f);
	const circumference = 2 * Math.PI * Math.max(1, radius);
	const wide = (2.8 * fontPx) / circumference;
	const hopTurns = new Set([...hops].map((id) => id / size));
	const gap = (a: number, b: number) =>
		hopTurns.has(a) && hopTurns.has(b)
			? wide
			: labelGap(a + ((((b - a) % 1) + 1) % 1) / 2, radius, fontPx, s.space.digits);
	let points: number[] = [];
	for (const [i, tier] of tiers.entries()) {
		const next = [...points, ...tier.map((id) => id / size)];
		if (i > 0 && points.length > 1 && neededTurns(next, gap) > BUDGET) break;
		points = next;
	}
	const anchor = f.route?.key ?? f.join?.node ?? f.highlight[0] ?? f.selected ?? 0;
	return spreadLens(points, gap, anchor / size);
}
