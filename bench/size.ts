import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** Gzip sizes (level 9) of the JS and CSS the build ships, in kB: everything, and what /play/ring loads. */
export function bundleSizes(buildDir = 'build'): { jsKb: number; cssKb: number; files: number } {
	const assets = files(join(buildDir, '_app')).filter((f) => /\.(js|css)$/.test(f));
	let js = 0;
	let css = 0;
	for (const f of assets) {
		const gz = gzipSync(readFileSync(f), { level: 9 }).length;
		if (f.endsWith('.js')) js += gz;
		else css += gz;
	}
	return { jsKb: +(js / 1024).toFixed(1), cssKb: +(css / 1024).toFixed(1), files: assets.length };
}
