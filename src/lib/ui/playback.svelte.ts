import type { Player } from '$lib/player/player.svelte';

/**
 * While the player is playing, steps it at its speed until it reaches the end or is paused.
 * Timers live here, in the view layer, never in the simulation.
 */
export function usePlayback(get: () => Player | null | undefined): void {
	$effect(() => {
		const player = get();
		if (!player?.playing) return;
		const timer = setInterval(() => {
			if (!player.forward()) player.playing = false;
		}, 1000 / player.speed);
		return () => clearInterval(timer);
	});
}
