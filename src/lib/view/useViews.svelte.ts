import { viewsOf, type ModelViews } from './views';

/**
 * The views of the model `name()` names, as reactive state: null while they load, and never the
 * views of another model (a lesson step may switch models).
 */
export function useViews(name: () => string | undefined): { readonly current: ModelViews | null } {
	let got = $state<{ model: string; views: ModelViews } | null>(null);
	$effect(() => {
		const model = name();
		if (!model) return;
		let live = true;
		void viewsOf(model).then((views) => {
			if (live) got = { model, views };
		});
		return () => {
			live = false;
		};
	});
	return {
		get current() {
			return got && got.model === name() ? got.views : null;
		}
	};
}
