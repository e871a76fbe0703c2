/**
 * Pastry's engine against the lazy reference, alternating in one process. bench/issue9.ts bundles
 * this with esbuild and runs it in Node, which is how the command line and the page run the engine:
 * run through tsx instead, the engine's 200,000 lookups took 742–806 ms against 355–421 ms bundled
 * (the reference 542–555 against 525–563), so a tsx run overstated the ratio. Prints one JSON line.
 */
import { lazyIds, lazyLookups } from './pastry-lazy';
import { measureLookups, statisticsOverlay } from '../src/lib/sim/pastry';

const runs = Number(process.argv[2] ?? 3);
const o = { nodes: 100_000, lookups: 200_000, seed: '1' };
const cpuMs = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1000;
};
const engine: { wall: number; cpu: number; build: number }[] = [];
const lazy: { wall: number; cpu: number }[] = [];
let hops = 0;
let lazyHops = 0;
for (let i = 0; i < runs; i++) {
	let t = performance.now();
	let c = cpuMs();
	const overlay = statisticsOverlay(o);
	const build = cpuMs() - c;
	hops = measureLookups(overlay, o).meanHops;
	engine.push({ wall: performance.now() - t, cpu: cpuMs() - c, build });
	t = performance.now();
	c = cpuMs();
	lazyHops = lazyLookups(lazyIds(o.nodes, o.seed), o.lookups, o.seed).meanHops;
	lazy.push({ wall: performance.now() - t, cpu: cpuMs() - c });
}
console.log(JSON.stringify({ engine, lazy, hops, lazyHops }));
