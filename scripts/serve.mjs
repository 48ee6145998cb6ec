// The production HTTP server: Next.js's request handler behind a plain node:http server, so that
// the socket's peer address is known before any header is believed (scripts/client-address.mjs).
// `npm start`, the tests and the benchmark all run the app through this file.
import http from 'node:http';
import next from 'next';
import { parseTrustedProxies, resolveClient } from './client-address.mjs';
import { root } from './build-if-needed.mjs';

const port = Number(process.env.PORT ?? 3000);
// All interfaces unless told otherwise; behind a reverse proxy set HOST=127.0.0.1.
const hostname = process.env.HOST || undefined;
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, dir: root, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();

/**
 * Replaces the forwarding headers with what this server knows: Next.js only fills them in when
 * they are absent, so a client could otherwise name its own address and host.
 */
function settleForwardingHeaders(req) {
  const { address, viaTrustedProxy } = resolveClient({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trusted,
  });
  req.headers['x-forwarded-for'] = address;
  if (!viaTrustedProxy) {
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
    delete req.headers['x-forwarded-port'];
  }
}

await app.prepare();
const server = http.createServer((req, res) => {
  settleForwardingHeaders(req);
  handle(req, res).catch((error) => {
    console.error('[khcn] Request failed outside the app', error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`[khcn] Listening on http://${hostname ?? 'localhost'}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; a stop must not wait for idle clients.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
