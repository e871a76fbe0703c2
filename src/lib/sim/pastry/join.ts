import type { Id } from '../core';
import { nextHop } from './routing';
import { distance, isMember, nodeOf, StateOverlay } from './state';
import type { PastryEvent } from './events';
import type { JoinOperation, PastryNode, PastryState } from './types';
import {
	knownIds,
	offerAllToTable,
	offerToLeafSet,
	offerToNeighborhoodSet,
	offerToTable
} from './update';
import { hopOf } from './route';

/** The proximity-closest member to `x`: the nearby node A a new node contacts (§2.4). */
export function nearbyNode(s: Readonly<PastryState>, x: PastryNode): Id | null {
	let best: PastryNode | null = null;
	for (const n of s.nodes)
		if (isMember(n) && n !== x && (best === null || distance(x, n) < distance(x, best))) best = n;
	return best ? best.id : null;
}

/**
 * First message of a join (§2.4): X asks the nearby node A to route a join message to X's own id.
 * In an empty network X is alone and has joined at once.
 */
export function startJoin(s: PastryState, op: JoinOperation): PastryEvent[] {
	const x = nodeOf(s, op.node) as PastryNode;
	const chosen = op.via !== null && isMember(nodeOf(s, op.via)) ? op.via : nearbyNode(s, x);
	op.via = chosen;
	if (chosen === null) {
		x.joined = true;
		op.phase = 'inform';
		return [
			{ type: 'join-started', node: x.id, via: null, distance: 0 },
			{ type: 'node-joined', node: x.id, informed: 0 }
		];
	}
	op.phase = 'route';
	op.route = [chosen];
	op.next = 'row';
	const a = nodeOf(s, chosen) as PastryNode;
	return [{ type: 'join-started', node: x.id, via: chosen, distance: distance(x, a) }];
}

/** What B_i sends after its row (and, for A, its neighbourhood set): the join message onwards, or,
 * when it is the numerically closest node Z, its leaf set. */
function afterRow(s: Readonly<PastryState>, op: JoinOperation): JoinOperation['next'] {
	const b = op.route[op.route.length - 1];
	return nextHop(new StateOverlay(s), b, op.node).kind === 'forward' ? 'forward' : 'leaf-set';
}

/**
 * One message of the join route (§2.4), B_i being the i-th node the join message reached (B_0 = A):
 * B_i sends X its row i ('row'); A also sends its neighbourhood set ('neighborhood'); B_i forwards
 * the join message by Table 1 towards X's id ('forward'); the last node Z, numerically closest to X,
 * sends its leaf set instead ('leaf-set'). X offers every node it receives to its own state.
 */
export function joinRouteStep(s: PastryState, op: JoinOperation): PastryEvent[] {
	const x = nodeOf(s, op.node) as PastryNode;
	const i = op.route.length - 1;
	const b = nodeOf(s, op.route[i]) as PastryNode;
	switch (op.next) {
		case 'row': {
			const columns = 2 ** s.space.b;
			const row = b.routingTable.slice(i * columns, (i + 1) * columns).filter((e) => e !== null);
			const cells = offerAllToTable(s, x, [...row, b.id], b.id);
			op.next = i === 0 ? 'neighborhood' : afterRow(s, op);
			return [{ type: 'join-row-copied', from: b.id, to: x.id, index: i, row: i, cells }];
		}
		case 'neighborhood': {
			offerToNeighborhoodSet(s, x, [...b.neighborhoodSet, b.id]);
			const cells = offerAllToTable(s, x, x.neighborhoodSet, b.id);
			op.next = afterRow(s, op);
			const neighborhoodSet = x.neighborhoodSet.slice();
			return [{ type: 'join-neighborhood-copied', from: b.id, to: x.id, neighborhoodSet, cells }];
		}
		case 'forward': {
			const d = nextHop(new StateOverlay(s), b.id, x.id);
			if (d.kind !== 'forward') throw new Error('the join route changed under a step');
			op.route.push(d.to);
			op.next = 'row';
			return [{ type: 'join-hop', node: x.id, hop: hopOf(s, b.id, d.to, x.id, d) }];
		}
		case 'leaf-set': {
			offerToLeafSet(s, x, [...b.leafSet.smaller, ...b.leafSet.larger, b.id]);
			const cells = offerAllToTable(s, x, [...x.leafSet.smaller, ...x.leafSet.larger], b.id);
			op.phase = 'inform';
			op.inform = knownIds(s, x);
			const { smaller, larger } = x.leafSet;
			return [
				{
					type: 'join-leaf-set-copied',
					from: b.id,
					to: x.id,
					smaller: smaller.slice(),
					larger: larger.slice(),
					cells
				}
			];
		}
	}
}

/**
 * X informs one node Y of its arrival (§2.4: "X informs any nodes that need to be aware of its
 * arrival"): Y offers X to its routing table, leaf set and neighbourhood set. After the last one X
 * has joined.
 */
export function joinInformStep(s: PastryState, op: JoinOperation): PastryEvent[] {
	const x = nodeOf(s, op.node) as PastryNode;
	const events: PastryEvent[] = [];
	const y = nodeOf(s, op.inform[op.informed]);
	op.informed++;
	if (y && y.alive) {
		const fill = offerToTable(s, y, x.id, x.id);
		events.push({
			type: 'join-announced',
			from: x.id,
			to: y.id,
			cells: fill ? [fill] : [],
			leafSet: offerToLeafSet(s, y, [x.id]),
			neighborhoodSet: offerToNeighborhoodSet(s, y, [x.id])
		});
	}
	if (op.informed >= op.inform.length) {
		x.joined = true;
		events.push({ type: 'node-joined', node: x.id, informed: op.inform.length });
	}
	return events;
}

/** True when `op` has nothing left to send. */
export function joinDone(op: JoinOperation): boolean {
	return op.phase === 'inform' && op.informed >= op.inform.length;
}
