import {
	closestTo,
	formatId,
	idBits,
	integer,
	keyFromName,
	Rng,
	SimError,
	validateIdSpace,
	type Id,
	type Model
} from '../core';
import type { KeyMove, RingCommand, RingEvent, RingParams, RingState } from './types';

/** Limits of the playground's parameters, shared by the UI, the URL and the command line. */
export const RING_LIMITS = {
	digits: { min: 1, max: 13 },
	nodes: { min: 0, max: 4096 },
	keys: { min: 0, max: 4096 }
} as const;

/** The playground's defaults: 16 nodes and 8 keys on 6 hexadecimal digits. */
export const RING_DEFAULTS: RingParams = { digits: 6, nodes: 16, keys: 8 };

/** The root of `key`: the live node numerically closest to it (ties to the smaller id). */
export function rootOf(state: Readonly<RingState>, key: Id): Id | null {
	return closestTo(key, state.nodes, state.space) ?? null;
}

/** A fresh ring: no nodes, no keys, the stream seeded with `seed`. */
export function initRing(params: RingParams, seed: string): RingState {
	const space = validateIdSpace({ b: 4, digits: params.digits });
	for (const name of ['nodes', 'keys'] as const) {
		const { min, max } = RING_LIMITS[name];
		integer(name, params[name], min, max);
	}
	if (params.nodes > 2 ** idBits(space))
		throw new SimError(`${params.nodes} nodes do not fit in ${params.digits} hex digits`);
	return {
		space,
		params: { ...params },
		nodes: [],
		keys: [],
		added: { nodes: 0, keys: 0 },
		steps: 0,
		rng: Rng.stream(seed, 'ring')
	};
}

function insertSorted(ids: Id[], id: Id): void {
	let i = ids.length;
	while (i > 0 && ids[i - 1] > id) i--;
	ids.splice(i, 0, id);
}

function rootsOf(state: Readonly<RingState>): Map<Id, Id | null> {
	return new Map(state.keys.map((k) => [k.id, rootOf(state, k.id)]));
}

function movesBetween(before: Map<Id, Id | null>, state: Readonly<RingState>): KeyMove[] {
	const moved: KeyMove[] = [];
	for (const [key, from] of before) {
		const to = rootOf(state, key);
		if (to !== from) moved.push({ key, from, to });
	}
	return moved;
}

function freshNodeId(state: RingState): Id {
	const bits = idBits(state.space);
	for (;;) {
		const id = state.rng.bits(bits);
		if (!state.nodes.includes(id)) return id;
	}
}

/**
 * The DHT identifier space (the lecture's "Mapping" and "Identifier space" slides): nodes and keys
 * share one circular id space and each key belongs to the numerically closest node. Adding or removing
 * a node only moves the keys next to it.
 */
export const ringModel: Model<RingState, RingCommand, RingEvent> = {
	name: 'ring',

	clone(s) {
		return {
			...s,
			nodes: s.nodes.slice(),
			keys: s.keys.slice(),
			added: { ...s.added },
			rng: s.rng.clone()
		};
	},

	next(s) {
		if (s.added.nodes < s.params.nodes && s.nodes.length < 2 ** idBits(s.space))
			return { type: 'add-node', auto: true };
		if (s.added.keys < s.params.keys) return { type: 'add-key', auto: true };
		return null;
	},

	apply(s, c) {
		switch (c.type) {
			case 'add-node': {
				if (c.id !== undefined && s.nodes.includes(c.id))
					throw new SimError(`node ${formatId(c.id, s.space)} is already in the ring`);
				if (c.id === undefined && s.nodes.length >= 2 ** idBits(s.space))
					throw new SimError('every id of the space is taken');
				const id = c.id ?? freshNodeId(s);
				checkInSpace(s, id);
				const before = rootsOf(s);
				insertSorted(s.nodes, id);
				if (c.auto) s.added.nodes++;
				s.steps++;
				return [{ type: 'node-added', id, moved: movesBetween(before, s) }];
			}
			case 'add-key': {
				const id =
					c.id ??
					(c.name !== undefined ? keyFromName(c.name, s.space) : s.rng.bits(idBits(s.space)));
				checkInSpace(s, id);
				if (s.keys.some((k) => k.id === id))
					throw new SimError(`key ${formatId(id, s.space)} is already stored`);
				s.keys.push(c.name !== undefined ? { id, name: c.name } : { id });
				if (c.auto) s.added.keys++;
				s.steps++;
				return [{ type: 'key-added', key: id, name: c.name, root: rootOf(s, id) }];
			}
			case 'remove-node': {
				const i = s.nodes.indexOf(c.id);
				if (i < 0) throw new SimError(`there is no node ${formatId(c.id, s.space)} to remove`);
				const before = rootsOf(s);
				s.nodes.splice(i, 1);
				s.steps++;
				return [{ type: 'node-removed', id: c.id, moved: movesBetween(before, s) }];
			}
			case 'remove-key': {
				const i = s.keys.findIndex((k) => k.id === c.id);
				if (i < 0) throw new SimError(`there is no key ${formatId(c.id, s.space)} to remove`);
				s.keys.splice(i, 1);
				s.steps++;
				return [{ type: 'key-removed', key: c.id }];
			}
		}
	},

	round(s) {
		return s.steps;
	}
};

function checkInSpace(s: RingState, id: Id): void {
	if (!Number.isInteger(id) || id < 0 || id >= 2 ** idBits(s.space))
		throw new SimError(`id ${id} is outside the ${s.space.digits}-digit id space`);
}
