import type { Component } from 'svelte';

/** The props every stage and controls component takes. */
export interface ViewProps {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view narrows the player's state type
	player: any;
	selected?: number | null;
	highlight?: readonly number[];
	/** The panels a lesson step asks for (the model's own names); all when absent. */
	panels?: readonly string[];
}

/** A model's drawing and its side controls. */
export interface ModelViews {
	Stage: Component<ViewProps, object, 'selected'>;
	Controls?: Component<ViewProps, object, 'selected'>;
}

/**
 * The views of each model, by model name, loaded on demand: a page downloads only the views of the
 * model it shows (the ring playground does not download d3-force or the Pastry panels).
 */
const LOADERS: Record<string, () => Promise<ModelViews>> = {
	ring: async () => ({
		Stage: (await import('./ring/RingStage.svelte')).default,
		Controls: (await import('./ring/RingControls.svelte')).default
	}),
	pastry: async () => ({
		Stage: (await import('./pastry/PastryStage.svelte')).default,
		Controls: (await import('./pastry/PastryControls.svelte')).default
	}),
	gossip: async () => ({
		Stage: (await import('./gossip/GossipStage.svelte')).default,
		Controls: (await import('./gossip/GossipControls.svelte')).default
	}),
	search: async () => ({
		Stage: (await import('./search/SearchStage.svelte')).default,
		Controls: (await import('./search/SearchControls.svelte')).default
	}),
	scribe: async () => ({
		Stage: (await import('./scribe/ScribeStage.svelte')).default,
		Controls: (await import('./scribe/ScribeControls.svelte')).default
	}),
	past: async () => ({
		Stage: (await import('./past/PastStage.svelte')).default,
		Controls: (await import('./past/PastControls.svelte')).default
	}),
	broadcast: async () => ({
		Stage: (await import('./broadcast/BroadcastStage.svelte')).default,
		Controls: (await import('./broadcast/BroadcastControls.svelte')).default
	})
};

const loaded = new Map<string, Promise<ModelViews>>();

/** The views of `model` (each model's are fetched once). */
export function viewsOf(model: string): Promise<ModelViews> {
	let p = loaded.get(model);
	if (!p) {
		const load = LOADERS[model];
		if (!load) return Promise.reject(new Error(`no views for the model "${model}"`));
		p = load();
		loaded.set(model, p);
	}
	return p;
}
