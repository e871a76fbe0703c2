import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyFromName } from './hash';
import { formatId } from './ids';

describe('keyFromName', () => {
	it('takes the leading bits of SHA-1, the same on every platform', () => {
		// sha1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d (FIPS 180-1 test vector)
		expect(formatId(keyFromName('abc'))).toBe('a9993e');
		expect(formatId(keyFromName('abc', { b: 4, digits: 13 }), { b: 4, digits: 13 })).toBe(
			'a9993e3647068'
		);
		expect(formatId(keyFromName('abc', { b: 1, digits: 4 }), { b: 1, digits: 4 })).toBe('1010');
		// sha1("") = da39a3ee5e6b4b0d3255bfef95601890afd80709
		expect(formatId(keyFromName(''))).toBe('da39a3');
	});

	it.each(['é', 'jazz.mp3', 'Irisatech-10/10/08', '日本語', 'a'.repeat(1000)])(
		'agrees with node:crypto on %j (UTF-8)',
		(name) => {
			const hex = createHash('sha1').update(name, 'utf8').digest('hex');
			expect(formatId(keyFromName(name))).toBe(hex.slice(0, 6));
			expect(formatId(keyFromName(name, { b: 4, digits: 13 }), { b: 4, digits: 13 })).toBe(
				hex.slice(0, 13)
			);
		}
	);
});
