import { describe, expect, it } from 'vitest';
import { initSearch, searchModel } from './model';
import { buildNetwork } from './network';

describe('route paths', () => {
	it.each([
		['dht', 'pastry'],
		['greedy', 'tman']
	] as const)(
		'keeps the %s path, the same whether stepped or finished at once',
		(method, overlay) => {
			const network = buildNetwork({ overlay, nodes: 300, seed: 'p' });
			const stepped = initSearch(network, { method, queries: 3 }, 's');
			const whole = initSearch(network, { method, queries: 3 }, 's');
			for (let q = 0; q < 3; q++) {
				searchModel.apply(stepped, { type: 'start-query' });
				while (stepped.run && !stepped.run.done) searchModel.apply(stepped, { type: 'step' });
				searchModel.apply(whole, { type: 'finish-query' });
				const a = stepped.last?.state;
				const b = whole.last?.state;
				const path = (s: typeof a) =>
					s?.method === 'dht' ? s.path : s?.method === 'greedy' ? s.greedy.path : null;
				expect(path(b)).toEqual(path(a));
				const p = path(a) as number[];
				expect(p[0]).toBe(stepped.last?.source);
				const hops = a?.method === 'dht' ? a.hops : a?.method === 'greedy' ? a.greedy.hops : -1;
				expect(p.length).toBe(hops + 1);
			}
		}
	);
});
