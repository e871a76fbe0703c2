/** How the page looks, remembered across visits: theme, text scale and lecture mode. */
export type Theme = 'light' | 'dark';

const KEY = 'peerscope:prefs';
const SCALES = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;

class Prefs {
	theme = $state<Theme>('light');
	scaleIndex = $state(2);
	lecture = $state(false);

	/** Whether the user asked the system for less motion. */
	reducedMotion = $state(false);

	/** How long one step's animation lasts, in ms: slower in lecture mode, none for reduced motion. */
	get stepMs(): number {
		return this.reducedMotion ? 0 : this.lecture ? 900 : 450;
	}

	/** The root font size in px (lecture mode's base times the text scale): what 1rem is on screen. */
	get fontPx(): number {
		return (this.lecture ? 20 : 16) * this.scale;
	}

	get scale(): number {
		return SCALES[this.scaleIndex];
	}

	/** Reads saved preferences and applies them to the document. Call once in the browser. */
	load(): void {
		try {
			const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}');
			if (saved.theme === 'light' || saved.theme === 'dark') this.theme = saved.theme;
			if (
				Number.isInteger(saved.scaleIndex) &&
				saved.scaleIndex >= 0 &&
				saved.scaleIndex < SCALES.length
			)
				this.scaleIndex = saved.scaleIndex;
			if (typeof saved.lecture === 'boolean') this.lecture = saved.lecture;
		} catch {
			// Unreadable preferences are ignored: the defaults are always usable.
		}
		const motion = matchMedia('(prefers-reduced-motion: reduce)');
		this.reducedMotion = motion.matches;
		motion.addEventListener('change', () => (this.reducedMotion = motion.matches));
		this.apply();
	}

	toggleTheme(): void {
		this.theme = this.theme === 'light' ? 'dark' : 'light';
		this.apply();
	}

	/** One step larger (+1) or smaller (−1) text. */
	resize(delta: 1 | -1): void {
		this.scaleIndex = Math.max(0, Math.min(SCALES.length - 1, this.scaleIndex + delta));
		this.apply();
	}

	toggleLecture(): void {
		this.lecture = !this.lecture;
		this.apply();
	}

	apply(): void {
		const root = document.documentElement;
		root.dataset.theme = this.theme;
		root.dataset.lecture = String(this.lecture);
		root.style.setProperty('--scale', String(this.scale));
		try {
			localStorage.setItem(
				KEY,
				JSON.stringify({ theme: this.theme, scaleIndex: this.scaleIndex, lecture: this.lecture })
			);
		} catch {
			// Private windows may refuse storage; the preference still holds for this page.
		}
	}
}

/** The page's preferences (one per tab). */
export const prefs = new Prefs();
