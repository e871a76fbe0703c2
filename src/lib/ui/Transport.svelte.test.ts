import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ringEntry } from '$lib/models/ring';
import type { SimEntry } from '$lib/models/types';
import type { RingState } from '$lib/sim/ring';
import { Player } from '$lib/player/player.svelte';
import Transport from './Transport.svelte';

describe('Transport', () => {
	it('steps forward and back and shows the step', async () => {
		const player = new Player<RingState>(ringEntry as unknown as SimEntry<RingState>, {
			model: 'ring',
			params: { digits: 6, nodes: 2, keys: 1 },
			seed: '1',
			step: 0,
			log: []
		});
		render(Transport, { player, roundLabel: null });
		expect(screen.getByTestId('step').textContent).toBe('0');
		expect((screen.getByRole('button', { name: 'Step back' }) as HTMLButtonElement).disabled).toBe(
			true
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
		expect(screen.getByTestId('step').textContent).toBe('2');
		await fireEvent.click(screen.getByRole('button', { name: 'Last step' }));
		expect(screen.getByTestId('step').textContent).toBe('3');
		expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(
			true
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
		expect(screen.getByTestId('step').textContent).toBe('2');
		expect(player.state.keys).toHaveLength(0);
		await fireEvent.click(screen.getByRole('button', { name: 'First step' }));
		expect(player.state.nodes).toHaveLength(0);
	});
});
