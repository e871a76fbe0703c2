import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 404.html answers unknown paths on static hosts that support it.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		typescript: {
			config(config) {
				// Kit's generated tsconfig leaves these out (STACK.md trap 7).
				config.include.push(
					'../playwright.config.ts',
					'../e2e/**/*.ts',
					'../lessons/**/*.ts',
					'../bench/**/*.ts',
					'../scripts/**/*.ts'
				);
				return config;
			}
		}
	}
};

export default config;
