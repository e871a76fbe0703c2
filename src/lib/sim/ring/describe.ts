import { formatId, type IdSpace } from '../core';
import type { KeyMove, RingEvent } from './types';

function moves(moved: readonly KeyMove[], space: IdSpace): string {
	if (moved.length === 0) return 'No key changes root.';
	const list = moved.map((m) => formatId(m.key, space)).join(', ');
	return moved.length === 1
		? `Key ${list} moves to its new root.`
		: `Keys ${list} move to their new roots.`;
}

/** One sentence per event, for the live region and for anyone who missed the animation. */
export function describeRingEvent(e: RingEvent, space: IdSpace): string {
	const id = (x: number | null) => (x === null ? 'nobody' : formatId(x, space));
	switch (e.type) {
		case 'node-added':
			return `Node ${id(e.id)} joins the ring. ${moves(e.moved, space)}`;
		case 'node-removed':
			return `Node ${id(e.id)} leaves the ring. ${moves(e.moved, space)}`;
		case 'key-added':
			return `Key ${id(e.key)}${e.name !== undefined ? ` (SHA-1 of "${e.name}")` : ''} is stored at its root, node ${id(e.root)}, the numerically closest.`;
		case 'key-removed':
			return `Key ${id(e.key)} is deleted.`;
	}
}
