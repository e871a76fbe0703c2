import type { Id, Rng } from '../core';
import type { PastryParams, PastryState, RouteOperation } from '../pastry';

/**
 * Parameters of a PAST run (Rowstron & Druschel, SOSP 2001): a Pastry network of N nodes, K files
 * inserted by the scenario, each stored on the k nodes numerically closest to its fileId (§2, PAST operations),
 * and a cache of `cacheSize` files per node for the copies left along lookup routes (§4).
 */
export interface PastParams extends PastryParams {
	/** K: the files the scenario inserts. */
	readonly objects: number;
	/** k: the replicas of every file. */
	readonly replicas: number;
	/** Files each node may cache (0: no caching). */
	readonly cacheSize: number;
}

/** A stored file: its name, its fileId (SHA-1 of the name) and the nodes holding its replicas. */
export interface PastFile {
	readonly name: string;
	readonly key: Id;
	/** The nodes holding a replica, numerically closest to the fileId first (as last arranged). */
	replicas: Id[];
	/** True once every replica has failed: the file is gone. */
	lost: boolean;
	/** True once an insert has stored it. */
	stored: boolean;
}

/** What the simulation does next or what the user asks; absent choices come from the seeded streams. */
export type PastCommand =
	/** Inserts a file named `name` from `from` (a random live node by default). */
	| { readonly type: 'insert'; readonly name: string; readonly from?: Id; readonly auto?: boolean }
	/** Looks up the stored file named `name` from `from` (a random live node by default). */
	| { readonly type: 'lookup'; readonly name: string; readonly from?: Id; readonly auto?: boolean }
	| { readonly type: 'fail'; readonly nodes: readonly Id[]; readonly auto?: boolean }
	/** A random `fraction` of the live nodes fail at once. */
	| { readonly type: 'fail-fraction'; readonly fraction: number; readonly auto?: boolean }
	/** A new node joins the Pastry network (Pastry's §2.4); `id` by default from Pastry's streams. */
	| { readonly type: 'add-node'; readonly id?: Id; readonly auto?: boolean }
	/** A maintenance period (§3, maintaining replicas): replica sets follow the changed leaf sets. */
	| { readonly type: 'restore-replicas'; readonly auto?: boolean }
	/** Delivers the next message in flight (a Pastry message first, then PAST's). */
	| { readonly type: 'deliver' };

/** An insert or a lookup (§2) in flight: a Pastry message for the fileId. */
export interface FileOperation {
	readonly kind: 'insert' | 'lookup';
	/** The file's position in `files`. */
	readonly file: number;
	started: boolean;
	done: boolean;
	message: RouteOperation;
	/** A lookup's outcome, once it is done. */
	outcome: LookupOutcome | null;
}

/** Re-replication: the files whose replica sets must change, one per step. */
export interface RestoreOperation {
	readonly kind: 'restore';
	started: boolean;
	done: boolean;
	queue: number[];
}

export type PastOperation = FileOperation | RestoreOperation;

/** Where a lookup was answered. */
export type AnswerSource = 'replica' | 'cache';

/** The outcome of a completed lookup. */
export interface LookupOutcome {
	readonly file: number;
	readonly from: Id;
	/** The node that answered; null when nobody did. */
	readonly at: Id | null;
	readonly source: AnswerSource | null;
	readonly hops: number;
}

/** The state of a PAST store over a Pastry network. */
export interface PastState {
	readonly params: PastParams;
	pastry: PastryState;
	files: PastFile[];
	/** Cached files per node, by position in `files`, least recently used first. */
	caches: Map<Id, number[]>;
	ops: PastOperation[];
	script: PastCommand[];
	scriptAt: number;
	step: number;
	completed: { inserts: number; lookups: number; restores: number };
	lastLookup: LookupOutcome | null;
	tally: {
		lookups: number;
		found: number;
		fromCache: number;
		/** Hops of the lookups that were answered. */
		hops: number;
		copies: number;
		dropped: number;
	};
	rng: { clients: Rng; fail: Rng };
}
