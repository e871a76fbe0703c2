import type { RingState } from '$lib/sim/ring';
import { labelAnchor, polar, visibleLabels, type Point } from './geometry';

/** How the identifier-space view places things: angles through its lens, radii, font, id text. */
export interface RingFrame {
	readonly angle: (id: number) => number;
	readonly center: Point;
	readonly radius: number;
	readonly keyRadius: number;
	readonly fontPx: number;
	readonly hex: (id: number) => string;
}

/**
 * Where the labels of the identifier-space view go: nodes' outside the ring, keys' (under -1 - id)
 * inside the keys' ring, marked ones first and always shown; a label that would overlap steps one
 * line away from its ring (with few labels) or is left out.
 */
export function identifierLabels(
	ring: Readonly<RingState>,
	f: RingFrame,
	marked: readonly number[]
): Map<number, Point> {
	const nodes = ring.nodes.map((id) => ({
		id,
		...polar(f.center, f.radius + 22, f.angle(id)),
		anchor: labelAnchor(f.angle(id)),
		text: f.hex(id),
		priority: marked.includes(id)
	}));
	const keys = ring.keys.map((k) => ({
		id: -1 - k.id,
		...polar(f.center, f.keyRadius - 24, f.angle(k.id)),
		anchor: labelAnchor(f.angle(k.id) + Math.PI),
		text: k.name ?? f.hex(k.id),
		priority: marked.includes(k.id)
	}));
	return visibleLabels(
		[...nodes, ...keys],
		f.fontPx,
		(l, k) => {
			// Nodes' labels step away from the ring, keys' toward the centre.
			const key = l.id < 0;
			const a = f.angle(key ? -1 - l.id : l.id);
			const out = (Math.sin(a) >= 0 ? 1 : -1) * (key ? -1 : 1);
			return { x: l.x, y: l.y + out * k * f.fontPx * 1.15 };
		},
		nodes.length + keys.length <= 96 ? 1 : 0
	);
}
