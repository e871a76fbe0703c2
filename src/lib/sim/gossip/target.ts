import { gridWidth } from './distance';
import { inputStride, type MetricsInput } from './liveGraph';
import { LIVE } from './types';

/**
 * Fraction of the target topology's directed (node, neighbour) pairs found in the views, the
 * neighbours as `targetNeighbours` defines them (each node's view marked once, no lists built).
 */
export function targetEdgesFound(s: Readonly<MetricsInput>): number | null {
	const target = s.params.target;
	if (!target) return null;
	const stride = inputStride(s);
	const { status, viewIds, viewLength, size } = s;
	const mark = new Int32Array(size).fill(-1);
	const alive = new Int32Array(s.live);
	let m = 0;
	for (let v = 0; v < size; v++) if (status[v] === LIVE) alive[m++] = v;
	let total = 0;
	let found = 0;
	const markView = (v: number) => {
		for (let j = v * stride, end = j + viewLength[v]; j < end; j++) mark[viewIds[j]] = v;
	};
	if (target === 'grid') {
		const w = gridWidth(s.params.nodes);
		const ok = (u: number) => u >= 0 && u < size && status[u] === LIVE;
		for (let i = 0; i < m; i++) {
			const v = alive[i];
			const x = v % w;
			markView(v);
			for (const u of [x > 0 ? v - 1 : -1, x < w - 1 ? v + 1 : -1, v - w, v + w])
				if (u >= 0 && ok(u)) {
					total++;
					if (mark[u] === v) found++;
				}
		}
	} else {
		const wrap = target === 'ring';
		for (let i = 0; i < m; i++) {
			const v = alive[i];
			const prev = i > 0 ? alive[i - 1] : wrap ? alive[m - 1] : -1;
			const next = i < m - 1 ? alive[i + 1] : wrap ? alive[0] : -1;
			const hasPrev = prev >= 0 && prev !== v;
			const hasNext = next >= 0 && next !== v && next !== prev;
			if (!hasPrev && !hasNext) continue;
			markView(v);
			if (hasPrev) {
				total++;
				if (mark[prev] === v) found++;
			}
			if (hasNext) {
				total++;
				if (mark[next] === v) found++;
			}
		}
	}
	return total === 0 ? 1 : found / total;
}
