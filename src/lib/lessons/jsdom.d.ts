// The part of jsdom's API PeerScope uses (the sanitiser's window in Node, and tests); jsdom ships
// no types of its own and @types/jsdom is not a dependency.
declare module 'jsdom' {
	export class JSDOM {
		constructor(html?: string);
		readonly window: Window & typeof globalThis;
	}
}
