/// <reference lib="webworker" />
import { serve, type ToWorker } from './host';

/** The one simulation worker: every long job of the page runs here (see `client.ts`). */
const handle = serve((message, transfer) => self.postMessage(message, { transfer }));
self.onmessage = (event: MessageEvent<ToWorker>) => void handle(event.data);
