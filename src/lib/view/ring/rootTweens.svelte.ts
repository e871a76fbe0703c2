import { Tween } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';
import { SvelteMap } from 'svelte/reactivity';
import { nearestTurn } from './geometry';

/**
 * The angle (to scale) at which each key's arc to its root ends, tweened the short way round, so
 * that a key whose root changes (a join, a departure) glides to its new root.
 */
export class RootTweens {
	readonly #tweens = new SvelteMap<number, Tween<number>>();

	/** The angle of key `id`'s arc end on screen, if the key is known. */
	at(id: number): number | undefined {
		return this.#tweens.get(id)?.current;
	}

	/** Glides each key (id, its own angle, its root's angle) to its root; forgets keys not listed. */
	retarget(targets: readonly (readonly [number, number, number])[], duration: number): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local scratch set, never rendered
		const live = new Set<number>();
		for (const [id, from, target] of targets) {
			live.add(id);
			let tween = this.#tweens.get(id);
			if (!tween) this.#tweens.set(id, (tween = new Tween(from, { duration: 0 })));
			void tween.set(nearestTurn(tween.current, target), { duration, easing: cubicInOut });
		}
		for (const id of this.#tweens.keys()) if (!live.has(id)) this.#tweens.delete(id);
	}
}
