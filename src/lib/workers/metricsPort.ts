import { metricsInput, type GossipState, type MetricsInput } from '$lib/sim/gossip';
import { measure, type SeriesPoint } from './measure';

/**
 * A run's metrics measured on a second worker while the first one goes on with the rounds (the
 * page's "Run 100 rounds" at 10,000 nodes spends about as long measuring as simulating): the
 * command line's metrics threads (src/cli/parallel.ts), in the browser. The job worker sends each
 * measured round's views through a MessagePort the page connected to a helper worker; the helper
 * answers in order. Measuring reads only the copy it is sent, and its figures depend on nothing
 * else (`gossipMetrics`), so the points are the ones the job would have measured itself.
 */

/** One round to measure: a copy of what the metrics read, and where the point is recorded. */
interface Request {
	readonly id: number;
	readonly input: MetricsInput;
	readonly step: number;
	readonly inner: boolean;
}
/** The point, or why it could not be measured (the job fails with it, as it would measuring itself). */
type Answer =
	| { readonly id: number; readonly point: SeriesPoint }
	| { readonly id: number; readonly error: string };

/** The part of a MessagePort the two sides use (a test can hand in Node's). */
export type PortLike = Pick<MessagePort, 'postMessage' | 'close'> & {
	onmessage: ((event: MessageEvent) => void) | null;
};

/** The helper's side: measures every request that comes through `port`, in order. */
export function serveMetrics(port: PortLike): void {
	port.onmessage = (e: MessageEvent<Request>) => {
		const { id, input, step, inner } = e.data;
		let answer: Answer;
		try {
			answer = { id, point: measure(input, step, inner) };
		} catch (err) {
			answer = { id, error: (err as Error).message };
		}
		port.postMessage(answer);
	};
}

/**
 * At most this many rounds wait for the helper: each is a copy of the views (1.2 MB at 10,000
 * nodes, c = 30), and a cancelled run leaves no more than these to be measured for nothing.
 */
const IN_FLIGHT = 3;

/** The job's side: where it sends each round to be measured, and how it gets the points back. */
export interface Measurer {
	/** Measures `s` as it is now (between rounds); the point comes back in the run's order. */
	measure(s: Readonly<GossipState>, step: number, inner: boolean): void;
	/** Resolves when no more than {@link IN_FLIGHT} rounds wait (memory stays bounded). */
	room(): Promise<void>;
	/** Every point, in the order measured, once all have come back. */
	points(): Promise<SeriesPoint[]>;
	/** Stops listening (the helper drops what is left when the port closes). */
	close(): void;
}

/** Measures on this thread, at once (no helper, or no workers). */
export function inlineMeasurer(): Measurer {
	const out: SeriesPoint[] = [];
	return {
		measure: (s, step, inner) => void out.push(measure(s, step, inner)),
		room: () => Promise.resolve(),
		points: () => Promise.resolve(out),
		close: () => {}
	};
}

/** Measures through `port` on the helper worker at its other end. */
export function portMeasurer(port: PortLike): Measurer {
	const answers: Promise<SeriesPoint>[] = [];
	const waiting = new Map<
		number,
		{ resolve: (p: SeriesPoint) => void; reject: (e: Error) => void }
	>();
	let answered = 0;
	port.onmessage = (e: MessageEvent<Answer>) => {
		const a = e.data;
		answered++;
		const w = waiting.get(a.id);
		waiting.delete(a.id);
		if ('error' in a) w?.reject(new Error(a.error));
		else w?.resolve(a.point);
	};
	return {
		measure(s, step, inner) {
			const id = answers.length;
			const answer = new Promise<SeriesPoint>((resolve, reject) =>
				waiting.set(id, { resolve, reject })
			);
			// A failed point fails the job where it is awaited (room or points), not as unhandled.
			answer.catch(() => {});
			answers.push(answer);
			const input = metricsInput(s);
			const moved = [input.status.buffer, input.viewIds.buffer, input.viewLength.buffer];
			port.postMessage({ id, input, step, inner } satisfies Request, moved as ArrayBuffer[]);
		},
		async room() {
			const oldest = answers.length - 1 - IN_FLIGHT;
			if (oldest >= answered) await answers[oldest];
		},
		points: () => Promise.all(answers),
		close() {
			port.onmessage = null;
			port.close();
		}
	};
}
