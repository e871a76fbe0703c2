import { describe, expect, it } from 'vitest';
import { ringEntry } from '$lib/models/ring';
import { decodeRun, encodeRun } from './url';

describe('decodeRun', () => {
	it('names each wrong part of a link in one whole sentence, and falls back part by part', () => {
		const { run, notices } = decodeRun(
			ringEntry,
			new URLSearchParams('nodes=abc&seed=a%20b&step=-3&log=%%%')
		);
		expect(notices).toEqual([
			'The link gives a wrong value: Nodes must be a whole number from 0 to 512, got "abc"; the default was used.',
			'The link\'s seed must be 1 to 40 letters, digits, ".", "_" or "-", got "a b"; seed 1 was used.',
			'The link\'s step must be a whole number from 0, got "-3"; step 0 was used.',
			"The link's list of your actions is damaged (it is not a compressed command list); it was left out."
		]);
		expect(run).toMatchObject({ seed: '1', step: 0, log: [] });
	});

	it('reads back what it wrote, without a notice', () => {
		const spec = decodeRun(ringEntry, new URLSearchParams('nodes=5&seed=x&step=2')).run;
		const again = decodeRun(ringEntry, new URLSearchParams(encodeRun(ringEntry, spec)));
		expect(again).toEqual({ run: spec, notices: [] });
	});
});
