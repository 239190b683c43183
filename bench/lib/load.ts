/**
 * HTTP load with autocannon (in this process, the server in another): a fixed number of
 * connections for a fixed time, or a fixed number of requests, loopback only.
 */
import autocannon from "autocannon";

export interface LoadRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadFigures {
  /** Requests per second, averaged over the run. */
  rps: number;
  p50: number;
  p99: number;
  /** Answers with a status other than `expected`, plus errors and timeouts. */
  unexpected: number;
  total: number;
}

/** Runs `request` against 127.0.0.1:port with `connections` for `seconds` (or `amount` requests). */
export async function load(port: number, request: LoadRequest, expectedStatus: number, options: { connections: number; seconds?: number; amount?: number }): Promise<LoadFigures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${request.url}`,
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined && { body: request.body }),
    connections: options.connections,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.seconds ?? 5 }),
    timeout: 10,
  });
  const statuses = result.statusCodeStats ?? {};
  const answered = Object.values(statuses).reduce((sum, s) => sum + s.count, 0);
  const expected = statuses[String(expectedStatus)]?.count ?? 0;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    unexpected: answered - expected + result.errors + result.timeouts,
    total: answered,
  };
}
