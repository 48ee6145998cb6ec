// The part of autocannon's API that the benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  };

  export interface Client extends EventEmitter {
    setRequests(requests: Request[]): void;
    setBody(body: string): void;
  }

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    overallRate?: number;
    headers?: Record<string, string>;
    method?: string;
    body?: string;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  };

  export type Result = { errors: number; timeouts: number; non2xx: number; requests: { total: number }; duration: number };

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  export default function autocannon(options: Options): Instance;
}
