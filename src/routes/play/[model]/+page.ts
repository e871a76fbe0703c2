import { MODEL_NAMES } from '$lib/models/registry';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered playground per model; any other name reaches the page through the 404 fallback. */
export const entries: EntryGenerator = () => MODEL_NAMES.map((model) => ({ model }));

export const load: PageLoad = ({ params }) => ({ model: params.model });
