/** What a key does, whatever page handles it. */
export type KeyAction =
	| 'play'
	| 'forward'
	| 'back'
	| 'round'
	| 'home'
	| 'end'
	| 'reset'
	| 'fullscreen'
	| 'bigger'
	| 'smaller'
	| 'theme'
	| 'lecture'
	| 'presenter'
	| 'panel'
	| 'help';

/** The keyboard map, in the order the help overlay lists it. Presentation clickers send PageUp/PageDown. */
export const KEY_MAP: readonly {
	keys: readonly string[];
	action: KeyAction;
	label: string;
	/** How the help overlay prints the keys, when not one by one. */
	shown?: string;
}[] = [
	{ keys: [' '], action: 'play', label: 'Play / pause' },
	{ keys: ['ArrowRight', 'PageDown'], action: 'forward', label: 'Next step' },
	{ keys: ['ArrowLeft', 'PageUp'], action: 'back', label: 'Step back' },
	{ keys: ['n', 'N'], action: 'round', label: 'Next round' },
	{ keys: ['Home'], action: 'home', label: 'First step' },
	{ keys: ['End'], action: 'end', label: 'Last step' },
	{ keys: ['r', 'R'], action: 'reset', label: 'Reset' },
	{ keys: ['f', 'F'], action: 'fullscreen', label: 'Fullscreen' },
	{ keys: ['+', '='], action: 'bigger', label: 'Larger text' },
	{ keys: ['-', '_'], action: 'smaller', label: 'Smaller text' },
	{ keys: ['t', 'T'], action: 'theme', label: 'Light / dark theme' },
	{ keys: ['l', 'L'], action: 'lecture', label: 'Lecture mode' },
	{ keys: ['p', 'P'], action: 'presenter', label: 'Presenter window (lessons)' },
	{
		keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
		action: 'panel',
		label: 'Show panel 1–9 of the stage (when not all fit)',
		shown: '1–9'
	},
	{ keys: ['?'], action: 'help', label: 'This list of keys' }
];

const BY_KEY = new Map(KEY_MAP.flatMap((b) => b.keys.map((k) => [k, b.action] as const)));

/** Shown in the help overlay for keys whose name is not what is printed on them. */
export const KEY_NAMES: Record<string, string> = {
	' ': 'Space',
	ArrowRight: '→',
	ArrowLeft: '←',
	PageDown: 'PgDn',
	PageUp: 'PgUp'
};

/**
 * The action of a key press, or null when the press belongs to something else: a modifier chord,
 * or typing in a form field (Escape aside).
 */
export function actionOf(event: KeyboardEvent): KeyAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	const target = event.target as HTMLElement | null;
	if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return null;
	if (event.key === ' ' && target?.closest?.('button, a, summary, [role="slider"]')) return null;
	return BY_KEY.get(event.key) ?? null;
}

/** The panel number (1–9) a key press asks the stage to show, or null. */
export function panelKey(event: KeyboardEvent): number | null {
	return actionOf(event) === 'panel' ? Number(event.key) : null;
}

/** Enters or leaves fullscreen on the whole page. */
export function toggleFullscreen(): void {
	if (document.fullscreenElement) void document.exitFullscreen();
	else void document.documentElement.requestFullscreen?.().catch(() => {});
}
