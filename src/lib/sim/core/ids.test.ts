import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	closerToKey,
	closestTo,
	digitAt,
	digitsOf,
	formatId,
	IdError,
	parseId,
	ringDistance,
	sharedPrefixLength,
	validateIdSpace,
	type IdSpace
} from './ids';

const hex6: IdSpace = { b: 4, digits: 6 };

describe('ids', () => {
	it('reads and writes the lecture ids', () => {
		expect(parseId('d46a1c')).toBe(0xd46a1c);
		expect(formatId(0x65a1fc)).toBe('65a1fc');
		expect(formatId(0x00002a)).toBe('00002a');
		expect(parseId(' D46A1C ')).toBe(0xd46a1c);
	});

	it.each([
		['d46a1', 'has 5 digits; ids here have 6 hexadecimal digits'],
		['d46a1cc', 'has 7 digits'],
		['d46g1c', '"g" is not one of the hexadecimal digits'],
		['', 'got nothing']
	])('rejects %j with a message naming the problem', (text, message) => {
		expect(() => parseId(text, hex6)).toThrow(IdError);
		expect(() => parseId(text, hex6)).toThrow(message);
	});

	it('writes base-4 ids with digits 0-3', () => {
		const space = { b: 2, digits: 4 };
		expect(formatId(0b11100100, space)).toBe('3210');
		expect(parseId('3210', space)).toBe(0b11100100);
		expect(() => parseId('3214', space)).toThrow('"4" is not one of the digits 0-3 (base 4)');
	});

	it('takes digits most significant first', () => {
		expect(digitsOf(0xd46a1c, hex6)).toEqual([0xd, 4, 6, 0xa, 1, 0xc]);
		expect(digitAt(0xd46a1c, 0, hex6)).toBe(0xd);
		expect(digitAt(0xd46a1c, 5, hex6)).toBe(0xc);
	});

	it('measures shared prefixes as the lecture route does', () => {
		const key = 0xd46a1c;
		expect(sharedPrefixLength(0x65a1fc, key, hex6)).toBe(0);
		expect(sharedPrefixLength(0xd13da3, key, hex6)).toBe(1);
		expect(sharedPrefixLength(0xd4213f, key, hex6)).toBe(2);
		expect(sharedPrefixLength(0xd462ba, key, hex6)).toBe(3);
		expect(sharedPrefixLength(key, key, hex6)).toBe(6);
	});

	it('measures ring distance with wrap-around', () => {
		expect(ringDistance(0xfffffe, 0x000001, hex6)).toBe(3);
		expect(ringDistance(0x000000, 0x800000, hex6)).toBe(0x800000);
	});

	it('picks the numerically closest root, ties to the smaller id', () => {
		expect(closestTo(0xd46a1c, [0xd462ba, 0xd467c4, 0xd471f1], hex6)).toBe(0xd467c4);
		expect(closestTo(0x000001, [0xfffffe, 0x000010], hex6)).toBe(0xfffffe);
		expect(closerToKey(5, 3, 7, hex6)).toBe(true);
		expect(closerToKey(5, 7, 3, hex6)).toBe(false);
		expect(closestTo(1, [], hex6)).toBeUndefined();
	});

	it('validates id spaces', () => {
		expect(() => validateIdSpace({ b: 0, digits: 6 })).toThrow('b must be an integer from 1 to 4');
		expect(() => validateIdSpace({ b: 5, digits: 6 })).toThrow('b must be an integer from 1 to 4');
		expect(() => validateIdSpace({ b: 4, digits: 14 })).toThrow('from 1 to 13 when b = 4');
		expect(validateIdSpace({ b: 1, digits: 52 })).toEqual({ b: 1, digits: 52 });
	});

	it('round-trips every id of every space (property)', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 1, max: 4 })
					.chain((b) =>
						fc
							.integer({ min: 1, max: Math.floor(52 / b) })
							.chain((digits) =>
								fc.tuple(
									fc.constant({ b, digits }),
									fc.integer({ min: 0, max: 2 ** (b * digits) - 1 })
								)
							)
					),
				([space, id]) => {
					expect(parseId(formatId(id, space), space)).toBe(id);
					expect(sharedPrefixLength(id, id, space)).toBe(space.digits);
				}
			)
		);
	});
});
