import type { Id } from '../core';
import type { Hop, PastryEvent } from '../pastry';
import type { AnswerSource } from './types';

/**
 * What happened in a PAST step, one thing a view can animate each. Pastry's own events (joins,
 * leaf-set repairs, dead routing-table entries repaired on the way) come wrapped as `pastry`.
 */
export type PastEvent =
	| { readonly type: 'pastry'; readonly event: PastryEvent }
	| { readonly type: 'operation-queued'; readonly operation: string; readonly node: Id | null }
	| {
			readonly type: 'insert-started';
			readonly file: number;
			readonly name: string;
			readonly key: Id;
			readonly from: Id;
	  }
	| { readonly type: 'insert-hop'; readonly file: number; readonly hop: Hop }
	/** The insert reached the fileId's root, which stores it and has its k − 1 closest leaf-set
	 * neighbours store it too. */
	| {
			readonly type: 'file-stored';
			readonly file: number;
			readonly key: Id;
			readonly root: Id;
			readonly replicas: readonly Id[];
			readonly hops: number;
	  }
	/** The insert's message was lost at a node that failed; the file is not stored. */
	| { readonly type: 'insert-lost'; readonly file: number; readonly at: Id }
	| {
			readonly type: 'lookup-started';
			readonly file: number;
			readonly name: string;
			readonly key: Id;
			readonly from: Id;
			/** The live node numerically closest to the fileId. */
			readonly root: Id;
	  }
	| { readonly type: 'lookup-hop'; readonly file: number; readonly hop: Hop }
	/** The first node on the route holding a replica or a cached copy answers. */
	| {
			readonly type: 'lookup-answered';
			readonly file: number;
			readonly at: Id;
			readonly source: AnswerSource;
			/** For a replica: its rank by numerical closeness to the fileId (0 = the root). */
			readonly rank: number | null;
			readonly hops: number;
			readonly path: readonly Id[];
	  }
	| {
			readonly type: 'lookup-failed';
			readonly file: number;
			readonly at: Id;
			readonly reason: 'not-found' | 'message-lost';
			readonly hops: number;
	  }
	/** `node` on the route keeps a copy in its cache, evicting its least recently used file. */
	| {
			readonly type: 'file-cached';
			readonly file: number;
			readonly node: Id;
			readonly evicted: number | null;
	  }
	| { readonly type: 'node-failed'; readonly nodes: readonly Id[] }
	| { readonly type: 'restore-started'; readonly files: number }
	/** A node now among the k closest copies the file from the proximity-nearest replica holder. */
	| {
			readonly type: 'replica-copied';
			readonly file: number;
			readonly key: Id;
			readonly from: Id;
			readonly to: Id;
	  }
	/** A node no longer among the k closest (a closer node joined) drops its replica. */
	| { readonly type: 'replica-dropped'; readonly file: number; readonly key: Id; readonly node: Id }
	| {
			readonly type: 'replicas-restored';
			readonly file: number;
			readonly key: Id;
			readonly replicas: readonly Id[];
			/** Replicas that had failed. */
			readonly failed: readonly Id[];
	  }
	/** Every replica of the file has failed: nobody can restore it. */
	| { readonly type: 'file-lost'; readonly file: number; readonly key: Id }
	| { readonly type: 'restore-done'; readonly restored: number; readonly lost: number };
