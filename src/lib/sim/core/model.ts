/** Every command and event is a plain, serialisable object tagged by `type`. */
export interface Tagged {
	readonly type: string;
}

/**
 * A simulation model, as the {@link Timeline} drives it. The model owns no state of its own: the
 * state (including its seeded random streams) is passed in, so any snapshot can be resumed.
 *
 * - `next` says what the simulation does by itself next: one event-sized step (a routing hop, one
 *   join message, one view exchange), or null when the scenario has nothing left to do.
 * - `apply` carries out a command, the model's or the user's, mutating `state` in place, and returns
 *   the typed events the views animate. A command that does not fit throws a {@link SimError}
 *   before it changes anything.
 */
export interface Model<S, C extends Tagged, E extends Tagged> {
	/** The model's name in URLs and on the command line (`ring`, `pastry`, `gossip`, `search`). */
	readonly name: string;
	/** A deep copy of `state` that shares nothing mutable with it. */
	clone(state: Readonly<S>): S;
	/** The command the simulation takes next by itself, or null when it has nothing left to do. */
	next(state: Readonly<S>): C | null;
	/** Optional: one command that completes the current round in a single transition. */
	finishRound?(state: Readonly<S>): C | null;
	/** Applies `command` to `state` in place and returns what happened. */
	apply(state: S, command: C): E[];
	/** The round counter shown beside the step number. */
	round(state: Readonly<S>): number;
}

/** A command or parameter that does not fit the simulation; the message is shown to the user as is. */
export class SimError extends Error {
	override name = 'SimError';
}
