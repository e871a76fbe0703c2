/// <reference lib="webworker" />
import type { GraphData } from './graphData';
import type { RunOf } from './layout';
import { layoutFor } from './layoutCache';

/** A layout asked of the worker: the run and the graph drawn now. */
export interface LayoutRequest {
	readonly id: number;
	readonly run: RunOf;
	readonly graph: GraphData;
}

/**
 * Computes force layouts off the page's thread, so the 1,000-node graph keeps animating while the
 * next state is laid out. The same code as on the page, hence the same positions to the bit; they
 * come back as (x, y) pairs in the order of the graph's nodes, then its ghosts.
 */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
	const { id, run, graph } = event.data;
	const positions = layoutFor(run, graph);
	const ids = [...graph.nodes, ...graph.ghosts];
	const xy = new Float64Array(2 * ids.length);
	ids.forEach((v, i) => {
		const p = positions.get(v) ?? { x: 0, y: 0 };
		xy[2 * i] = p.x;
		xy[2 * i + 1] = p.y;
	});
	self.postMessage({ id, xy }, [xy.buffer]);
};
