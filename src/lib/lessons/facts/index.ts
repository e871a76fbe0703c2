import type { Tagged } from '$lib/sim/core';
import type { FactSource } from '../placeholders';
import { broadcastFacts } from './broadcast';
import { gossipFacts } from './gossip';
import { pastFacts } from './past';
import { pastryFacts } from './pastry';
import { ringFacts } from './ring';
import { scribeFacts } from './scribe';

type Facts = (state: never, events: readonly never[]) => FactSource;

/** What a lesson may state about each model's run, by model name (see `../placeholders.ts`). */
const FACTS: Record<string, Facts> = {
	ring: ringFacts,
	pastry: pastryFacts,
	gossip: gossipFacts,
	scribe: scribeFacts,
	past: pastFacts,
	broadcast: broadcastFacts
};

/** The facts of `state` (the step's end) and `events` (its last move); none for a model without. */
export function factsOf(model: string, state: unknown, events: readonly Tagged[]): FactSource {
	const facts = FACTS[model] as ((s: unknown, e: readonly Tagged[]) => FactSource) | undefined;
	return facts ? facts(state, events) : {};
}
