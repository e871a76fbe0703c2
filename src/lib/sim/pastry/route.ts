import { formatId, keyFromName, parseId, SimError, type Id } from '../core';
import { idMath } from './idmath';
import { NONE } from './overlay';
import { tableReplacement } from './repair';
import { hopLimit, nextHop, type Decision, type DeadEntry } from './routing';
import { distance, isMember, nodeOf, rootOf, StateOverlay } from './state';
import type { Hop, PastryEvent } from './events';
import type { PastryNode, PastryState, RouteOperation } from './types';

/** The hop event of a forward decision. */
export function hopOf(
	s: Readonly<PastryState>,
	from: Id,
	to: Id,
	key: Id,
	d: Decision & { kind: 'forward' }
): Hop {
	return {
		from,
		to,
		key,
		rule: d.rule,
		row: d.row,
		column: d.column,
		shared: d.shared,
		sharedAfter: idMath(s.space).shl(to, key),
		distance: distance(nodeOf(s, from) as PastryNode, nodeOf(s, to) as PastryNode)
	};
}

/** Checks a key typed as a number: an integer of the id space. Text keys go through `parseId`. */
export function checkKey(s: Readonly<PastryState>, key: Id): void {
	if (!Number.isInteger(key) || key < 0 || key >= idMath(s.space).size)
		throw new SimError(
			`key ${key} is not an id of ${s.space.digits} digits in base ${2 ** s.space.b}; read typed keys with parseId`
		);
}

/** Checks that a lookup can start at `from`: a live node that has joined. */
export function checkRouteSource(s: Readonly<PastryState>, from: Id): void {
	const node = nodeOf(s, from);
	if (!node) throw new SimError(`there is no node ${formatId(from, s.space)} to route from`);
	if (!node.alive)
		throw new SimError(`node ${formatId(from, s.space)} cannot route: it has failed`);
	if (!node.joined)
		throw new SimError(`node ${formatId(from, s.space)} cannot route: it has not joined yet`);
}

/**
 * Lazy repair of a dead routing-table entry met while routing (§2.5): the replacement, if any, is
 * asked of the other entries of the same row, then of later rows.
 */
export function repairDeadEntry(s: PastryState, node: Id, dead: DeadEntry): PastryEvent {
	const r = tableReplacement(new StateOverlay(s), node, dead.row, dead.column);
	const owner = nodeOf(s, node) as PastryNode;
	const cell = dead.row * 2 ** s.space.b + dead.column;
	const replacement = r.replacement === NONE ? null : r.replacement;
	owner.routingTable[cell] = replacement;
	owner.supplier[cell] = replacement === null ? null : r.supplier;
	owner.filledAt[cell] = replacement === null ? null : s.step;
	return {
		type: 'table-entry-repaired',
		node,
		row: dead.row,
		column: dead.column,
		failed: dead.failed,
		replacement,
		supplier: replacement === null ? null : r.supplier,
		asked: r.asked
	};
}

function delivered(s: Readonly<PastryState>, op: RouteOperation): PastryEvent {
	op.status = 'done';
	return {
		type: 'route-delivered',
		key: op.key,
		at: op.at,
		root: rootOf(s, op.key) as Id,
		path: op.path.slice(),
		correct: op.at === rootOf(s, op.key)
	};
}

/** True when the node holding the message would deliver it (no further hop). */
function deliversAt(s: Readonly<PastryState>, node: Id, key: Id): boolean {
	return nextHop(new StateOverlay(s), node, key).kind === 'deliver';
}

/** The lookup starts at its source; a source that is the key's root delivers at once. */
export function startRoute(s: PastryState, op: RouteOperation): PastryEvent[] {
	op.status = 'travelling';
	if (!isMember(nodeOf(s, op.from))) {
		op.status = 'done';
		return [{ type: 'route-lost', key: op.key, at: op.from, reason: 'node-failed' }];
	}
	const root = rootOf(s, op.key) as Id;
	const events: PastryEvent[] = [
		{ type: 'route-started', from: op.from, key: op.key, name: op.name, root }
	];
	if (deliversAt(s, op.at, op.key)) events.push(delivered(s, op));
	return events;
}

/**
 * One hop of a lookup by Table 1 ({@link nextHop}); a dead table entry met on the way is repaired
 * and routed around. The hop that reaches the delivering node also reports the delivery.
 */
export function routeStep(s: PastryState, op: RouteOperation): PastryEvent[] {
	const holder = nodeOf(s, op.at);
	if (!holder || !holder.alive) {
		op.status = 'done';
		return [{ type: 'route-lost', key: op.key, at: op.at, reason: 'node-failed' }];
	}
	const events: PastryEvent[] = [];
	const d = nextHop(new StateOverlay(s), op.at, op.key);
	if (d.dead) events.push(repairDeadEntry(s, op.at, d.dead));
	if (d.kind === 'deliver') return [...events, delivered(s, op)];
	events.push({ type: 'route-hop', hop: hopOf(s, op.at, d.to, op.key, d) });
	op.at = d.to;
	op.path.push(d.to);
	if (deliversAt(s, op.at, op.key)) events.push(delivered(s, op));
	else if (op.path.length > hopLimit(new StateOverlay(s))) {
		op.status = 'done';
		events.push({ type: 'route-lost', key: op.key, at: op.at, reason: 'too-many-hops' });
	}
	return events;
}

/**
 * A key as a user types it: hexadecimal digits (checked by `parseId`, whose message names the
 * problem: a non-hex character, the wrong length), or with `asName` the SHA-1 of a name.
 */
export function parseKey(
	s: Readonly<PastryState>,
	text: string,
	asName = false
): { key: Id; name?: string } {
	return asName ? { key: keyFromName(text, s.space), name: text } : { key: parseId(text, s.space) };
}
