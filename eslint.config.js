import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{
		ignores: [
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The simulation core is pure and seeded: no clocks, timers, DOM or unseeded randomness.
		files: ['src/lib/sim/**/*.ts'],
		ignores: ['src/lib/sim/**/*.test.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'setTimeout',
				'setInterval',
				'performance',
				'requestAnimationFrame'
			],
			'no-restricted-properties': [
				'error',
				{ object: 'Math', property: 'random', message: 'Use a seeded Rng stream from core/rng.' },
				{ object: 'Date', property: 'now', message: 'The simulation has no clock.' }
			]
		}
	}
);
