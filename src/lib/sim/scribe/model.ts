import type { Model } from '../core';
import { pastryModel } from '../pastry';
import { checkScribeCommand } from './check';
import { newJoin, joinStep, startJoin } from './join';
import { leaveGroup } from './leave';
import {
	multicastRouteStep,
	multicastTreeStep,
	newMulticast,
	outcome,
	startMulticast
} from './multicast';
import { failNodes, heartbeat, liveForwarders } from './repair';
import type { ScribeEvent } from './events';
import type { ScribeCommand, ScribeOperation, ScribeState } from './types';

function cloneOp(op: ScribeOperation): ScribeOperation {
	switch (op.kind) {
		case 'join':
			return {
				...op,
				message: { ...op.message, path: op.message.path.slice() },
				added: op.added.slice()
			};
		case 'multicast':
			return {
				...op,
				message: op.message && { ...op.message, path: op.message.path.slice() },
				frontier: op.frontier.slice(),
				received: new Map(op.received)
			};
		default:
			return { ...op };
	}
}

function done(op: ScribeOperation): boolean {
	return op.kind === 'multicast' ? op.phase === 'done' : op.done;
}

/** One step of the operation in flight. */
function advance(s: ScribeState, op: ScribeOperation): ScribeEvent[] {
	switch (op.kind) {
		case 'join':
			return op.started ? joinStep(s, op) : startJoin(s, op);
		case 'leave':
			op.done = true;
			return leaveGroup(s, op.member);
		case 'heartbeat': {
			op.done = true;
			const r = heartbeat(s);
			s.ops.splice(1, 0, ...r.orphans.map((id) => newJoin(s, id, true)));
			s.tally.rejoins += r.orphans.length;
			return r.events;
		}
		case 'multicast':
			if (op.phase === 'waiting') return startMulticast(s, op);
			return op.phase === 'route' ? multicastRouteStep(s, op) : multicastTreeStep(s, op);
	}
}

function retireFinished(s: ScribeState): void {
	const op = s.ops[0];
	if (!op || !done(op)) return;
	s.ops.shift();
	switch (op.kind) {
		case 'join':
			s.completed.joins++;
			break;
		case 'leave':
			s.completed.leaves++;
			break;
		case 'heartbeat':
			s.completed.heartbeats++;
			break;
		case 'multicast':
			s.completed.multicasts++;
			s.lastMulticast = outcome(s, op);
	}
}

/** Queues `op`; it starts at once when nothing (no Pastry repair either) is in flight. */
function launch(s: ScribeState, op: ScribeOperation, node: number | null): ScribeEvent[] {
	s.ops.push(op);
	if (s.ops.length > 1 || s.pastry.ops.length > 0)
		return [{ type: 'operation-queued', operation: op.kind, node }];
	return advance(s, op);
}

/**
 * Scribe (Castro, Druschel, Kermarrec & Rowstron 2002) over the Pastry model, as message-level
 * steps: a JOIN hop, one level of a multicast, one heartbeat period, or one of Pastry's own repair
 * messages. `next` delivers the next message in flight, else takes the scenario's next command.
 * Operations run one after another; failures take effect at once. `round` counts completed
 * operations.
 */
export const scribeModel: Model<ScribeState, ScribeCommand, ScribeEvent> = {
	name: 'scribe',

	clone(s) {
		return {
			...s,
			pastry: pastryModel.clone(s.pastry),
			tree: new Map([...s.tree].map(([id, t]) => [id, { ...t, children: t.children.slice() }])),
			ops: s.ops.map(cloneOp),
			script: s.script.slice(),
			completed: { ...s.completed },
			tally: { ...s.tally },
			rng: { fail: s.rng.fail.clone() }
		};
	},

	next(s) {
		if (s.ops.length > 0 || s.pastry.ops.length > 0) return { type: 'deliver' };
		return s.scriptAt < s.script.length ? { ...s.script[s.scriptAt], auto: true } : null;
	},

	apply(s, c) {
		checkScribeCommand(s, c);
		if (c.type !== 'deliver' && c.auto) s.scriptAt++;
		s.step++;
		let events: ScribeEvent[];
		switch (c.type) {
			case 'deliver':
				if (s.pastry.ops.length > 0)
					events = pastryModel
						.apply(s.pastry, { type: 'deliver' })
						.map((event) => ({ type: 'pastry', event }));
				else events = advance(s, s.ops[0]);
				break;
			case 'join':
				events = launch(s, newJoin(s, c.member, false), c.member);
				break;
			case 'leave':
				events = launch(s, { kind: 'leave', member: c.member, done: false }, c.member);
				break;
			case 'multicast':
				events = launch(s, newMulticast(s, c.from ?? null), c.from ?? null);
				s.seq++;
				break;
			case 'heartbeat':
				events = launch(s, { kind: 'heartbeat', done: false }, null);
				break;
			case 'fail':
				events = failNodes(s, c.nodes);
				break;
			case 'fail-forwarders': {
				const all = liveForwarders(s);
				const chosen = s.rng.fail.sample(all, Math.round(c.fraction * all.length));
				events = failNodes(
					s,
					chosen.sort((a, b) => a - b)
				);
				break;
			}
		}
		retireFinished(s);
		return events;
	},

	round(s) {
		const c = s.completed;
		return c.joins + c.leaves + c.multicasts + c.heartbeats;
	}
};
