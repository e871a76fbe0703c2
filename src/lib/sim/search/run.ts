import type { Rng } from '../core';
import { lookup, hopLimit, nextHop, type ConvergedOverlay } from '../pastry';
import type { ExhaustedReason, SearchEvent } from './events';
import { cloneFlood, floodDone, floodWave, ringTtls, startFlood, type FloodRun } from './flood';
import { cloneGreedy, greedyStep, startGreedy, type GreedyRun } from './greedy';
import type { SearchParams } from './params';
import { matchAt, type QueryTarget } from './target';
import type { SearchMethod, SearchNetwork } from './types';
import { cloneWalk, startWalk, walkDone, walkStep, type WalkerMove, type WalkRun } from './walk';

/** What each method keeps while its query runs. */
export type MethodRun =
	| { readonly method: 'flood'; flood: FloodRun }
	| {
			readonly method: 'ring';
			readonly rings: readonly number[];
			/** Index of the current ring in `rings`. */
			ring: number;
			/** Messages of the rings before the current one. */
			spent: number;
			flood: FloodRun;
			/** True once the current ring has ended unanswered: the next step starts the next ring. */
			between: boolean;
	  }
	| { readonly method: 'walk'; walk: WalkRun }
	| { readonly method: 'dht'; at: number; hops: number }
	| { readonly method: 'greedy'; greedy: GreedyRun; flood: FloodRun | null };

/** A query in progress, as plain data (the network it runs on is not part of it). */
export interface SearchRun {
	readonly source: number;
	readonly target: QueryTarget;
	readonly params: SearchParams;
	state: MethodRun;
	/** The answer, once found (the query may still be sending, as a flood does up to its TTL). */
	found: { node: number; object: number; hops: number; messages: number } | null;
	/** Set when nothing is left to send. */
	done: boolean;
	exhausted: ExhaustedReason | null;
}

/** A copy sharing nothing mutable. */
export function cloneRun(run: Readonly<SearchRun>): SearchRun {
	const s = run.state;
	let state: MethodRun;
	switch (s.method) {
		case 'flood':
			state = { ...s, flood: cloneFlood(s.flood) };
			break;
		case 'ring':
			state = { ...s, flood: cloneFlood(s.flood) };
			break;
		case 'walk':
			state = { ...s, walk: cloneWalk(s.walk) };
			break;
		case 'dht':
			state = { ...s };
			break;
		case 'greedy':
			state = { ...s, greedy: cloneGreedy(s.greedy), flood: s.flood && cloneFlood(s.flood) };
			break;
	}
	return { ...run, state, found: run.found && { ...run.found } };
}

/** Messages the query has sent so far. */
export function runMessages(run: Readonly<SearchRun>): number {
	const s = run.state;
	switch (s.method) {
		case 'flood':
			return s.flood.messages;
		case 'ring':
			return s.spent + s.flood.messages;
		case 'walk':
			return s.walk.messages;
		case 'dht':
			return s.hops;
		case 'greedy':
			return s.greedy.messages + (s.flood?.messages ?? 0);
	}
}

/**
 * Starts a query of `params.method` from `source`. Every method but the DHT first looks in the
 * requester's own store: an answer there is found at 0 hops and 0 messages. A DHT lookup always
 * routes to the key's root (Pastry delivers there, wherever the requester is).
 */
export function startRun(
	network: SearchNetwork,
	params: SearchParams,
	source: number,
	target: QueryTarget,
	method: SearchMethod = params.method
): SearchRun {
	let state: MethodRun;
	switch (method) {
		case 'flood':
			state = { method, flood: startFlood(network, source, params.ttl) };
			break;
		case 'ring': {
			const rings = ringTtls(params.ttl);
			state = {
				method,
				rings,
				ring: 0,
				spent: 0,
				flood: startFlood(network, source, rings[0]),
				between: false
			};
			break;
		}
		case 'walk':
			state = { method, walk: startWalk(source, params.walkers, params.budget, params.checkEvery) };
			break;
		case 'dht':
			state = { method, at: source, hops: 0 };
			break;
		case 'greedy':
			state = { method, greedy: startGreedy(source), flood: null };
			break;
	}
	const isolated = network.graph.offsets[source + 1] === network.graph.offsets[source];
	const run: SearchRun = {
		source,
		target,
		params: { ...params, method },
		state,
		found: null,
		done: false,
		exhausted: null
	};
	const local = method === 'dht' ? -1 : matchAt(network, target, source);
	if (local >= 0) {
		run.found = { node: source, object: local, hops: 0, messages: 0 };
		run.done = true;
	} else if (isolated && method !== 'dht' && method !== 'greedy')
		// A requester with no neighbour cannot send anything.
		finish(run, method === 'walk' ? 'stuck' : 'ttl');
	return run;
}

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
			if (walkDone(w)) finish(run, w.stopped === 'budget' ? 'budget' : 'stuck');
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

function finish(run: SearchRun, reason: ExhaustedReason): void {
	run.done = true;
	if (!run.found) run.exhausted = reason;
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

/** The outcome of one query. */
export interface QueryOutcome {
	readonly found: boolean;
	readonly hops: number | null;
	readonly messages: number;
}

/** Runs a query to its end without events: the batch path, identical to stepping the model. */
export function runToEnd(network: SearchNetwork, run: SearchRun, walkRng: Rng): QueryOutcome {
	if (run.state.method === 'dht' && !run.done) {
		const overlay = network.pastry as ConvergedOverlay;
		const r = lookup(overlay, run.source, run.target.key as number, hopLimit(overlay));
		run.state.at = r.at;
		run.state.hops = r.hops;
		const object = matchAt(network, run.target, r.at);
		if (object >= 0) run.found = { node: r.at, object, hops: r.hops, messages: r.hops };
		finish(run, 'not-stored');
	}
	while (!run.done) stepRun(network, run, walkRng, null);
	return outcomeOf(run);
}

/** The outcome of a finished run. */
export function outcomeOf(run: Readonly<SearchRun>): QueryOutcome {
	return {
		found: run.found !== null,
		hops: run.found ? run.found.hops : null,
		messages: runMessages(run)
	};
}
