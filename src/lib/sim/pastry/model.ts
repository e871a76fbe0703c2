import { formatId, SimError, type Model } from '../core';
import { checkKill, killNode, repairStep, skipFailed } from './failure';
import { idMath } from './idmath';
import { joinDone, joinInformStep, joinRouteStep, startJoin } from './join';
import { drawNodeId, drawPoint } from './points';
import { checkKey, checkRouteSource, routeStep, startRoute } from './route';
import { addNodeRecord, isMember, nodeOf } from './state';
import type { PastryEvent } from './events';
import type { JoinOperation, Operation, PastryCommand, PastryState, RouteOperation } from './types';

/** Copies an operation (its arrays are mutated as it runs). */
function cloneOp(op: Operation): Operation {
	switch (op.kind) {
		case 'join':
			return { ...op, route: op.route.slice(), inform: op.inform.slice() };
		case 'route':
			return { ...op, path: op.path.slice() };
		case 'repair':
			return { ...op, queue: op.queue.slice() };
	}
}

/** One step of the operation in flight. */
function advance(s: PastryState, op: Operation): PastryEvent[] {
	switch (op.kind) {
		case 'join':
			if (op.phase === 'waiting') return startJoin(s, op);
			return op.phase === 'route' ? joinRouteStep(s, op) : joinInformStep(s, op);
		case 'route':
			return op.status === 'waiting' ? startRoute(s, op) : routeStep(s, op);
		case 'repair':
			return repairStep(s, op);
	}
}

/** Removes the first operation when it has finished, and counts it. */
function retireFinished(s: PastryState): void {
	const op = s.ops[0];
	if (!op) return;
	if (op.kind === 'repair') skipFailed(s, op);
	const done =
		op.kind === 'join'
			? joinDone(op)
			: op.kind === 'route'
				? op.status === 'done'
				: op.queue.length === 0;
	if (!done) return;
	s.ops.shift();
	if (op.kind === 'join') {
		s.completed.joins++;
		s.finished = { ...s.finished, join: op };
	} else if (op.kind === 'route') {
		s.completed.lookups++;
		s.finished = { ...s.finished, route: op };
	} else s.completed.repairs++;
}

/** Queues `op`, or starts it at once when nothing is in flight. */
function launch(s: PastryState, op: Operation, node: number): PastryEvent[] {
	s.ops.push(op);
	if (s.ops.length > 1)
		return [{ type: 'operation-queued', operation: op.kind === 'join' ? 'join' : 'route', node }];
	return advance(s, op);
}

/** Checks an add-node command before anything changes. */
function checkAddNode(s: Readonly<PastryState>, c: PastryCommand & { type: 'add-node' }): void {
	const m = idMath(s.space);
	if (c.id !== undefined) {
		if (!Number.isInteger(c.id) || c.id < 0 || c.id >= m.size)
			throw new SimError(`node id ${c.id} is outside the id space; read typed ids with parseId`);
		if (s.index.has(c.id))
			throw new SimError(`node ${formatId(c.id, s.space)} is already in the network`);
	}
	if ((c.x === undefined) !== (c.y === undefined))
		throw new SimError('a point of the proximity plane needs both x and y');
	for (const v of [c.x, c.y])
		if (v !== undefined && !(v >= 0 && v <= 1))
			throw new SimError(`a point of the proximity plane has coordinates from 0 to 1, got ${v}`);
	if (c.via !== undefined && !isMember(nodeOf(s, c.via)))
		throw new SimError(`node ${formatId(c.via, s.space)} is not a live member to contact`);
	if (c.id === undefined && s.index.size >= m.size)
		throw new SimError('every id of the space is taken');
}

function addNode(s: PastryState, c: PastryCommand & { type: 'add-node' }): PastryEvent[] {
	const id = c.id ?? drawNodeId(s.rng.ids, s.space, s.index);
	const point =
		c.x !== undefined && c.y !== undefined ? { x: c.x, y: c.y } : drawPoint(s.rng.place);
	if (c.auto) s.scriptAt++;
	addNodeRecord(s, { id, ...point });
	return launch(
		s,
		{
			kind: 'join',
			node: id,
			via: c.via ?? null,
			route: [],
			phase: 'waiting',
			next: 'row',
			inform: [],
			informed: 0
		},
		id
	);
}

/**
 * Pastry (Rowstron & Druschel 2001) as message-level steps: `next` delivers the next message of the
 * operation in flight (a join message on its route, a row or leaf set sent to the new node, an
 * announcement, a lookup hop, a repair), else takes the scenario's next scripted command. User
 * commands: add a node (it joins, §2.4), route a key (Table 1, §2.2), fail a node (§2.5). Joins and
 * lookups run one after another; a failure takes effect at once. `round` counts completed joins,
 * lookups and repairs.
 */
export const pastryModel: Model<PastryState, PastryCommand, PastryEvent> = {
	name: 'pastry',

	clone(s) {
		return {
			...s,
			nodes: s.nodes.map((n) => ({
				...n,
				routingTable: n.routingTable.slice(),
				supplier: n.supplier.slice(),
				filledAt: n.filledAt.slice(),
				leafSet: { smaller: n.leafSet.smaller.slice(), larger: n.leafSet.larger.slice() },
				neighborhoodSet: n.neighborhoodSet.slice()
			})),
			index: new Map(s.index),
			ops: s.ops.map(cloneOp),
			script: s.script.slice(),
			completed: { ...s.completed },
			finished: {
				route: s.finished.route && (cloneOp(s.finished.route) as RouteOperation),
				join: s.finished.join && (cloneOp(s.finished.join) as JoinOperation)
			},
			rng: { ids: s.rng.ids.clone(), place: s.rng.place.clone() }
		};
	},

	next(s) {
		if (s.ops.length > 0) return { type: 'deliver' };
		return s.scriptAt < s.script.length ? { ...s.script[s.scriptAt], auto: true } : null;
	},

	apply(s, c) {
		let events: PastryEvent[];
		switch (c.type) {
			case 'deliver':
				if (s.ops.length === 0) throw new SimError('no message is in flight');
				s.step++;
				events = advance(s, s.ops[0]);
				break;
			case 'add-node':
				checkAddNode(s, c);
				s.step++;
				events = addNode(s, c);
				break;
			case 'route':
				checkRouteSource(s, c.from);
				checkKey(s, c.key);
				if (c.auto) s.scriptAt++;
				s.step++;
				events = launch(
					s,
					{
						kind: 'route',
						from: c.from,
						key: c.key,
						name: c.name,
						status: 'waiting',
						at: c.from,
						path: [c.from]
					},
					c.from
				);
				break;
			case 'kill-node': {
				checkKill(s, c.id);
				if (c.auto) s.scriptAt++;
				s.step++;
				const k = killNode(s, c.id);
				events = k.events;
				if (k.repair.queue.length > 0) s.ops.push(k.repair);
				break;
			}
		}
		retireFinished(s);
		return events;
	},

	round(s) {
		return s.completed.joins + s.completed.lookups + s.completed.repairs;
	}
};
