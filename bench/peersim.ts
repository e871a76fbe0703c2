/**
 * Whole-process timing of command lines, and PeerSim 1.0.5 (SimpleNewscast) as the reference a
 * researcher would otherwise use. PeerSim lives outside the repository: `../shared/bench/peersim/
 * run.sh` from the repository root (the layout of the machine and of CI), or one level further up
 * from a worktree, or `$PEERSIM_RUN`. Without it, or without java, the comparison says why it skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One whole-process run: wall seconds and, when GNU time is there, CPU seconds and peak RSS. */
export interface ProcessRun {
	readonly seconds: number;
	/** User + system CPU seconds of the process and its children, null without GNU time. */
	readonly cpu: number | null;
	/** Peak resident memory in MB, null when it cannot be measured. */
	readonly rssMb: number | null;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` from the repository root with its output discarded and returns the wall
 * time (and the peak RSS through /usr/bin/time when present). Throws when the command fails.
 */
export function timeProcess(command: string, args: readonly string[]): ProcessRun {
	const withTime = existsSync(GNU_TIME);
	const argv = withTime ? ['-f', '%M %U %S', command, ...args] : [...args];
	const t0 = process.hrtime.bigint();
	const r = spawnSync(withTime ? GNU_TIME : command, argv, {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'ignore', 'pipe'],
		maxBuffer: 1 << 26
	});
	const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
	if (r.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.trim().split('\n').at(-1)}`);
	const [kb, user, sys] = withTime
		? (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
		: [NaN, NaN, NaN];
	return {
		seconds,
		cpu: Number.isFinite(user + sys) ? user + sys : null,
		rssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : null
	};
}

/** The medians (peak RSS: the largest) of `runs` alternating runs of each command (a shared machine is noisy). */
export function medians(commands: readonly (() => ProcessRun)[], runs: number): ProcessRun[] {
	const all: ProcessRun[][] = commands.map(() => []);
	for (let i = 0; i < runs; i++) commands.forEach((run, k) => all[k].push(run()));
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	return all.map((rs) => ({
		seconds: median(rs.map((r) => r.seconds)),
		cpu: rs[0].cpu === null ? null : median(rs.map((r) => r.cpu as number)),
		rssMb: rs[0].rssMb === null ? null : Math.max(...rs.map((r) => r.rssMb as number))
	}));
}

/** Where PeerSim's run.sh is, or why it cannot run. */
export function peersim(): { run: string } | { skip: string } {
	const candidates = [
		process.env.PEERSIM_RUN,
		`${root}../shared/bench/peersim/run.sh`,
		`${root}../../shared/bench/peersim/run.sh`
	].filter((p): p is string => Boolean(p));
	const run = candidates.find((p) => existsSync(p));
	if (!run)
		return { skip: `PeerSim skipped: no run.sh at ${candidates.join(' or ')} (set PEERSIM_RUN)` };
	const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
	if (java.error || java.status !== 0)
		return {
			skip: 'PeerSim skipped: java is not on PATH (Debian: apt-get install default-jre-headless)'
		};
	return { run };
}

/** PeerSim's SimpleNewscast with N nodes, cache c, for `cycles` cycles, as a whole process. */
export function peersimNewscast(run: string, nodes: number, cache: number, cycles: number) {
	return () => timeProcess('bash', [run, String(nodes), String(cache), String(cycles)]);
}
