import { formatId, keyFromName, SimError, type Model } from '../core';
import { isMember, memberIds, pastryModel } from '../pastry';
import { fileStep, newFileOperation, startFileOperation } from './files';
import { checkPastCommand, fileIndex } from './check';
import { isLiveNode, needsRestore, restoreFile } from './replicas';
import type { PastEvent } from './events';
import type { PastCommand, PastOperation, PastState } from './types';

function cloneOp(op: PastOperation): PastOperation {
	return op.kind === 'restore'
		? { ...op, queue: op.queue.slice() }
		: { ...op, message: { ...op.message, path: op.message.path.slice() } };
}

/** One step of the operation in flight: a hop, or one file's replica set restored. */
function advance(s: PastState, op: PastOperation): PastEvent[] {
	if (op.kind !== 'restore') return op.started ? fileStep(s, op) : startFileOperation(s, op);
	if (!op.started) {
		op.started = true;
		op.queue = s.files.flatMap((_, i) => (needsRestore(s, i) ? [i] : []));
		op.done = op.queue.length === 0;
		const events: PastEvent[] = [{ type: 'restore-started', files: op.queue.length }];
		return op.done ? [...events, { type: 'restore-done', restored: 0, lost: 0 }] : events;
	}
	const events = restoreFile(s, op.queue.shift() as number);
	if (op.queue.length === 0) {
		op.done = true;
		const lost = s.files.filter((f) => f.lost).length;
		const restored = s.files.filter((f) => f.stored && !f.lost).length;
		events.push({ type: 'restore-done', restored, lost });
	}
	return events;
}

function retireFinished(s: PastState): void {
	const op = s.ops[0];
	if (!op || !op.done) return;
	s.ops.shift();
	if (op.kind === 'restore') s.completed.restores++;
	else if (op.kind === 'insert') s.completed.inserts++;
	else {
		s.completed.lookups++;
		s.lastLookup = op.outcome;
	}
}

/** Queues `op`; it starts at once when nothing (no Pastry message either) is in flight. */
function launch(s: PastState, op: PastOperation, node: number | null): PastEvent[] {
	s.ops.push(op);
	if (s.ops.length > 1 || s.pastry.ops.length > 0)
		return [{ type: 'operation-queued', operation: op.kind, node }];
	return advance(s, op);
}

/** The client of an insert or lookup: `from`, checked, or a uniformly random live node. */
function client(s: PastState, from: number | undefined): number {
	if (from === undefined) {
		const nodes = s.pastry.nodes;
		if (!nodes.some(isMember)) throw new SimError('there is no live node to ask from');
		for (;;) {
			const n = nodes[s.rng.clients.int(nodes.length)];
			if (isMember(n)) return n.id;
		}
	}
	if (!isLiveNode(s, from))
		throw new SimError(`node ${formatId(from, s.pastry.space)} is not a live node to ask from`);
	return from;
}

function fail(s: PastState, nodes: readonly number[]): PastEvent[] {
	const events: PastEvent[] = [{ type: 'node-failed', nodes: nodes.slice() }];
	for (const id of nodes)
		for (const e of pastryModel.apply(s.pastry, { type: 'kill-node', id }))
			events.push({ type: 'pastry', event: e });
	return events;
}

/**
 * PAST (Rowstron & Druschel, SOSP 2001) over the Pastry model, as message-level steps: an insert
 * or lookup hop, one file's replica set restored, or one of Pastry's own messages (a join, a repair).
 * `next` delivers the next message in flight, else takes the scenario's next command. Failures take
 * effect at once; re-replication runs when a maintenance period (`restore-replicas`) comes.
 */
export const pastModel: Model<PastState, PastCommand, PastEvent> = {
	name: 'past',

	clone(s) {
		return {
			...s,
			pastry: pastryModel.clone(s.pastry),
			files: s.files.map((f) => ({ ...f, replicas: f.replicas.slice() })),
			caches: new Map([...s.caches].map(([id, c]) => [id, c.slice()])),
			ops: s.ops.map(cloneOp),
			script: s.script.slice(),
			completed: { ...s.completed },
			tally: { ...s.tally },
			rng: { clients: s.rng.clients.clone(), fail: s.rng.fail.clone() }
		};
	},

	next(s) {
		if (s.ops.length > 0 || s.pastry.ops.length > 0) return { type: 'deliver' };
		return s.scriptAt < s.script.length ? { ...s.script[s.scriptAt], auto: true } : null;
	},

	apply(s, c) {
		checkPastCommand(s, c);
		if (c.type !== 'deliver' && c.auto) s.scriptAt++;
		s.step++;
		let events: PastEvent[];
		switch (c.type) {
			case 'deliver':
				if (s.pastry.ops.length > 0)
					events = pastryModel
						.apply(s.pastry, { type: 'deliver' })
						.map((event) => ({ type: 'pastry', event }));
				else events = advance(s, s.ops[0]);
				break;
			case 'insert': {
				const from = client(s, c.from);
				s.files.push({
					name: c.name,
					key: keyFromName(c.name, s.pastry.space),
					replicas: [],
					lost: false,
					stored: false
				});
				events = launch(s, newFileOperation(s, 'insert', s.files.length - 1, from), from);
				break;
			}
			case 'lookup': {
				const from = client(s, c.from);
				events = launch(s, newFileOperation(s, 'lookup', fileIndex(s, c.name), from), from);
				break;
			}
			case 'fail':
				events = fail(s, c.nodes);
				break;
			case 'fail-fraction': {
				const live = memberIds(s.pastry);
				const chosen = s.rng.fail.sample(live, Math.round(c.fraction * live.length));
				events = fail(
					s,
					chosen.sort((a, b) => a - b)
				);
				break;
			}
			case 'add-node':
				events = pastryModel
					.apply(s.pastry, { type: 'add-node', id: c.id })
					.map((event) => ({ type: 'pastry', event }));
				break;
			case 'restore-replicas':
				events = launch(s, { kind: 'restore', started: false, done: false, queue: [] }, null);
				break;
		}
		retireFinished(s);
		return events;
	},

	round(s) {
		const c = s.completed;
		return c.inserts + c.lookups + c.restores;
	}
};
