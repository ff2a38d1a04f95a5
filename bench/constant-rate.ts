/**
 * Open-loop load at a constant rate, measured the way wrk2 does: each of `connections` keep-alive
 * connections sends on its own evenly spaced schedule (the connections staggered across the interval),
 * and a request's latency runs from the moment it was due, so an answer that comes late and delays the
 * next send counts against the server (no coordinated omission). Timers fire on whole milliseconds, so
 * a send may start up to about a millisecond late, and that too is counted as latency (pessimistic).
 *
 * autocannon's `overallRate` is not this: each connection sends back to back until its share of the
 * second is used and then waits for the next second, so every second starts with all the connections'
 * requests at once and its latency is that of a closed loop at full speed.
 */
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface TimedRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface ConstantRateOptions {
  origin: string;
  /** Requests per second offered, over all connections. */
  rate: number;
  connections: number;
  seconds: number;
  /** The next request of a connection, and what it makes of the answer (a conversation id, say). */
  connection(index: number): { next(): TimedRequest; answered?(body: string): void };
}

export interface ConstantRateResult {
  client: 'constant-rate';
  offeredPerSecond: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const WARM_UP_MS = 2_000;

export async function constantRateLoad(options: ConstantRateOptions): Promise<ConstantRateResult> {
  const intervalMs = (options.connections / options.rate) * 1000;
  const host = new URL(options.origin).host;
  const start = performance.now() + 100;
  // The first seconds warm both sides up (the client's own code is compiled as it runs): not counted.
  const counted = start + WARM_UP_MS;
  const end = counted + options.seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let lastAnswerAt = counted;
  const run = async (index: number) => {
    let socket = new Connection(options.origin);
    const connection = options.connection(index);
    for (let due = start + (index * intervalMs) / options.connections; due < end; due += intervalMs) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      // From when it was due, or from when it went if a timer fired a little early.
      const from = Math.min(due, performance.now());
      const measured = due >= counted;
      try {
        const { status, body } = await socket.send(host, connection.next());
        lastAnswerAt = performance.now();
        if (measured) latencies.push(lastAnswerAt - from);
        if (status < 200 || status >= 300) non2xx += measured ? 1 : 0;
        else connection.answered?.(body);
      } catch {
        errors += measured ? 1 : 0;
        socket.close();
        socket = new Connection(options.origin);
      }
    }
    socket.close();
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => run(index)));
  latencies.sort((a, b) => a - b);
  // The nearest-rank percentile: the smallest latency at least a fraction q of the requests had.
  const at = (q: number) =>
    Math.round((latencies[Math.max(0, Math.ceil(q * latencies.length) - 1)] ?? Number.NaN) * 100) / 100;
  return {
    client: 'constant-rate',
    offeredPerSecond: options.rate,
    // Answered per second of the run as it went: a server that falls behind takes longer than planned.
    requestsPerSecond: Math.round(latencies.length / ((lastAnswerAt - counted) / 1000)),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    requests: latencies.length,
    errors,
    non2xx,
  };
}

/**
 * One keep-alive connection speaking just enough HTTP/1.1 for the bench (requests written whole, answers
 * read by Content-Length): node:http's client costs more CPU per request than the server's answer, and
 * on two cores that would be measured as the server's latency.
 */
class Connection {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  #closed = false;
  #waiting:
    | { resolve(answer: { status: number; body: string }): void; reject(error: Error): void }
    | undefined;

  constructor(origin: string) {
    const { hostname, port } = new URL(origin);
    this.#socket = connect({ host: hostname, port: Number(port) });
    this.#socket.setNoDelay(true);
    this.#socket.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      this.#read();
    });
    this.#socket.on('error', (error) => this.#fail(error));
    this.#socket.on('close', () => {
      this.#closed = true;
      this.#fail(new Error('connection closed'));
    });
  }

  send(host: string, request: TimedRequest): Promise<{ status: number; body: string }> {
    if (this.#closed) return Promise.reject(new Error('connection closed'));
    const body = request.body === undefined ? '' : request.body;
    const head =
      `${request.method} ${request.path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n` +
      (request.body === undefined
        ? '\r\n'
        : `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#socket.write(head + body);
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  #read(): void {
    const end = this.#buffer.indexOf('\r\n\r\n');
    if (end < 0 || !this.#waiting) return;
    const head = this.#buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1]);
    if (!Number.isFinite(length)) {
      this.#fail(new Error('an answer without Content-Length'));
      return;
    }
    if (this.#buffer.length < end + 4 + length) return;
    const body = this.#buffer.subarray(end + 4, end + 4 + length).toString();
    this.#buffer = this.#buffer.subarray(end + 4 + length);
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting.resolve({ status: Number(head.slice(9, 12)), body });
  }

  #fail(error: Error): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.reject(error);
  }
}
