import { untrack } from 'svelte';
import type { Tagged } from '$lib/sim/core';
import type { Player } from './player.svelte';

/**
 * The last command of `type` the user gave before the step on screen (from the run's log, which a
 * link carries), or null.
 */
export function lastUserCommand<C extends Tagged>(player: Player, type: C['type']): C | null {
	const spec = player.spec();
	const log = spec.log.filter((l) => l.step < spec.step && l.command.type === type);
	return (log.at(-1)?.command as C | undefined) ?? null;
}

/**
 * Fills a form from the run once per player (a page load, a link, new parameters): `fill` reads the
 * log with {@link lastUserCommand}, so the fields show what the user last typed, as the link says.
 * Call during component initialisation.
 */
export function restoreFields(player: () => Player, fill: (player: Player) => void): void {
	let done: Player | null = null;
	$effect.pre(() => {
		const p = player();
		if (p === done) return;
		done = p;
		untrack(() => fill(p));
	});
}
