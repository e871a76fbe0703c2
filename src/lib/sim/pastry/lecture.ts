import { SimError, type Id } from '../core';
import { emptyPastry, formedPastry } from './build';
import { PASTRY_DEFAULTS } from './params';
import { drawNodes, placementStreams } from './points';
import type { PastryCommand, PastryParams, PastryState, PlacedNode, Point } from './types';

/** The lecture's example: node 65a1fc routes key d46a1c ("Pastry: Routing", the slide's example). */
export const LECTURE_ROUTE = {
	from: 0x65a1fc,
	key: 0xd46a1c,
	path: [0x65a1fc, 0xd13da3, 0xd4213f, 0xd462ba, 0xd467c4]
} as const;

/**
 * The lecture's nodes and their places in the proximity plane. The places make the proximity rule
 * (a cell holds the proximity-closest eligible node, §2.5) pick the slide's route:
 * - d13da3 sits 0.036 from 65a1fc, and no other node with first digit d is nearer (random nodes keep
 *   out of a disc of radius {@link LECTURE_CAMPUS_RADIUS} around 65a1fc), so 65a1fc's cell (0, d) is d13da3;
 * - d4213f is the d4… node nearest to d13da3 (0.078), so d13da3's cell (1, 4) is d4213f;
 * - d462ba is the d46… node nearest to d4213f (0.16, against 0.54 for d467c4), so d4213f's cell
 *   (2, 6) is d462ba; each hop travels farther than the one before, as the paper's locality predicts.
 * The seven d42…–d45… nodes lie numerically between d4213f and d462ba: with |L| = 16 they fill
 * d4213f's larger leaf half before d46a1c, so the key is outside d4213f's leaf set and the routing
 * table, not the leaf set, takes the third hop. d462ba's leaf set holds d467c4 and d471f1 on either
 * side of d46a1c, and delivers to d467c4, the numerically closest. They sit far from the route.
 * No random node takes an id d4…, so the slide's nodes alone decide these hops.
 */
export const LECTURE_NODES: readonly PlacedNode[] = [
	{ id: 0x65a1fc, x: 0.18, y: 0.62 },
	{ id: 0xd13da3, x: 0.21, y: 0.6 },
	{ id: 0xd4213f, x: 0.27, y: 0.55 },
	{ id: 0xd462ba, x: 0.4, y: 0.45 },
	{ id: 0xd467c4, x: 0.72, y: 0.25 },
	{ id: 0xd471f1, x: 0.85, y: 0.7 },
	{ id: 0xd42a9b, x: 0.62, y: 0.9 },
	{ id: 0xd42f50, x: 0.9, y: 0.4 },
	{ id: 0xd4305e, x: 0.55, y: 0.08 },
	{ id: 0xd43c17, x: 0.95, y: 0.92 },
	{ id: 0xd44871, x: 0.78, y: 0.55 },
	{ id: 0xd451c0, x: 0.66, y: 0.66 },
	{ id: 0xd45e2d, x: 0.93, y: 0.12 }
];

/** Radius of the disc around 65a1fc that random nodes keep out of. */
export const LECTURE_CAMPUS_RADIUS = 0.1;

/** The lecture's id space and parameters: 6 hex digits, |L| = 16, |M| = 32, 300 nodes in all. */
export const LECTURE_PARAMS: PastryParams = { ...PASTRY_DEFAULTS, b: 4, digits: 6, nodes: 300 };

function lectureParams(overrides: Partial<PastryParams>): PastryParams {
	const params = { ...LECTURE_PARAMS, ...overrides };
	if (params.b !== 4 || params.digits !== 6)
		throw new SimError('the lecture scenario uses the slide ids: b = 4 and 6 hexadecimal digits');
	if (params.nodes < LECTURE_NODES.length)
		throw new SimError(`the lecture scenario needs at least ${LECTURE_NODES.length} nodes`);
	return params;
}

/** The lecture's nodes plus seeded random ones, N in all (random ones first, in drawing order). */
function lectureNodes(params: PastryParams, seed: string) {
	const streams = placementStreams(seed);
	const taken = new Set<Id>(LECTURE_NODES.map((n) => n.id));
	const home = LECTURE_NODES[0];
	const random = drawNodes(
		streams,
		{ b: params.b, digits: params.digits },
		params.nodes - LECTURE_NODES.length,
		taken,
		(id) => id >= 0xd40000 && id <= 0xd4ffff,
		(p: Point) => Math.hypot(p.x - home.x, p.y - home.y) < LECTURE_CAMPUS_RADIUS
	);
	return { streams, nodes: [...random, ...LECTURE_NODES] };
}

/**
 * The lecture's figure. `growing: false` (default): all N nodes have joined and converged, ready for
 * the route of d46a1c from 65a1fc (the script's only command). `growing: true`: the network starts
 * empty and the script adds the same nodes one join at a time (random ones first, the slide's nodes
 * last, 65a1fc the very last so its table fills in at the end), then routes d46a1c from 65a1fc; the
 * route then follows whatever tables the joins built.
 */
export function lectureScenario(
	seed = 'lecture',
	options: { growing?: boolean; params?: Partial<PastryParams> } = {}
): PastryState {
	const params = lectureParams(options.params ?? {});
	const { streams, nodes } = lectureNodes(params, seed);
	const route: PastryCommand = { type: 'route', from: LECTURE_ROUTE.from, key: LECTURE_ROUTE.key };
	if (!options.growing) {
		const s = formedPastry(params, seed, nodes, streams);
		s.script = [route];
		return s;
	}
	const s = emptyPastry(params, seed, streams);
	const order = [...nodes.slice(0, -LECTURE_NODES.length), ...LECTURE_NODES.slice().reverse()];
	s.script = [...order.map((n): PastryCommand => ({ type: 'add-node', ...n })), route];
	return s;
}
