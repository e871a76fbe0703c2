import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 4174);

/**
 * E2E tests drive Debian's Chromium (never a downloaded browser) against the static build in build/,
 * served as a plain static host would serve it. `npm test` builds first, so a stale build is never tested.
 */
export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 720 },
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `node scripts/serve.js`,
		env: { PORT: String(port) },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
