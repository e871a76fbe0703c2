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

describe('one name for the view size', () => {
	it('writes viewSize, and still reads the view of older links and lessons', async () => {
		const { GOSSIP_PARAMS } = await import('./params-gossip');
		const { broadcastEntry } = await import('./broadcast');
		for (const specs of [GOSSIP_PARAMS, broadcastEntry.params]) {
			expect(specs.some((s) => s.key === 'viewSize')).toBe(true);
			expect(specs.some((s) => s.key === 'view')).toBe(false);
			const read = (q: string) => readParams(specs, (k) => new URLSearchParams(q).get(k));
			expect(read('viewSize=5').values.viewSize).toBe(5);
			expect(read('view=5').values.viewSize).toBe(5);
			expect(read('view=5').values.view).toBeUndefined();
			expect(read('view=-3').errors).toEqual([expect.stringContaining('View size c')]);
		}
	});
});
