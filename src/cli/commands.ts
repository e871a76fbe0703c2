import { broadcastCommand } from './broadcast';
import { BROADCAST_PARAMS } from '../lib/models/params-broadcast';
import { GOSSIP_TABLE } from '../lib/models/params-gossip';
import { PAST_PARAMS } from '../lib/models/params-past';
import { RING_PARAMS } from '../lib/models/params-ring';
import { SCRIBE_PARAMS } from '../lib/models/params-scribe';
import { SEARCH_PARAMS } from '../lib/models/params-search';
import { flagHelp } from './flags';
import { GOSSIP_FLAG_HELP, gossipCommand } from './gossip';
import { pastCommand } from './past';
import { pastryCommand, ROUTE_FLAGS, STATS_FLAGS } from './pastry';
import { ringCommand } from './ring';
import { scribeCommand } from './scribe';
import { searchCommand } from './search';
import type { CommandOutput } from './output';

/** Subcommands by model name; each parses its own options. */
export const COMMANDS: Record<string, (argv: string[]) => CommandOutput> = {
	ring: ringCommand,
	pastry: pastryCommand,
	gossip: gossipCommand,
	search: searchCommand,
	scribe: scribeCommand,
	past: pastCommand,
	broadcast: broadcastCommand
};

/** `sim pastry [route|stats] --help`: the subcommand's flags, or both subcommands'. */
function pastryHelp(argv: readonly string[]): string {
	const route = flagHelp('pastry route', ROUTE_FLAGS);
	const stats = flagHelp('pastry stats', STATS_FLAGS);
	if (argv[0] === 'route') return route;
	if (argv[0] === 'stats') return stats;
	return `${route}\n\n${stats}`;
}

/**
 * `sim <model> --help`: the flags as generated from the model's parameter table; `argv` is the rest
 * of the command line (`route` or `stats` for Pastry).
 */
export const HELP: Record<string, (argv: readonly string[]) => string> = {
	ring: () => flagHelp('ring', RING_PARAMS),
	pastry: pastryHelp,
	gossip: () => flagHelp('gossip', GOSSIP_TABLE, GOSSIP_FLAG_HELP),
	search: () => flagHelp('search', SEARCH_PARAMS),
	scribe: () => flagHelp('scribe', SCRIBE_PARAMS),
	past: () => flagHelp('past', PAST_PARAMS),
	broadcast: () => flagHelp('broadcast', BROADCAST_PARAMS)
};

/** Printed for `sim --help`. */
export const USAGE = `usage: npm run --silent sim -- <model> [options] [--json]

models:
  ring    --nodes N --keys K [--digits D] --seed S      the DHT identifier space: each key's root
  pastry  route --scenario lecture|random|growing|failures --from ID (--key ID | --key-name NAME)
          stats --nodes N --lookups K [--b 4] [--leaf 16] [--digits D] --seed S [--fail F]
                [--build converged|joins]     Fig. 4-6 of the paper; joins: up to 100,000 nodes
  gossip  --nodes N --view C --rounds R --seed S [--preset newscast|cyclon|tman|healer|blind] [--init ring|star|random|growing]
          [--peer-selection random|oldest|closest] [--exchange full|half|L] [--propagation push|pull|pushpull]
          [--merge random|age|proximity|swap] [--healer H] [--swapper S] [--target ring|line|grid]
          [--fail FRACTION@ROUND] [--churn RATE] [--metrics-every K] [--metrics all|light]     peer sampling: metrics per round
          (up to 1000000 nodes, N x C up to 50000000 view entries)
  search  --overlay random|gossip|pastry|tman --nodes N [--degree D] [--replication R] --queries Q
          --method flood|ring|walk|dht|greedy [--query exact|keyword|range] --seed S [--objects K]
          [--ttl T] [--ring-start T0] [--ring-step DT] [--walkers K] [--walker-ttl T] [--fallback-ttl T]
          [--popularity uniform|zipf [--zipf-alpha A]] [--allocation uniform|proportional|square-root|all]
          [--rounds R] [--random-links L]     search success, messages, hops
  scribe  --nodes N --members M [--fail F] [--group NAME] --seed S      multicast tree over Pastry, and its repair
  past    --nodes N --objects K [--replicas k] [--fail F] [--cache C] --seed S     replicated storage over Pastry
  broadcast --overlay cyclon|newscast|random|ring --nodes N --view C [--protocol push|pull|pushpull] [--fanout F]
          [--stop forever|die|counter|coin] [--k K] [--chunks C] [--fail F] [--warmup R] [--refresh] --seed S
                                                                        epidemic dissemination against the theory`;
