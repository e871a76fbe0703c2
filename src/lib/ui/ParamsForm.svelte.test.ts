import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { ringEntry } from '$lib/models/ring';
import type { SimEntry } from '$lib/models/types';
import ParamsForm from './ParamsForm.svelte';

const entry = ringEntry as unknown as SimEntry;

describe('ParamsForm', () => {
	it('applies valid parameters and a seed', async () => {
		const onapply = vi.fn(() => null);
		render(ParamsForm, { entry, params: { digits: 6, nodes: 16, keys: 8 }, seed: '1', onapply });
		await fireEvent.input(screen.getByRole('textbox', { name: 'Nodes' }), {
			target: { value: '40' }
		});
		await fireEvent.input(screen.getByRole('textbox', { name: 'Seed' }), {
			target: { value: 'lecture' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
		expect(onapply).toHaveBeenCalledWith({ digits: 6, nodes: 40, keys: 8 }, 'lecture');
	});

	it('names every value out of range and does not apply', async () => {
		const onapply = vi.fn(() => null);
		render(ParamsForm, { entry, params: { digits: 6, nodes: 16, keys: 8 }, seed: '1', onapply });
		await fireEvent.input(screen.getByRole('textbox', { name: 'Nodes' }), {
			target: { value: '-4' }
		});
		await fireEvent.input(screen.getByRole('textbox', { name: 'Id digits' }), {
			target: { value: '2.5' }
		});
		await fireEvent.input(screen.getByRole('textbox', { name: 'Seed' }), {
			target: { value: 'a b' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
		expect(onapply).not.toHaveBeenCalled();
		const errors = screen.getByTestId('param-errors').textContent ?? '';
		expect(errors).toContain('Id digits must be a whole number from 1 to 13, got "2.5"');
		expect(errors).toContain('Nodes must be a whole number from 0 to 512, got "-4"');
		expect(errors).toContain('Seed must be 1 to 40 letters');
	});

	it('shows what the model refuses', async () => {
		render(ParamsForm, {
			entry,
			params: { digits: 6, nodes: 16, keys: 8 },
			seed: '1',
			onapply: () => '17 nodes do not fit in 1 hex digits'
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
		expect(screen.getByTestId('param-errors').textContent).toContain('17 nodes do not fit');
	});
});
