import { broadcastEntry } from './broadcast';
import { gossipEntry } from './gossip';
import { pastEntry } from './past';
import { pastryEntry } from './pastry';
import { ringEntry } from './ring';
import { scribeEntry } from './scribe';
import { searchEntry } from './search';
import type { SimEntry } from './types';

/** Every model the app can show, by the name used in URLs (`/play/<name>`) and lesson files. */
export const ENTRIES: Record<string, SimEntry> = {
	ring: ringEntry as unknown as SimEntry,
	pastry: pastryEntry as unknown as SimEntry,
	gossip: gossipEntry as unknown as SimEntry,
	search: searchEntry as unknown as SimEntry,
	scribe: scribeEntry as unknown as SimEntry,
	past: pastEntry as unknown as SimEntry,
	broadcast: broadcastEntry as unknown as SimEntry
};

/** The model names, in the order the app lists them. */
export const MODEL_NAMES = Object.keys(ENTRIES);

/** The entry for `name`, or undefined for a model PeerScope does not have. */
export function entryFor(name: string): SimEntry | undefined {
	return Object.hasOwn(ENTRIES, name) ? ENTRIES[name] : undefined;
}
