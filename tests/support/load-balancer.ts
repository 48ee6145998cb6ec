// A small HTTP load balancer in front of several app instances, for the resilience suite. Like
// nginx with `proxy_set_header Host $host` and `X-Forwarded-For $proxy_add_x_forwarded_for`, it
// keeps the Host header (every instance sees the one public address, NEXTAUTH_URL, whichever of
// them answers) and appends the client's address to X-Forwarded-For. Which instance gets a request
// is the test's choice (`route`), and each forwarded request is logged, so a test can show where it went.
import http, { type IncomingMessage } from 'node:http';
import type net from 'node:net';

export type Forwarded = { method: string; path: string; serverAction: boolean; instance: number; status: number };

export type LoadBalancer = {
  url: string;
  /** The instances' base URLs; set them once the instances are up. */
  targets: string[];
  /** Picks the instance (an index into targets) for a request; round robin unless replaced. */
  route: (request: IncomingMessage) => number;
  log: Forwarded[];
  close: () => Promise<void>;
};

export function roundRobin(count: () => number): (request: IncomingMessage) => number {
  let next = 0;
  return () => next++ % count();
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'];

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const copy: http.OutgoingHttpHeaders = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

function forwardedHeaders(request: IncomingMessage): http.OutgoingHttpHeaders {
  const headers = withoutHopByHop(request.headers);
  const client = request.socket.remoteAddress ?? 'unknown';
  headers['x-forwarded-for'] = request.headers['x-forwarded-for'] ? `${request.headers['x-forwarded-for']}, ${client}` : client;
  return headers;
}

export async function startLoadBalancer(): Promise<LoadBalancer> {
  const sockets = new Set<net.Socket>();
  const balancer: LoadBalancer = {
    url: '',
    targets: [],
    route: roundRobin(() => balancer.targets.length),
    log: [],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((request, response) => {
    const instance = balancer.route(request);
    const target = new URL(balancer.targets[instance]!);
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, method: request.method, path: request.url, headers: forwardedHeaders(request) },
      (answer) => {
        balancer.log.push({
          method: request.method ?? '',
          path: request.url ?? '',
          serverAction: request.headers['next-action'] !== undefined,
          instance,
          status: answer.statusCode ?? 0,
        });
        response.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  balancer.url = `http://localhost:${(server.address() as net.AddressInfo).port}`;
  return balancer;
}
