// `npm run sim -- …`: runs the prebuilt command line (dist/cli/sim.mjs), rebuilding it first when it
// is missing or a file it was built from is newer, so a developer never runs a stale CLI.
import { pathToFileURL } from 'node:url';
import { BUNDLE, buildCli, isStale } from './build-cli.js';

if (isStale()) await buildCli();
await import(pathToFileURL(BUNDLE).href);
