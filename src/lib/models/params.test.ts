import { describe, expect, it } from 'vitest';
import { parseParam, readParams, seedError } from './params';

describe('parameters', () => {
	const nodes = {
		key: 'nodes',
		label: 'Nodes',
		kind: 'int',
		min: 0,
		max: 512,
		default: 16
	} as const;

	it('parses numbers within range and names what is wrong', () => {
		expect(parseParam(nodes, '40')).toEqual({ value: 40 });
		expect(parseParam(nodes, '4.5')).toEqual({
			error: 'Nodes must be a whole number from 0 to 512, got "4.5"'
		});
		expect(parseParam(nodes, '')).toEqual({
			error: 'Nodes must be a whole number from 0 to 512, got ""'
		});
	});

	it('falls back to the default for each bad value', () => {
		const { values, errors } = readParams([nodes], () => 'lots');
		expect(values).toEqual({ nodes: 16 });
		expect(errors).toEqual(['Nodes must be a whole number from 0 to 512, got "lots"']);
	});

	it('accepts seeds that read well in a link', () => {
		expect(seedError('lecture-2.b_1')).toBeNull();
		expect(seedError('a b')).toBe('must be 1 to 40 letters, digits, ".", "_" or "-", got "a b"');
		expect(seedError('')).not.toBeNull();
		expect(seedError('x'.repeat(41))).not.toBeNull();
	});
});
