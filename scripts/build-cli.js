// Builds the command line ahead of time: src/cli/main.ts and everything it imports as one ES module,
// dist/cli/sim.mjs, so `npm run sim` starts without compiling TypeScript. Run by `npm ci` (prepare)
// and `npm run build`; scripts/sim.js rebuilds it when a source is newer. The bundle is not in git.
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = `${root}dist/cli/`;
export const BUNDLE = `${OUT_DIR}sim.mjs`;
/** The files the bundle was built from (absolute paths), for the staleness check. */
export const INPUTS = `${OUT_DIR}inputs.json`;

/**
 * Whether `bundle` must be rebuilt: it or its list of inputs is missing, or an input is newer (or
 * gone). Stats only the files the bundle was built from: a millisecond or two.
 */
export function isStale(bundle = BUNDLE, inputs = INPUTS) {
	try {
		const built = statSync(bundle).mtimeMs;
		/** @type {string[]} */
		const files = JSON.parse(readFileSync(inputs, 'utf8'));
		return files.some((file) => statSync(file).mtimeMs > built);
	} catch {
		return true;
	}
}

/** Bundles the CLI; writes to temporary names then renames, so a concurrent run never sees half a file. */
export async function buildCli() {
	const { build } = await import('esbuild');
	// The bundle is dated when the build starts: a source saved while it runs stays newer than it.
	const started = new Date();
	const result = await build({
		absWorkingDir: root,
		entryPoints: ['src/cli/main.ts'],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		write: false,
		metafile: true,
		legalComments: 'none',
		logLevel: 'warning',
		// CommonJS dependencies (seedrandom) need a require of their own inside an ES module.
		banner: {
			js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
		}
	});
	mkdirSync(OUT_DIR, { recursive: true });
	const tag = `${process.pid}.${Date.now()}`;
	writeFileSync(`${BUNDLE}.${tag}`, result.outputFiles[0].contents);
	utimesSync(`${BUNDLE}.${tag}`, started, started);
	const inputs = Object.keys(result.metafile.inputs).map((f) => `${root}${f}`);
	inputs.push(`${root}package.json`, fileURLToPath(import.meta.url));
	writeFileSync(`${INPUTS}.${tag}`, JSON.stringify(inputs));
	renameSync(`${INPUTS}.${tag}`, INPUTS);
	renameSync(`${BUNDLE}.${tag}`, BUNDLE);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
