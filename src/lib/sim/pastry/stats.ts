import { idBits, Rng, SimError, validateIdSpace, type Id } from '../core';
import { idMath } from './idmath';
import { ConvergedOverlay, type ConvergedOptions } from './converged';
import type { FlatOverlay } from './flat';
import { joinedOverlay, type JoinCost } from './flatjoin';
import { emptyBatch, routeFlatBatchByRoot, type FlatBatch } from './flatbatch';
import { routeFlat, type FlatLookup } from './flatroute';
import { routeWithTimeouts, type TimeoutLookup } from './timeout';
import { NONE } from './overlay';
import { validateLeafSetSize, statisticsDigits } from './params';
import { randomNodeArrays } from './points';
import { repairedLeafSet, repairedNeighborhoodSet, tableReplacement } from './repair';
import { hopLimit } from './routing';

/** Options of a statistics run (§3.1 of the paper: b = 4, |L| = 16, |M| = 32). */
export interface PastryStatsOptions {
	readonly nodes: number;
	readonly lookups: number;
	readonly seed: string;
	readonly b?: number;
	/** Defaults to {@link statisticsDigits}(b): 13 hex digits, so ids do not collide at N = 10^6. */
	readonly digits?: number;
	readonly leafSetSize?: number;
	readonly neighborhoodSetSize?: number;
	/** Share of nodes that fail before the lookups (then leaf sets repair, tables lazily). */
	readonly fail?: number;
	/**
	 * 'nodes' (default): each lookup routes from a random live node to the nodeId of another random
	 * live node, as the paper's experiments route "between two Pastry nodes selected at random";
	 * 'random': to a uniformly random key.
	 */
	readonly keys?: 'nodes' | 'random';
	/**
	 * 'converged' (default): the global oracle of {@link ConvergedOverlay} (every cell the
	 * proximity-best of all N), failures known at once. 'joins': the network the join protocol builds
	 * ({@link joinedOverlay}), failures of routing-table entries found by timeouts
	 * ({@link routeWithTimeouts}).
	 */
	readonly build?: PastryBuild;
}

/** How the statistics' network is built. */
export type PastryBuild = 'converged' | 'joins';

/** Timeouts of a run without a failure oracle (`build: 'joins'`). */
export interface Timeouts {
	/** Sends to dead nodes over all lookups, each detected by a timeout. */
	readonly total: number;
	readonly perLookup: number;
	/** Mean hops with every timed-out send counted as one more hop (the message was sent). */
	readonly meanHopsWithTimeouts: number;
}

/** The figures of a statistics run. */
export interface PastryStats {
	readonly nodes: number;
	readonly lookups: number;
	readonly meanHops: number;
	readonly maxHops: number;
	/** Fraction of lookups that took 0, 1, 2, ... hops. */
	readonly hopHistogram: number[];
	/** Fraction of lookups delivered at the live node numerically closest to the key. */
	readonly deliveredToRoot: number;
	/** Mean number of routing-table entries per live node. */
	readonly meanTableEntries: number;
	/** Per row, the fraction of a live node's 2^b − 1 cells that hold an entry. */
	readonly rowOccupancy: number[];
	readonly failed: number;
	readonly repairs: { readonly leafSets: number; readonly tableEntries: number };
	/** §3.2's locality: the proximity distance routes travel against the direct distance. */
	readonly locality: Locality;
	readonly build: PastryBuild;
	/** Null for the converged network, whose failures are known at once. */
	readonly timeouts: Timeouts | null;
	/** What the joins cost; null for the converged network. */
	readonly joins: JoinCost | null;
}

/**
 * The locality figure of the paper's §3.2 (Fig. 6): the distance a message travels in the proximity
 * space along its route, relative to the distance from its source straight to the node that
 * delivers it. The paper reports Pastry's routes "only approximately 30% to 40% longer" than the
 * direct route (a relative distance of about 1.3 to 1.4) for 1,000 to 100,000 nodes placed at
 * random in a plane, b = 4, |L| = 16, |M| = 32.
 */
