import { formatId, idBits, SimError } from '../core';
import { isLiveNode } from './replicas';
import type { PastCommand, PastState } from './types';

/** The position of the file named `name` in `files`, or −1. */
export function fileIndex(s: Readonly<PastState>, name: string): number {
	return s.files.findIndex((f) => f.name === name);
}

/** A failure does not interrupt a Pastry join in flight (as in the Pastry model). */
function checkNoJoin(s: Readonly<PastState>): void {
	if (s.pastry.ops[0]?.kind === 'join')
		throw new SimError('a node is joining; step until its join completes, then fail a node');
}

/** Checks a PAST command before anything changes; the message names the problem. */
export function checkPastCommand(s: Readonly<PastState>, c: PastCommand): void {
	switch (c.type) {
		case 'deliver':
			if (s.ops.length === 0 && s.pastry.ops.length === 0)
				throw new SimError('no message is in flight');
			return;
		case 'insert':
			if (c.name.trim() === '')
				throw new SimError('a file needs a name (its fileId is SHA-1 of it)');
			if (fileIndex(s, c.name) >= 0)
				throw new SimError(`a file named "${c.name}" is already stored; PAST files are immutable`);
			return;
		case 'lookup':
			if (fileIndex(s, c.name) < 0) throw new SimError(`no file named "${c.name}" was inserted`);
			return;
		case 'fail':
			checkNoJoin(s);
			if (c.nodes.length === 0) throw new SimError('name at least one node to fail');
			if (new Set(c.nodes).size !== c.nodes.length)
				throw new SimError('each node can fail only once');
			for (const id of c.nodes)
				if (!isLiveNode(s, id))
					throw new SimError(`node ${formatId(id, s.pastry.space)} is not a live node to fail`);
			return;
		case 'fail-fraction':
			checkNoJoin(s);
			if (!(c.fraction >= 0 && c.fraction < 1))
				throw new SimError(`the failing share must be from 0 to below 1, got ${c.fraction}`);
			return;
		case 'add-node':
			if (
				c.id !== undefined &&
				!(Number.isInteger(c.id) && c.id >= 0 && c.id < 2 ** idBits(s.pastry.space))
			)
				throw new SimError(`node id ${c.id} is outside the id space; read typed ids with parseId`);
			if (c.id !== undefined && s.pastry.index.has(c.id))
				throw new SimError(`node ${formatId(c.id, s.pastry.space)} is already in the network`);
			return;
		case 'restore-replicas':
			return;
	}
}
