import { gossipCommand } from './gossip';
import { pastryCommand } from './pastry';
import { ringCommand } from './ring';
import { searchCommand } from './search';
import type { CommandOutput } from './output';

/** Subcommands by model name; each parses its own options. */
export const COMMANDS: Record<string, (argv: string[]) => CommandOutput> = {
	ring: ringCommand,
	pastry: pastryCommand,
	gossip: gossipCommand,
	search: searchCommand
};

/** Printed for `sim --help`. */
export const USAGE = `usage: npm run --silent sim -- <model> [options] [--json]

models:
  ring    --nodes N --keys K [--digits D] --seed S      the DHT identifier space: each key's root
  pastry  route --scenario lecture|random|growing|failures --from ID (--key ID | --key-name NAME)
          stats --nodes N --lookups K [--b 4] [--leaf 16] [--digits D] --seed S [--fail F]
  gossip  --nodes N --view C --rounds R --seed S [--preset newscast|cyclon|tman|healer|blind] [--init ring|star|random|growing]
          [--peer-selection random|oldest|closest] [--exchange full|half|L] [--propagation push|pull|pushpull]
          [--merge random|age|proximity|swap] [--healer H] [--swapper S] [--target ring|line|grid]
          [--fail FRACTION@ROUND] [--churn RATE] [--metrics-every K]     peer sampling: metrics per round
          (up to 1000000 nodes, N x C up to 50000000 view entries)
  search  --overlay random|gossip|pastry|tman --nodes N [--degree D] [--replication R] --queries Q
          --method flood|ring|walk|dht|greedy [--ttl T] [--walkers K] [--query exact|keyword|range] --seed S
          [--objects K] [--budget B] [--fallback-ttl T] [--rounds R] [--random-links L]     search success, messages, hops`;
