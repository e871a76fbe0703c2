import { z } from 'zod';

// No compiled validators: zod's probe for `new Function` is a CSP violation on /lessons/try.
z.config({ jitless: true });

/** The front block of a lesson file. */
export const frontSchema = z
	.object({
		title: z.string().min(1),
		topic: z.string().min(1),
		summary: z.string().min(1),
		/** Outline topics taught: a list (taught from step 1), or topic → step number. */
		outline: z
			.union([z.array(z.string().min(1)), z.record(z.string().min(1), z.string())])
			.default([])
	})
	.strict();

const scalar = z.union([z.number(), z.string()]);

/** A step's ```sim block, before it is checked against the model. */
export const simSchema = z
	.object({
		model: z.string().optional(),
		params: z.record(z.string(), scalar).optional(),
		seed: scalar.optional(),
		actions: z.array(z.union([z.string(), z.record(z.string(), z.unknown())])).default([]),
		panels: z.array(z.string()).optional(),
		highlight: z.array(scalar).default([]),
		question: z
			.object({ ask: z.string().min(1), answer: z.string().min(1) })
			.strict()
			.optional()
	})
	.strict();

/** The sim block as parsed. */
export type SimBlock = z.infer<typeof simSchema>;
