/**
 * How PeerScope starts Debian's Chromium everywhere (e2e, benchmarks, screenshots): never a downloaded
 * browser, and without the background networking a closed network refuses (STACK.md).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
