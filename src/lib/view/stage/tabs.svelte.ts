import { getContext, setContext } from 'svelte';

/** A requested panel the stage had no room for, and the digit key that brings it into view. */
export interface HiddenPanel {
	readonly name: string;
	readonly label: string;
	readonly key: number;
}

const TABS = Symbol('peerscope:stage-tabs');

/**
 * Where a page shows the panels its stage left out (in its own bar, so the stage keeps its room):
 * the stage fills `hidden`, the page's tabs call `bring`.
 */
export class StageTabs {
	hidden = $state.raw<readonly HiddenPanel[]>([]);
	#bring: (name: string) => void = () => {};

	/** Called by the stage whenever its layout changes. */
	attach(hidden: readonly HiddenPanel[], bring: (name: string) => void): void {
		this.hidden = hidden;
		this.#bring = bring;
	}

	/** Brings a hidden panel into view (what its tab does). */
	bring(name: string): void {
		this.#bring(name);
	}

	/** The hidden panel of this name, if it is one. */
	find(name: string): HiddenPanel | undefined {
		return this.hidden.find((h) => h.name === name);
	}
}

/** Makes the stages below show their hidden panels in `tabs` (call in the page). */
export function provideStageTabs(tabs: StageTabs): StageTabs {
	setContext(TABS, tabs);
	return tabs;
}

/** The page's tabs, or undefined when the stage shows its own. */
export function useStageTabs(): StageTabs | undefined {
	return getContext<StageTabs | undefined>(TABS);
}
