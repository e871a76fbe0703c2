// Serves the static build (build/) the way a plain static host would, plus the SPA fallback:
// an unknown path without a file extension gets 404.html (the app shell), which then shows
// its own "not found" notice. Paths with an extension are never answered with HTML (STACK.md trap 2).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../build', import.meta.url));
if (!existsSync(root)) {
	console.error('peerscope: build/ is missing; run `npm run build` first');
	process.exit(2);
}
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const files = sirv(root, { extensions: ['html'], gzip: false, etag: true, dev: false });
const shell = readFileSync(`${root}/404.html`);

createServer((req, res) => {
	files(req, res, () => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		if (/\.[a-z0-9]+$/i.test(path)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shell);
	});
}).listen(port, host, () => {
	console.log(`PeerScope is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