export interface Locality {
	/** Mean route distance over the lookups (unit square: a random pair is about 0.52 apart). */
	readonly routeDistance: number;
	/** Mean direct distance from source to the delivering node. */
	readonly directDistance: number;
	/** routeDistance / directDistance (1 when every route is direct). */
	readonly relativeDistance: number;
}

/** The paper's relative distance for Pastry (§3.2, Fig. 6): routes 30% to 40% longer than direct. */
export const PAPER_RELATIVE_DISTANCE = { low: 1.3, high: 1.4 } as const;

/** Validates the options; the shape of the network they describe. */
export function statisticsShape(o: PastryStatsOptions): ConvergedOptions {
	const b = o.b ?? 4;
	const space = validateIdSpace({ b, digits: o.digits ?? statisticsDigits(b) });
	const leafSetSize = o.leafSetSize ?? 16;
	validateLeafSetSize(leafSetSize);
	if (!Number.isInteger(o.nodes) || o.nodes < 1)
		throw new SimError(`N (the number of nodes) must be an integer of at least 1, got ${o.nodes}`);
	if (o.nodes > 2 ** idBits(space) / 2)
		throw new SimError(
			`${o.nodes} nodes are too many for ${idBits(space)}-bit ids; use more digits`
		);
	return { space, leafSetSize, neighborhoodSetSize: o.neighborhoodSetSize ?? 32 };
}

/** Validates the options and builds the converged network they describe. */
export function statisticsOverlay(o: PastryStatsOptions): ConvergedOverlay {
	const shape = statisticsShape(o);
	return new ConvergedOverlay(randomNodeArrays(o.nodes, shape.space, o.seed), shape);
}

/** Validates the options and builds the network by joins ({@link joinedOverlay}). */
export function joinedStatisticsOverlay(o: PastryStatsOptions): ReturnType<typeof joinedOverlay> {
	const shape = statisticsShape(o);
	return joinedOverlay(randomNodeArrays(o.nodes, shape.space, o.seed), shape);
}

/**
 * Fails `count` random nodes, then lets every live node whose leaf set lost a member repair it
 * (§2.5). Returns the number of leaf sets repaired.
 */
export function failNodes(overlay: FlatOverlay, count: number, rng: Rng): number {
	const order = new Int32Array(overlay.n).map((_, i) => i);
	for (let i = 0; i < count; i++) {
		const j = i + rng.int(overlay.n - i);
		const h = order[j];
		order[j] = order[i];
		order[i] = h;
		overlay.alive[h] = 0;
	}
	let repaired = 0;
	for (let h = 0; h < overlay.n; h++) {
		if (!overlay.isAlive(h)) continue;
		let damaged = false;
		for (const side of [0, 1] as const)
			for (let i = 0; i < overlay.leafCount(h, side); i++)
				if (!overlay.isAlive(overlay.leafAt(h, side, i))) damaged = true;
		if (!damaged) continue;
		const { smaller, larger } = repairedLeafSet(overlay, h);
		overlay.setLeafSet(h, smaller, larger);
		repaired++;
	}
	return repaired;
}

/** Neighbourhood-set maintenance (§2.5): a node whose neighbourhood set lost a member asks the
 * live members for theirs and keeps the |M| closest ({@link repairedNeighborhoodSet}). */
function repairNeighborhoodSets(overlay: FlatOverlay): void {
	for (let h = 0; h < overlay.n; h++) {
		if (!overlay.isAlive(h)) continue;
		let damaged = false;
		for (let i = 0; i < overlay.neighborCount(h); i++)
			if (!overlay.isAlive(overlay.neighborAt(h, i))) damaged = true;
		if (damaged) overlay.setNeighborhoodSet(h, repairedNeighborhoodSet(overlay, h).set);
	}
}

