/**
 * The topics of the lecture outline ("Peer to peer: beyond file sharing", A.-M. Kermarrec), in the
 * order of its slides. Every topic must be taught by some lesson step; lessons name the topics they
 * cover in their front block (`outline`), and the lesson index shows the mapping.
 */
export const LECTURE_OUTLINE = [
	'A case for decentralized systems',
	'The new deal in distributed computing',
	'What makes P2P interesting?',
	'Peer-to-Peer Systems',
	'The core: overlay networks',
	'Peer to peer overlay networks',
	'Unstructured networks',
	'Fully structured networks',
	'Impact of the structure on search',
	'1-Structured P2P networks',
	'Distributed Hash Table (DHT)',
	'Mapping',
	'Identifier Space',
	'Sending messages to keys',
	'Pastry: Routing',
	'Exemple',
	'Properties',
	'Pastry: Routing table',
	'1-Unstructured P2P networks',
	'Gossip-based generic substrate',
	'Overlay maintenance',
	'Why are we interested in building random graphs?',
	'Example: Gossip-based generic protocol',
	'Resulting graphs properties',
	'The take-away slide'
] as const;

/** A topic of the outline. */
export type OutlineTopic = (typeof LECTURE_OUTLINE)[number];

/** Where a topic is taught: a lesson's step (1-based). */
export interface OutlineEntry {
	readonly topic: string;
	readonly step: number;
}
