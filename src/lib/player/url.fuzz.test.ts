import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { SimError } from '$lib/sim/core';
import { parseParam } from '$lib/models/params';
import { entryFor, MODEL_NAMES } from '$lib/models/registry';
import type { ParamSpec, SimEntry } from '$lib/models/types';
import { Player } from './player.svelte';
import { decodeRun } from './url';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** A value for one parameter: a fitting one, one just outside, or any text at all. */
function valueFor(spec: ParamSpec): fc.Arbitrary<string> {
	const any = fc.oneof(
		fc.string({ maxLength: 12 }),
		fc.constantFrom('', ' ', '-1', '1e400', 'NaN', 'Infinity', '0x10', '1.5', '٣', '%', '\u0000')
	);
	if (spec.kind === 'choice')
		return fc.oneof(fc.constantFrom(...spec.choices), fc.constantFrom('RING', 'none', ''), any);
	// Fitting numbers stay small, so a replay stays quick; size is the benchmarks' business.
	const small = Math.min(spec.max, spec.min + 12);
	return fc.oneof(
		(spec.kind === 'int'
			? fc.integer({ min: spec.min, max: small })
			: fc.double({ min: spec.min, max: Math.min(spec.max, spec.min + 1), noNaN: true })
		).map(String),
		fc.constantFrom(String(spec.min - 1), String(spec.max + 1), String(spec.min + 0.5)),
		any
	);
}

/** A command a link might carry: a known type with fields of any shape. */
function command(entry: SimEntry): fc.Arbitrary<unknown> {
	const field = fc.constantFrom(
		'id', 'key', 'from', 'to', 'name', 'node', 'nodes', 'ids', 'count', 'rounds', 'fraction',
		'requester', 'query', 'method', 'kind', 'keyword', 'low', 'high', 'ttl', 'auto', 'object'
	); // prettier-ignore
	const value = fc.oneof(
		fc.integer({ min: -3, max: 300 }),
		fc.constantFrom(2 ** 24 - 1, 2 ** 31, 1e9, -1e9, 0.5, Number.MAX_SAFE_INTEGER),
		fc.double(),
		fc.string({ maxLength: 8 }),
		fc.constantFrom('65a1fc', 'd46a1c', 'exact', 'keyword', 'range', 'flood', 'jazz.mp3'),
		fc.boolean(),
		fc.constant(null),
		fc.array(fc.integer({ min: -1, max: 50 }), { maxLength: 4 }),
		fc.dictionary(fc.constantFrom('kind', 'name', 'low', 'high', 'keyword'), fc.string(), {
			maxKeys: 3
		})
	);
	return fc.oneof(
		fc
			.tuple(fc.constantFrom(...entry.commandTypes), fc.dictionary(field, value, { maxKeys: 4 }))
			.map(([type, fields]) => ({ ...fields, type })),
		fc.anything({ maxDepth: 2 })
	);
}

/** The `log` parameter: a compressed command list (valid or not), or any text. */
function log(entry: SimEntry): fc.Arbitrary<string> {
	const entries = fc.array(
		fc.oneof(
			fc.tuple(fc.integer({ min: 0, max: 40 }), command(entry)),
			fc.tuple(fc.constantFrom(-1, 1.5, 5_000_000, '3', null), command(entry)),
			fc.anything({ maxDepth: 2 })
		),
		{ maxLength: 5 }
	);
	return fc.oneof(
		entries.map((list) => LZString.compressToEncodedURIComponent(JSON.stringify(list))),
		fc.anything({ maxDepth: 2 }).map((x) => LZString.compressToEncodedURIComponent(JSON.stringify(x) ?? '')),
		fc.string({ maxLength: 30 })
	); // prettier-ignore
}

/** A query string: any of the model's parameters, the seed, the step, the log, and strangers. */
function query(entry: SimEntry): fc.Arbitrary<[string, string][]> {
	const pair = fc.oneof(
		...entry.params.map((spec) => fc.tuple(fc.constant(spec.key), valueFor(spec))),
		fc.tuple(fc.constant('seed'), fc.oneof(fc.string({ maxLength: 70 }), fc.constant('lecture'))),
		fc.tuple(
			fc.constant('step'),
			fc.oneof(fc.integer({ min: -2, max: 60 }).map(String), fc.string({ maxLength: 6 }))
		),
		fc.tuple(fc.constant('log'), log(entry)),
		fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }))
	);
	return fc.array(pair, { maxLength: 8 });
}

it('a log that decompresses to text that is not JSON is named, on one line', () => {
	const entry = entryFor('ring') as SimEntry;
	expect(decodeRun(entry, new URLSearchParams([['log', 'F!! Q']])).notices).toEqual([
		"the link's list of your actions is damaged (it is not a compressed command list); it was left out"
	]);
});

describe.each(MODEL_NAMES)('a %s link, whatever it holds', (name) => {
	const entry = entryFor(name) as SimEntry;

	it('decodes to a valid run, each problem named, and opens a player or a refusal the page shows', () => {
		fc.assert(
			fc.property(query(entry), (pairs) => {
				const q = new URLSearchParams(pairs);
				const { run, notices } = decodeRun(entry, q);
				// What is kept is valid; what is not is named: the parameter's label, seed, step or log.
				for (const spec of entry.params) {
					expect('error' in parseParam(spec, String(run.params[spec.key]))).toBe(false);
					const given = q.get(spec.key);
					if (given !== null && 'error' in parseParam(spec, given))
						expect(notices.some((n) => n.startsWith(spec.label))).toBe(true);
				}
				expect(Number.isInteger(run.step) && run.step >= 0).toBe(true);
				const names = [...entry.params.map((s) => s.label), 'seed ', 'step ', "the link's list"];
				for (const n of notices) {
					expect(
						names.some((label) => n.startsWith(label)),
						n
					).toBe(true);
					expect(n).not.toContain('\n');
				}
				// PlayView builds a Player from it and shows a SimError as a notice; anything else
				// thrown would break the page.
				try {
					const player = new Player(entry, run);
					expect(player.position).toBeLessThanOrEqual(run.step);
				} catch (e) {
					if (!(e instanceof SimError)) throw e;
					expect(e.message.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: RUNS }
		);
	});
});