/** The live node numerically closest to `key` (binary search, then the nearest live on each side). */
export function liveRoot(overlay: FlatOverlay, key: Id): number {
	const { n, ids } = overlay;
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ids[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	let best = NONE;
	for (const dir of [1, -1]) {
		for (let k = 0; k < n; k++) {
			const h = ((((dir === 1 ? lo : lo - 1) + dir * k) % n) + n) % n;
			if (!overlay.isAlive(h)) continue;
			if (best === NONE || idMath(overlay.space).closer(key, ids[h], ids[best])) best = h;
			break;
		}
	}
	return best;
}

/** Counts routing-table entries and per-row occupancy over the live nodes. */
function occupancy(overlay: FlatOverlay): { mean: number; rows: number[] } {
	const { n, columns, rowStart, table, alive } = overlay;
	let deepest = 0;
	for (let h = 0; h < n; h++)
		if (alive[h] !== 0) deepest = Math.max(deepest, rowStart[h + 1] - rowStart[h]);
	// Per row, in one pass over the table: a typed counter a row, no array grown as it goes. An
	// empty cell holds NONE = −1, whose sign bit counts it without a branch, four cells a step when
	// a row has a multiple of four (b ≥ 2): half the time of a test per cell at N = 100,000.
	const filled = new Float64Array(deepest);
	const quads = columns % 4 === 0;
	let live = 0;
	for (let h = 0; h < n; h++) {
		if (alive[h] === 0) continue;
		live++;
		const rows = rowStart[h + 1] - rowStart[h];
		let cell = rowStart[h] * columns;
		for (let r = 0; r < rows; r++) {
			let empty = 0;
			const end = cell + columns;
			if (quads)
				for (; cell < end; cell += 4)
					empty +=
						(table[cell] >>> 31) +
						(table[cell + 1] >>> 31) +
						(table[cell + 2] >>> 31) +
						(table[cell + 3] >>> 31);
			else for (; cell < end; cell++) empty += table[cell] >>> 31;
			filled[r] += columns - empty;
		}
	}
	let total = 0;
	for (let r = 0; r < deepest; r++) total += filled[r];
	const rows = Array.from(filled, (f) => f / Math.max(1, live) / (columns - 1));
	return { mean: total / Math.max(1, live), rows };
}

/**
 * Reproduces the routing experiments of §3.1 (Fig. 4 and 5) over a converged network built with
 * {@link statisticsOverlay}, routing with the same Table 1 ({@link lookup}) as the browser model.
 * Dead routing-table entries met during the lookups are repaired lazily (§2.5).
 */
export function pastryStatistics(o: PastryStatsOptions): PastryStats {
	checkLookupOptions(o);
	if ((o.build ?? 'converged') === 'converged') return measureLookups(statisticsOverlay(o), o);
	const { overlay, cost } = joinedStatisticsOverlay(o);
	return { ...measureLookups(overlay, o), joins: cost };
}

function checkLookupOptions(o: PastryStatsOptions): void {
	if (!Number.isInteger(o.lookups) || o.lookups < 1)
		throw new SimError(`the number of lookups must be an integer of at least 1, got ${o.lookups}`);
	const fail = o.fail ?? 0;
	if (!(fail >= 0 && fail < 1))
		throw new SimError(`the failing share must be a number from 0 to below 1, got ${fail}`);
}

/**
 * The second half of {@link pastryStatistics}, on a network already built (so a benchmark can time
 * the build and the lookups apart): fails `o.fail` of the nodes, repairs, then routes `o.lookups`.
 */
export function measureLookups(overlay: FlatOverlay, o: PastryStatsOptions): PastryStats {
	checkLookupOptions(o);
	const fail = o.fail ?? 0;
	const count = Math.min(overlay.n - 1, Math.round(fail * overlay.n));
	const leafSets = count > 0 ? failNodes(overlay, count, Rng.stream(o.seed, 'fail')) : 0;
	const timeouts = (o.build ?? 'converged') === 'joins';
	if (timeouts && count > 0) repairNeighborhoodSets(overlay);
	const live: number[] = [];
	for (let h = 0; h < overlay.n; h++) if (overlay.isAlive(h)) live.push(h);
	const rng = Rng.stream(o.seed, 'lookups');
	const bits = idBits(overlay.space);
	const limit = hopLimit(overlay);
	const counts: number[] = [];
	let tableEntries = 0;
	let sum = 0;
	let atRoot = 0;
	let route = 0;
	let direct = 0;
	const repair = (node: number, row: number, column: number): void => {
		const { replacement } = tableReplacement(overlay, node, row, column);
		overlay.setEntry(node, row, column, replacement);
		tableEntries++;
	};
	const out: FlatLookup & TimeoutLookup = {
		at: NONE,
		hops: 0,
		lost: false,
		distance: 0,
		timeouts: 0
	};
	let timedOut = 0;
	const repaired = () => tableEntries++;
	// Every lookup's source, key and root first: routing draws nothing from `rng`, so this is the
	// order of the draws either way.
	const from = new Int32Array(o.lookups);
	const keys = new Float64Array(o.lookups);
	const roots = new Int32Array(o.lookups);
	for (let i = 0; i < o.lookups; i++) {
		const fromIndex = rng.int(live.length);
		from[i] = live[fromIndex];
		if ((o.keys ?? 'nodes') === 'nodes' && live.length > 1) {
			const j = rng.int(live.length - 1);
			roots[i] = live[j >= fromIndex ? j + 1 : j];
			keys[i] = overlay.idOf(roots[i]);
		} else {
			keys[i] = rng.bits(bits);
			roots[i] = liveRoot(overlay, keys[i]);
		}
	}
	/** One lookup after another, each free to repair what it finds dead (or to time out). */
	const oneByOne = (): FlatBatch => {
		const b = emptyBatch(o.lookups);
		for (let i = 0; i < o.lookups; i++) {
			const x = timeouts
				? routeWithTimeouts(overlay, from[i], keys[i], limit, out, repaired)
				: routeFlat(overlay, from[i], keys[i], limit, out, repair);
			if (timeouts) timedOut += out.timeouts;
			b.at[i] = x.at;
			b.hops[i] = x.hops;
			b.lost[i] = x.lost ? 1 : 0;
			b.distance[i] = x.distance;
		}
		return b;
	};
	// With every node alive no lookup repairs a table, so they can be routed interleaved, and in
	// any order: by root, for the cache (the tally below is in draw order either way).
	const r =
		count === 0 && !timeouts ? routeFlatBatchByRoot(overlay, from, keys, roots, limit) : oneByOne();
	for (let i = 0; i < o.lookups; i++) {
		counts[r.hops[i]] = (counts[r.hops[i]] ?? 0) + 1;
		sum += r.hops[i];
		if (r.lost[i] === 0 && r.at[i] === roots[i]) atRoot++;
		route += r.distance[i];
		direct += overlay.proximity(from[i], r.at[i]);
	}
	const { mean, rows } = occupancy(overlay);
	return {
		nodes: overlay.n,
		lookups: o.lookups,
		meanHops: sum / o.lookups,
		maxHops: counts.length - 1,
		hopHistogram: Array.from(counts, (c) => (c ?? 0) / o.lookups),
		deliveredToRoot: atRoot / o.lookups,
		meanTableEntries: mean,
		rowOccupancy: rows,
		failed: count,
		repairs: { leafSets, tableEntries },
		locality: {
			routeDistance: route / o.lookups,
			directDistance: direct / o.lookups,
			relativeDistance: direct > 0 ? route / direct : 1
		},
		build: o.build ?? 'converged',
		timeouts: timeouts
			? {
					total: timedOut,
					perLookup: timedOut / o.lookups,
					meanHopsWithTimeouts: (sum + timedOut) / o.lookups
				}
			: null,
		joins: null
	};
}
