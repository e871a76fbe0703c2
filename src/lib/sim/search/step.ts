import type { Rng } from '../core';
import { hopLimit, nextHop, type ConvergedOverlay } from '../pastry';
import type { SearchEvent } from './events';
import { floodDone, floodWave, startFlood, type FloodRun } from './flood';
import { greedyStep } from './greedy';
import { finish, outcomeOf, type MethodRun, type QueryOutcome, type SearchRun } from './run';
import { matchAt } from './target';
import type { SearchNetwork } from './types';
import { walkDone, walkStep, type WalkerMove } from './walk';

function wave(
	network: SearchNetwork,
	run: SearchRun,
	flood: FloodRun,
	before: number,
	hopsBefore: number,
	events: SearchEvent[] | null
): void {
	const w = floodWave(network, flood, run.target, events !== null);
	if (events)
		events.push({
			type: 'flood-wave',
			depth: flood.depth,
			ttl: flood.ttl,
			origin: flood.origin,
			edges: w.edges ?? [],
			frontier: flood.frontier.slice(),
			duplicates: w.duplicates,
			messages: before + flood.messages
		});
	if (!run.found && flood.found)
		run.found = {
			node: flood.found.node,
			object: flood.found.object,
			hops: hopsBefore + flood.found.depth,
			messages: before + flood.messages
		};
}

/**
 * One step of the query: a flood wave (expanding ring: a wave of the current ring, or the next
 * ring's start), one step of every walker, one DHT or greedy hop. Pushes the step's events when
 * `events` is given (the batch functions pass null and get the same outcome, draw for draw).
 */
export function stepRun(
	network: SearchNetwork,
	run: SearchRun,
	walkRng: Rng,
	events: SearchEvent[] | null
): void {
	if (run.done) return;
	const s = run.state;
	const hadAnswer = run.found !== null;
	switch (s.method) {
		case 'flood':
			wave(network, run, s.flood, 0, 0, events);
			if (floodDone(s.flood)) finish(run, 'ttl');
			break;
		case 'ring':
			if (s.between) {
				s.spent += s.flood.messages;
				s.ring++;
				s.flood = startFlood(network, run.source, s.rings[s.ring]);
				s.between = false;
				events?.push({ type: 'ring-started', ring: s.ring + 1, ttl: s.rings[s.ring] });
				break;
			}
			wave(network, run, s.flood, s.spent, 0, events);
			if (!floodDone(s.flood)) break;
			if (run.found || s.ring === s.rings.length - 1) finish(run, 'ttl');
			else s.between = true;
			break;
		case 'walk': {
			const moves: WalkerMove[] | null = events ? [] : null;
			const check = walkStep(network, s.walk, run.target, walkRng, moves);
			const w = s.walk;
			if (events) {
				for (const m of moves ?? []) events.push({ type: 'walker-step', step: w.step, ...m });
				if (check) events.push({ type: 'walker-check', step: w.step, checks: w.checks, ...check });
			}
			if (!run.found && w.found)
				run.found = {
					node: w.found.node,
					object: w.found.object,
					hops: w.found.hops,
					messages: w.messages
				};
			if (walkDone(w)) finish(run, w.stopped === 'ttl' ? 'ttl' : 'stuck');
			break;
		}
		case 'dht':
			dhtStep(network, run, s, events);
			break;
		case 'greedy':
			greedyRunStep(network, run, s, events);
			break;
	}
	if (events && run.found && !hadAnswer) {
		const f = run.found;
		events.push({
			type: 'found',
			node: f.node,
			object: network.objects[f.object].name,
			hops: f.hops,
			messages: f.messages
		});
	}
}

function dhtStep(
	network: SearchNetwork,
	run: SearchRun,
	s: Extract<MethodRun, { method: 'dht' }>,
	events: SearchEvent[] | null
): void {
	const overlay = network.pastry as ConvergedOverlay;
	const key = run.target.key as number;
	const d = nextHop(overlay, s.at, key);
	if (d.kind === 'forward' && s.hops < hopLimit(overlay)) {
		events?.push({
			type: 'dht-hop',
			hop: s.hops + 1,
			from: s.at,
			to: d.to,
			rule: d.rule,
			row: d.row,
			column: d.column,
			messages: s.hops + 1
		});
		s.at = d.to;
		s.hops++;
		s.path.push(d.to);
		return;
	}
	const object = matchAt(network, run.target, s.at);
	if (object >= 0) run.found = { node: s.at, object, hops: s.hops, messages: s.hops };
	finish(run, 'not-stored');
}

function greedyRunStep(
	network: SearchNetwork,
	run: SearchRun,
	s: Extract<MethodRun, { method: 'greedy' }>,
	events: SearchEvent[] | null
): void {
	const g = s.greedy;
	if (s.flood) {
		wave(network, run, s.flood, g.messages, g.hops, events);
		if (floodDone(s.flood)) finish(run, 'local-minimum');
		return;
	}
	const hop = greedyStep(network, g, run.target);
	if (hop && events) events.push({ type: 'greedy-hop', hop: g.hops, ...hop, messages: g.messages });
	if (g.found) {
		run.found = {
			node: g.found.node,
			object: g.found.object,
			hops: g.found.hops,
			messages: g.messages
		};
		finish(run, 'local-minimum');
		return;
	}
	if (!g.stuck) return;
	const ttl = run.params.fallbackTtl;
	events?.push({
		type: 'greedy-stuck',
		node: g.stuck.node,
		distance: g.stuck.distance,
		fallbackTtl: ttl
	});
	if (ttl > 0) s.flood = startFlood(network, g.stuck.node, ttl);
	if (!s.flood || floodDone(s.flood)) finish(run, 'local-minimum');
}

/** Runs a query to its end without events: the batch path, identical to stepping the model. */
export function runToEnd(network: SearchNetwork, run: SearchRun, walkRng: Rng): QueryOutcome {
	if (run.state.method === 'dht' && !run.done) {
		// The same hops as stepping the model, so the route can still be drawn afterwards.
		while (!run.done && run.state.method === 'dht') dhtStep(network, run, run.state, null);
	}
	while (!run.done) stepRun(network, run, walkRng, null);
	return outcomeOf(run);
}
