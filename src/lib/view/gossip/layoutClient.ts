import type { GraphData } from './graphData';
import type { Point, RunOf } from './layout';
import { layoutFor, rememberedLayout, rememberLayout } from './layoutCache';
import type { LayoutRequest } from './layout.worker';

/** Graphs up to this many drawn nodes are laid out on the page; larger ones in the worker. */
export const ON_PAGE_UP_TO = 300;

let worker: Worker | null = null;
let next = 1;
const waiting = new Map<number, (xy: Float64Array) => void>();

function layoutWorker(): Worker | null {
	if (worker || typeof Worker === 'undefined') return worker;
	worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (e: MessageEvent<{ id: number; xy: Float64Array }>) => {
		waiting.get(e.data.id)?.(e.data.xy);
		waiting.delete(e.data.id);
	};
	return worker;
}

/**
 * The layout of a state, at once when it is remembered or small (or workers are unavailable),
 * else a promise of it from the layout worker: the page keeps animating while it is computed.
 */
export function layoutOf(s: RunOf, g: GraphData): Map<number, Point> | Promise<Map<number, Point>> {
	const known = rememberedLayout(s, g);
	if (known) return known;
	const w = g.nodes.length > ON_PAGE_UP_TO ? layoutWorker() : null;
	if (!w) return layoutFor(s, g);
	const id = next++;
	const request: LayoutRequest = { id, run: { params: s.params, seed: s.seed }, graph: g };
	return new Promise((resolve) => {
		waiting.set(id, (xy) => {
			const ids = [...g.nodes, ...g.ghosts];
			const positions = new Map(ids.map((v, i) => [v, { x: xy[2 * i], y: xy[2 * i + 1] }]));
			rememberLayout(s, g, positions);
			resolve(positions);
		});
		w.postMessage(request);
	});
}
