/**
 * A client as a partner would write one: on 429 or 503 it waits as long as Retry-After says (a
 * given `sleep`, so tests can move the sandbox clock instead of waiting), then tries again.
 */
export interface RetryOptions {
  /** Waits `seconds`; tests move the sandbox clock by that much. */
  sleep: (seconds: number) => Promise<void>;
  /** Attempts in all. */
  attempts?: number;
}

export interface RetriedResponse {
  response: Response;
  /** Every Retry-After the client obeyed, in order. */
  waited: number[];
}

/** fetch, retrying 429 and 503 as Retry-After says. */
export async function fetchWithRetry(fetcher: typeof fetch, url: string, init: RequestInit, { sleep, attempts = 5 }: RetryOptions): Promise<RetriedResponse> {
  const waited: number[] = [];
  for (let attempt = 1; ; attempt++) {
    const response = await fetcher(url, init);
    const retryAfter = Number(response.headers.get("retry-after"));
    if (![429, 503].includes(response.status) || attempt >= attempts || !Number.isFinite(retryAfter)) return { response, waited };
    await response.arrayBuffer();
    waited.push(retryAfter);
    await sleep(retryAfter);
  }
}
