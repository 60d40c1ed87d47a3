// The check worker's entry point (bundled as dist/checkWorker.js): one session, requests in order, replies posted back.
import { parentPort } from 'node:worker_threads';

import type { Request } from './protocol';
import { CheckSession } from './session';

const port = parentPort;
if (!port) {
	throw new Error('checkWorker.js runs as a worker thread of the Clause Lens extension');
}
const session = new CheckSession();
port.on('message', (request: Request) => {
	const reply = session.handle(request);
	if (reply) {
		port.postMessage(reply);
	}
});
