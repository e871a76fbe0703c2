import type { IdSpace } from '../core';
import { idMath } from './idmath';
import { FlatOverlay, sortedNodes, type NodeArrays } from './flat';
import { PointGrid } from './spatial';
import { fillConvergedTable, sharedWithNext } from './tablefill';

export type { NodeArrays } from './flat';

/** The shape of a converged network. */
export interface ConvergedOptions {
	readonly space: IdSpace;
	readonly leafSetSize: number;
	readonly neighborhoodSetSize: number;
}

/**
 * The state Pastry converges to once every join has completed and every node has learnt the whole
 * network, built directly in a {@link FlatOverlay} (for N up to 10^6): leaf sets are the |L|/2
 * neighbours on each side of the sorted ids; each routing-table cell (r, c) holds the
 * proximity-closest of all nodes sharing the owner's first r digits and having digit c at position r
 * (§2.5's locality property, the rule the message-level joins follow with the nodes they know; see
 * {@link fillConvergedTable}); the neighbourhood set holds the |M| proximity-closest nodes, found
 * when first consulted (only the rare case of Table 1 reads it). This is the global oracle of
 * `sim pastry stats --build converged`.
 */
export class ConvergedOverlay extends FlatOverlay {
	private everyone: PointGrid | null = null;

	constructor(nodes: NodeArrays, options: ConvergedOptions) {
		const sorted = sortedNodes(nodes);
		const { ids } = sorted;
		const n = ids.length;
		for (let i = 1; i < n; i++)
			if (ids[i] === ids[i - 1]) throw new RangeError(`nodeId ${ids[i]} appears twice`);
		const next = sharedWithNext(ids, idMath(options.space));
		// Node h needs the rows up to the longest prefix it shares with an id neighbour.
		super(sorted, options, (h) => Math.max(h > 0 ? next[h - 1] : -1, h < n - 1 ? next[h] : -1) + 1);
		const L = this.leafSetSize;
		const half = L / 2;
		const perSide = Math.min(half, n - 1);
		const { leaves } = this;
		for (let h = 0; h < n; h++) {
			const base = h * L;
			if (h >= perSide && h + perSide < n)
				for (let i = 0; i < perSide; i++) {
					leaves[base + i] = h - 1 - i;
					leaves[base + half + i] = h + 1 + i;
				}
			else
				for (let i = 0; i < perSide; i++) {
					leaves[base + i] = (h - 1 - i + n) % n;
					leaves[base + half + i] = (h + 1 + i) % n;
				}
			this.leafCounts[2 * h] = this.leafCounts[2 * h + 1] = perSide;
			this.refreshHead(h);
		}
		fillConvergedTable(this, next);
		this.neighborCounts.fill(-1);
	}

	override neighborCount(node: number): number {
		if (this.neighborCounts[node] < 0) this.findNeighbors(node);
		return this.neighborCounts[node];
	}
	override neighborAt(node: number, i: number): number {
		if (this.neighborCounts[node] < 0) this.findNeighbors(node);
		return this.neighbors[node * this.neighborhoodSetSize + i];
	}

	/** The |M| proximity-closest nodes of `node`, found on first use (the rare case needs few). */
	private findNeighbors(node: number): void {
		const size = this.neighborhoodSetSize;
		this.everyone ??= new PointGrid(
			this.xs,
			this.ys,
			Int32Array.from({ length: this.n }, (_, i) => i)
		);
		const near = size > 0 ? this.everyone.kNearest(this.xs[node], this.ys[node], size, node) : [];
		this.setNeighborhoodSet(node, near);
	}
}
