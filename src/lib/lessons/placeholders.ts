/**
 * Numbers a lesson states about its run, filled in from that run. A placeholder `{{name}}` or
 * `{{name:format}}` in a step's narration, speaker notes or question is replaced at compile time by
 * the fact `name` of the step's state after its last action (see `facts/`), so the text cannot
 * drift from the simulation. Formats: `2` (two decimals), `%1` (a percentage with one decimal),
 * `word` / `Word` (a whole number as a word, "three" / "Three"), `int` (rounded, with thousands
 * separators). Without a format a number prints as it is (rounded to 3 decimals).
 */

/** A fact's value: a number, or text (an id, a list, a Markdown table). */
export type Fact = number | string;

/** Facts by name, computed on demand (some cost a graph traversal). */
export type FactSource = Readonly<Record<string, () => Fact>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.-]*)\s*(?::\s*([%\w]+)\s*)?\}\}/g;

const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];

/** Formats one fact; throws Error naming the problem when the format does not fit the value. */
export function formatFact(value: Fact, format: string | undefined): string {
	if (typeof value === 'string') {
		if (format !== undefined) throw new Error(`a text fact takes no format, got ":${format}"`);
		return value;
	}
	if (!Number.isFinite(value)) return '—';
	if (format === undefined) return String(Math.round(value * 1000) / 1000);
	if (format === 'int') return Math.round(value).toLocaleString('en-US');
	if (format === 'word' || format === 'Word') {
		if (!Number.isInteger(value) || value < 0 || value >= WORDS.length)
			throw new Error(
				`":${format}" spells whole numbers from 0 to ${WORDS.length - 1}, got ${value}`
			);
		const w = WORDS[value];
		return format === 'Word' ? w[0].toUpperCase() + w.slice(1) : w;
	}
	const pct = format.startsWith('%');
	const digits = Number(pct ? format.slice(1) || '0' : format);
	if (!Number.isInteger(digits) || digits < 0 || digits > 6)
		throw new Error(`unknown format ":${format}"; expected 0-6, %0-%6, int, word or Word`);
	return (pct ? value * 100 : value).toFixed(digits) + (pct ? '%' : '');
}

/** The names of the placeholders in `text`. */
export function placeholdersIn(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * Replaces every placeholder of `text` by its fact. Throws Error naming an unknown fact (with the
 * facts the step offers) or a format that does not fit.
 */
export function fillFacts(text: string, facts: FactSource): string {
	return text.replace(PLACEHOLDER, (_, name: string, format: string | undefined) => {
		if (!Object.hasOwn(facts, name))
			throw new Error(
				`unknown fact "{{${name}}}"; this step offers ${Object.keys(facts).sort().join(', ') || 'none'}`
			);
		try {
			return formatFact(facts[name](), format);
		} catch (e) {
			throw new Error(`fact "{{${name}}}": ${(e as Error).message}`, { cause: e });
		}
	});
}
