import type { Component } from 'svelte';
import RingControls from './ring/RingControls.svelte';
import RingView from './ring/RingView.svelte';
import PastryControls from './pastry/PastryControls.svelte';
import PastryStage from './pastry/PastryStage.svelte';
import SearchControls from './search/SearchControls.svelte';
import SearchStage from './search/SearchStage.svelte';
import GossipControls from './gossip/GossipControls.svelte';
import GossipStage from './gossip/GossipStage.svelte';

/** The props every stage and controls component takes. */
export interface ViewProps {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view narrows the player's state type
	player: any;
	selected?: number | null;
	highlight?: readonly number[];
	/** The panels a lesson step asks for (the model's own names); all when absent. */
	panels?: readonly string[];
}

/** The drawing and the side controls of each model, by model name. */
export const VIEWS: Record<
	string,
	{
		Stage: Component<ViewProps, object, 'selected'>;
		Controls?: Component<ViewProps, object, 'selected'>;
	}
> = {
	ring: { Stage: RingView, Controls: RingControls },
	pastry: { Stage: PastryStage, Controls: PastryControls },
	search: { Stage: SearchStage, Controls: SearchControls },
	gossip: { Stage: GossipStage, Controls: GossipControls }
};
