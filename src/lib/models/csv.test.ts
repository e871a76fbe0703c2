import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csv', () => {
	it('quotes only the fields that need it (RFC 4180)', () => {
		expect(csvField('65a1fc')).toBe('65a1fc');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});

	it('writes rows with a final line break', () => {
		expect(
			toCsv([
				['kind', 'name'],
				['key', 'jazz, vol. 1']
			])
		).toBe('kind,name\nkey,"jazz, vol. 1"\n');
	});
});
