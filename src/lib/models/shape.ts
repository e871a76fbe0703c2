import { SimError, type Model, type Tagged } from '$lib/sim/core';

/**
 * What a field of a command must hold: a node id (a whole number, `?` when it may be absent), a
 * list of node ids, a finite number, or a text.
 */
export type FieldKind = 'id' | 'id?' | 'ids' | 'number' | 'text';

const isId = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

function fits(kind: FieldKind, v: unknown): boolean {
	switch (kind) {
		case 'id':
			return isId(v);
		case 'id?':
			return v === undefined || isId(v);
		case 'ids':
			return Array.isArray(v) && v.every(isId);
		case 'number':
			return typeof v === 'number' && Number.isFinite(v);
		case 'text':
			return typeof v === 'string';
	}
}

const WANTED: Record<FieldKind, string> = {
	id: 'a node id',
	'id?': 'a node id',
	ids: 'a list of node ids',
	number: 'a number',
	text: 'a text'
};

/**
 * Checks that a command (from a shared link, which anyone can edit) has the fields its type needs,
 * before the model reads them; throws SimError naming the command, the field and what it holds.
 */
export function checkShape(
	c: Tagged,
	shapes: Readonly<Record<string, Readonly<Record<string, FieldKind>>>>
): void {
	const shape = Object.hasOwn(shapes, c.type) ? shapes[c.type] : undefined;
	if (!shape)
		throw new SimError(
			`"${String(c.type)}" is not a command here; expected ${Object.keys(shapes).join(', ')}`
		);
	for (const [field, kind] of Object.entries(shape)) {
		const v = (c as unknown as Record<string, unknown>)[field];
		if (!fits(kind, v))
			throw new SimError(
				`the ${c.type} command needs ${field} as ${WANTED[kind]}, got ${JSON.stringify(v) ?? 'nothing'}`
			);
	}
}

/** The model with every command's shape checked first (see {@link checkShape}); same name and rules. */
export function shapeChecked<S, C extends Tagged, E extends Tagged>(
	model: Model<S, C, E>,
	shapes: Readonly<Record<string, Readonly<Record<string, FieldKind>>>>
): Model<S, C, E> {
	return {
		...model,
		apply(s, c) {
			checkShape(c, shapes);
			return model.apply(s, c);
		}
	};
}
