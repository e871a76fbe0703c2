import { SimError } from '../core';
import { csrFromLists, undirected } from '../core/graph';
import { interestGrid } from './interest';
import { queryRates } from './popularity';
import { holdingLists } from './replication';
import type { Cell, OverlayKind, SearchNetwork } from './types';

/** An object of a hand-made network and the nodes that hold it. */
export interface CustomObject {
	readonly name: string;
	readonly keywords?: readonly string[];
	readonly year?: number;
	/** Defaults to the cell of its first holder. */
	readonly cell?: Cell;
	readonly holders: readonly number[];
}

/**
 * A hand-made network for lessons and tests: the given neighbour lists (made undirected and
 * simple), objects on exactly the given nodes, and node v's interest cell (v mod width, ⌊v/width⌋).
 * It has no Pastry state, so only flooding, expanding ring, walkers and (as `tman`) greedy run on it.
 */
export function customNetwork(options: {
	readonly lists: readonly (readonly number[])[];
	readonly objects: readonly CustomObject[];
	readonly overlay?: Exclude<OverlayKind, 'pastry'>;
	readonly width?: number;
	readonly seed?: string;
}): SearchNetwork {
	const n = options.lists.length;
	if (n < 2) throw new SimError(`a network needs at least 2 nodes, got ${n}`);
	const width = options.width ?? interestGrid(n).width;
	if (!Number.isInteger(width) || width < 1)
		throw new SimError(`the grid width must be a positive integer, got ${width}`);
	const graph = undirected(csrFromLists(options.lists.map((l) => [...l])));
	options.objects.forEach((o) => {
		if (o.holders.length === 0) throw new SimError(`object "${o.name}" needs at least one holder`);
		for (const v of o.holders)
			if (!Number.isInteger(v) || v < 0 || v >= n)
				throw new SimError(`holder ${v} of "${o.name}" is not a node`);
	});
	const { holders, holdings } = holdingLists(
		n,
		options.objects.map((o) => [...new Set(o.holders)])
	);
	const per = Math.max(1, ...options.objects.map((o) => o.holders.length));
	const overlay = options.overlay ?? 'random';
	return {
		spec: {
			overlay,
			nodes: n,
			degree: null,
			replication: per / n,
			objects: options.objects.length,
			placement: 'uniform',
			allocation: 'uniform',
			popularity: 'uniform',
			zipfAlpha: null,
			rounds: null,
			randomLinks: 0,
			seed: options.seed ?? 'custom'
		},
		n,
		graph,
		width,
		height: Math.ceil(n / width),
		objects: options.objects.map((o, index) => ({
			index,
			name: o.name,
			keywords: o.keywords ?? [],
			year: o.year ?? 2000,
			cell: o.cell ?? { x: o.holders[0] % width, y: Math.floor(o.holders[0] / width) }
		})),
		replicas: per,
		totalReplicas: holders.targets.length,
		queryRates: queryRates(options.objects.length, 'uniform', 0),
		queryCdf: null,
		holders,
		holdings,
		pastry: null,
		meanDegree: graph.targets.length / n
	};
}
