import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { idBits, type Id, type IdSpace, DEFAULT_ID_SPACE } from './ids';

/**
 * The key of a name: the first b·digits bits of SHA-1(name as UTF-8), as DHTs derive keys from file
 * names. Synchronous and identical in the browser and in Node.
 */
export function keyFromName(name: string, space: IdSpace = DEFAULT_ID_SPACE): Id {
	const digest = sha1(utf8ToBytes(name));
	const bits = idBits(space);
	let value = 0n;
	for (let i = 0; i < Math.ceil(bits / 8); i++) value = (value << 8n) | BigInt(digest[i]);
	return Number(value >> BigInt(Math.ceil(bits / 8) * 8 - bits));
}
