import { SimError } from './model';

/**
 * The parameter checks every model's simulation shares. An integer within [min, max], or a
 * {@link SimError} naming the parameter (`hint` is added after the range: why the bound is there).
 */
export function integer(name: string, v: number, min: number, max: number, hint = ''): number {
	if (!Number.isInteger(v) || v < min || v > max)
		throw new SimError(`${name} must be an integer from ${min} to ${max}${hint}, got ${v}`);
	return v;
}

/** One of `list`, or a {@link SimError} listing the choices. */
export function choice<T extends string>(name: string, v: T, list: readonly T[]): T {
	if (!list.includes(v))
		throw new SimError(`unknown ${name} "${v}"; try one of: ${list.join(', ')}`);
	return v;
}
