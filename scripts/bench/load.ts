// HTTP load with autocannon: keep-alive connections, each sending its next request as soon as the
// last one is answered (or at a fixed rate per connection), timing every response.
import autocannon, { type Client, type Request } from 'autocannon';
import { summarize, type Summary } from './stats';

export type LoadResult = Summary & { errors: number; timeouts: number; conflicts: number; busy: number; statuses: Record<number, number> };

type LoadOptions = {
  baseUrl: string;
  connections: number;
  seconds: number;
  /** Requests per second of all connections together; unset = no pause. */
  rate?: number;
  cookie?: string;
  /** The next path to GET (called for every request, so paths can rotate). */
  nextPath?: () => string;
  setupClient?: (client: Client) => void;
};

/**
 * Runs the load. Errors are answers other than 2xx and 409 (an intended version refusal) and broken
 * connections; requests still unanswered after 30 s are counted apart, as timeouts.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const requests: Request[] | undefined = options.nextPath
    ? [{ method: 'GET', setupRequest: (request) => ({ ...request, path: options.nextPath!() }) }]
    : undefined;
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.rate,
    timeout: 30,
    headers: options.cookie ? { cookie: options.cookie } : undefined,
    requests,
    setupClient: options.setupClient,
  });
  instance.on('response', (_client: Client, status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  // 409 (a stale version) and 429 (exports queue full: come back later) are answers by design.
  const refused = Object.entries(statuses).reduce((n, [s, c]) => n + (Number(s) >= 300 && Number(s) !== 409 && Number(s) !== 429 ? c : 0), 0);
  return {
    ...summarize(times, options.seconds),
    errors: refused + result.errors - result.timeouts,
    timeouts: result.timeouts,
    conflicts: statuses[409] ?? 0,
    busy: statuses[429] ?? 0,
    statuses,
  };
}

export type WriteSlot = { taskId: number; version: number; cookie: string };

/**
 * Progress updates, one task per connection, each carrying the version its last answer gave (so a
 * 409 means a lost race, which with one writer per task must not happen). Counts accepted writes
 * per task for the check against the audit log.
 */
export async function runWrites(baseUrl: string, slots: WriteSlot[], seconds: number, everySeconds?: number): Promise<LoadResult & { accepted: Map<number, number> }> {
  const accepted = new Map<number, number>();
  let next = 0;
  const body = (slot: WriteSlot) => JSON.stringify({ version: slot.version, progress: 5 + (slot.version % 90), note: 'Đo hiệu năng: cập nhật tiến độ.' });
  const result = await runLoad({
    baseUrl,
    connections: slots.length,
    seconds,
    rate: everySeconds ? slots.length / everySeconds : undefined,
    setupClient: (client) => {
      const slot = slots[next++ % slots.length]!;
      // setRequests, not setRequest: the client goes back to its list of requests after each answer.
      client.setRequests([{
        method: 'POST',
        path: `/api/v1/tasks/${slot.taskId}/updates`,
        headers: { cookie: slot.cookie, 'content-type': 'application/json' },
        body: body(slot),
        // Called with the whole answer before the connection sends its next request.
        onResponse: (status, raw) => {
          const answer = parseJson(raw) as { id?: number; version?: number; current?: { version?: number } } | null;
          if (status < 300 && answer?.id === slot.taskId && typeof answer.version === 'number') {
            accepted.set(slot.taskId, (accepted.get(slot.taskId) ?? 0) + 1);
            slot.version = answer.version;
          } else if (typeof answer?.current?.version === 'number') {
            slot.version = answer.current.version;
          }
          client.setBody(body(slot));
        },
      }]);
    },
  });
  return { ...result, accepted };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
