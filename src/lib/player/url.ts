import LZString from 'lz-string';
import type { LoggedCommand, Tagged } from '$lib/sim/core';
import { defaultParams, readParams, seedError } from '$lib/models/params';
import type { ParamValues, SimEntry } from '$lib/models/types';

/** Everything a link must carry to show exactly the same picture: model, parameters, seed, commands, step. */
export interface RunSpec {
	readonly model: string;
	readonly params: ParamValues;
	readonly seed: string;
	readonly step: number;
	readonly log: readonly LoggedCommand<Tagged>[];
}

/** The seed a fresh page uses, so two fresh pages show the same run. */
export const DEFAULT_SEED = '1';

/** The default run of a model: default parameters, the default seed, step 0. */
export function defaultRun(entry: SimEntry): RunSpec {
	return {
		model: entry.name,
		params: defaultParams(entry.params),
		seed: DEFAULT_SEED,
		step: 0,
		log: []
	};
}

/** The query string of a run: parameters in the model's order, then seed, step and the command log. */
export function encodeRun(entry: SimEntry, run: RunSpec): string {
	const q = new URLSearchParams();
	for (const spec of entry.params) q.set(spec.key, String(run.params[spec.key]));
	q.set('seed', run.seed);
	q.set('step', String(run.step));
	if (run.log.length > 0)
		q.set(
			'log',
			LZString.compressToEncodedURIComponent(
				JSON.stringify(run.log.map((l) => [l.step, l.command]))
			)
		);
	return q.toString();
}

function decodeLog(entry: SimEntry, raw: string): LoggedCommand<Tagged>[] {
	const text = LZString.decompressFromEncodedURIComponent(raw);
	if (!text) throw new Error('it is not a compressed command list');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		// JSON's own message quotes the garbled text, line breaks and all.
		throw new Error('it is not a compressed command list');
	}
	if (!Array.isArray(data)) throw new Error('it is not a list');
	return data.map((item, i) => {
		if (!Array.isArray(item) || item.length !== 2)
			throw new Error(`entry ${i + 1} is not [step, command]`);
		const [step, command] = item as [unknown, unknown];
		if (!Number.isInteger(step) || (step as number) < 0)
			throw new Error(`entry ${i + 1} has no valid step`);
		const type = (command as Tagged | null)?.type;
		if (typeof type !== 'string' || !entry.commandTypes.includes(type))
			throw new Error(`entry ${i + 1} is not a ${entry.name} command`);
		return { step: step as number, command: command as Tagged };
	});
}

/**
 * Reads a run from a query string. Never throws: each part that is wrong falls back to its default
 * and adds a notice naming what was wrong, so a mangled link still opens a working page.
 */
export function decodeRun(
	entry: SimEntry,
	query: URLSearchParams
): { run: RunSpec; notices: string[] } {
	const { values, errors } = readParams(entry.params, (k) => query.get(k));
	const notices = [...errors];
	let seed = query.get('seed') ?? DEFAULT_SEED;
	const badSeed = seedError(seed);
	if (badSeed) {
		notices.push(`seed ${badSeed}`);
		seed = DEFAULT_SEED;
	}
	let step = 0;
	const rawStep = query.get('step');
	if (rawStep !== null) {
		const n = Number(rawStep);
		if (rawStep.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 1_000_000) step = n;
		else notices.push(`step must be a whole number from 0, got "${rawStep.slice(0, 20)}"`);
	}
	let log: LoggedCommand<Tagged>[] = [];
	const rawLog = query.get('log');
	if (rawLog !== null) {
		try {
			log = decodeLog(entry, rawLog);
		} catch (e) {
			notices.push(
				`the link's list of your actions is damaged (${(e as Error).message}); it was left out`
			);
		}
	}
	return { run: { model: entry.name, params: values, seed, step, log }, notices };
}
