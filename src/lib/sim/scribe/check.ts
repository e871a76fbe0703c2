import { formatId, SimError } from '../core';
import { isMember, nodeOf } from '../pastry';
import type { ScribeCommand, ScribeState } from './types';

function checkLive(s: Readonly<ScribeState>, id: number, what: string): void {
	if (!isMember(nodeOf(s.pastry, id)))
		throw new SimError(`node ${formatId(id, s.pastry.space)} is not a live node to ${what}`);
}

/** Checks a Scribe command before anything changes; the message names the problem. */
export function checkScribeCommand(s: Readonly<ScribeState>, c: ScribeCommand): void {
	switch (c.type) {
		case 'deliver':
			if (s.ops.length === 0 && s.pastry.ops.length === 0)
				throw new SimError('no message is in flight');
			return;
		case 'join':
			return checkLive(s, c.member, 'join the group');
		case 'leave':
			if (!s.tree.get(c.member)?.member)
				throw new SimError(
					`node ${formatId(c.member, s.pastry.space)} is not a member of the group`
				);
			return checkLive(s, c.member, 'leave the group');
		case 'multicast':
			if (c.from !== undefined) checkLive(s, c.from, 'send a multicast');
			return;
		case 'fail':
			if (c.nodes.length === 0) throw new SimError('name at least one node to fail');
			if (new Set(c.nodes).size !== c.nodes.length)
				throw new SimError('each node can fail only once');
			for (const id of c.nodes) checkLive(s, id, 'fail');
			return;
		case 'fail-forwarders':
			if (!(c.fraction > 0 && c.fraction <= 1))
				throw new SimError(
					`the share of forwarders to fail must be above 0 and at most 1, got ${c.fraction}`
				);
			return;
		case 'heartbeat':
			return;
	}
}
