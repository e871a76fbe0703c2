import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../cli/commands';
import { defaultParams, flagOf, forCommand } from '$lib/models/params';
import { BROADCAST_PARAMS } from '$lib/models/params-broadcast';
import { GOSSIP_TABLE } from '$lib/models/params-gossip';
import { PAST_PARAMS } from '$lib/models/params-past';
import { PASTRY_PARAMS } from '$lib/models/params-pastry';
import { RING_PARAMS } from '$lib/models/params-ring';
import { SCRIBE_PARAMS } from '$lib/models/params-scribe';
import { SEARCH_PARAMS } from '$lib/models/params-search';
import { entryFor } from '$lib/models/registry';
import type { ParamTable } from '$lib/models/types';
import ParamsForm from './ParamsForm.svelte';

/**
 * Issue 10, Deliver 5: the parameter form and `sim <model> --help` come from one table. The form
 * shows exactly the table's page parameters, by label; the help has one line per flag, naming the
 * same label and the range the simulation accepts, so a label or a range changed in the table
 * changes both, and a parameter added to one of them only fails here.
 */
const TABLES: [string, ParamTable][] = [
	['ring', RING_PARAMS],
	['pastry', PASTRY_PARAMS],
	['gossip', GOSSIP_TABLE],
	['search', SEARCH_PARAMS],
	['scribe', SCRIBE_PARAMS],
	['past', PAST_PARAMS],
	['broadcast', BROADCAST_PARAMS]
];

/** Each table's command lines: the model's, or each subcommand's with the flags it reads. */
const COMMAND_LINES: [string, string[], ParamTable][] = TABLES.flatMap(([model, table]) =>
	model === 'pastry'
		? ['route', 'stats'].map((c): [string, string[], ParamTable] => [
				model,
				[c],
				forCommand(table, c)
			])
		: [[model, [], table]]
);

describe.each(TABLES)('the %s parameter table', (model, table) => {
	const entry = entryFor(model)!;

	it('is what the form shows, label by label, and nothing else', () => {
		render(ParamsForm, {
			entry,
			params: defaultParams(entry.params),
			seed: '1',
			onapply: () => null
		});
		const form = screen.getByRole('form', { name: 'Parameters' });
		const shown = [...form.querySelectorAll('label > span:first-child')]
			.map((s) => s.textContent?.trim())
			.filter((t) => t !== 'Seed');
		expect(shown).toEqual(table.filter((s) => s.only !== 'cli').map((s) => s.label));
		expect(entry.params.every((s) => table.includes(s))).toBe(true);
	});
});

describe.each(COMMAND_LINES)('the %s %j flags', (model, argv, table) => {
	const help = HELP[model](argv).split('\n');

	it('are what the help lists, flag by flag, with the same labels and the headless ranges', () => {
		expect(help[0]).toBe(
			`usage: npm run --silent sim -- ${[model, ...argv].join(' ')} [options] [--seed S] [--json]`
		);
		const flags = table.filter((s) => s.only !== 'page');
		const lines = help.filter((l) => l.startsWith('  --'));
		expect(lines.length).toBe(flags.length + (model === 'gossip' ? 3 : 0));
		for (const spec of flags) {
			const line = lines.find((l) => l.startsWith(`  --${flagOf(spec)} `));
			expect(line, `--${flagOf(spec)}`).toBeDefined();
			expect(line).toContain(spec.label);
			if (spec.kind === 'choice') expect(line).toContain(spec.choices.join('|'));
			else if (spec.kind === 'int' || spec.kind === 'number') {
				const { min, max } = spec.limits ?? spec;
				expect(line).toContain(spec.dependentLimits?.text ?? `${min} to ${max}`);
			}
		}
		// Every flag line is one of the table's flags, a flag combining two page parameters, or
		// gossip's --metrics (what the rows measure: the command line's own choice).
		const names = lines.map((l) => l.trim().split(' ')[0]);
		const known = flags.map((s) => `--${flagOf(s)}`);
		expect(names.filter((n) => !known.includes(n))).toEqual(
			model === 'gossip' ? ['--exchange', '--fail', '--metrics'] : []
		);
	});
});
