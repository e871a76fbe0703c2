import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 404.html answers unknown paths on static hosts that support it.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Content-Security-Policy as a <meta> in every prerendered page (and the 404.html shell): hash
		// mode, so Kit's one inline bootstrap script is allowed by its sha256 and no other inline
		// script runs; nothing from another origin, no eval. Lesson HTML is sanitised as well
		// (src/lib/lessons/sanitize.ts): this is the second fence, not the only one.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// <link rel=stylesheet> from the site only; inline style *attributes* are allowed: KaTeX
				// places every glyph with them, and Svelte's markup and the app shell carry some.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				// data: for the PNG export (an <img> of the SVG) and images a lesson embeds.
				'img-src': ['self', 'data:'],
				// data: for the KaTeX font small enough for Vite to inline into the CSS.
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
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
