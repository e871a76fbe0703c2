import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';

/**
 * The engine may get faster; it may not change what a seed gives. Each file in `golden/` is the JSON
 * a documented command printed before the engine work began (`golden/commands.json` lists the
 * command lines). A deliberate protocol fix updates the file it changes in its own commit, saying
 * which output changes and why.
 */
const dir = new URL('./golden/', import.meta.url);
const commands = JSON.parse(readFileSync(new URL('commands.json', dir), 'utf8')) as Record<
	string,
	string
>;

describe('documented commands print what they printed before', () => {
	for (const [name, line] of Object.entries(commands))
		it(`${name}: ${line}`, () => {
			const [model, ...argv] = line.split(' ');
			const out = COMMANDS[model](argv);
			const want = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
			expect(JSON.parse(JSON.stringify(out.json))).toEqual(want);
		});
});
