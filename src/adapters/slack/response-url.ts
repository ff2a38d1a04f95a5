/**
 * Answering through a slash command's or button's `response_url`, reliably: a failed delivery (5xx, a
 * dropped connection, a timeout) is tried again with backoff a few times, well within the URL's 30-minute
 * validity, a 429 after its `Retry-After`; a 4xx other than 429 will not get better and is not retried.
 * One log line per delivery that failed for good, with its cause. A payload without a `response_url` is
 * answered through the fallback (an ephemeral post) or, without one, refused with a warning.
 */
import type { Logger } from '../../log.ts';
import { metrics } from '../../metrics.ts';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per attempt. */
  timeoutMs: number;
}

export const RESPONSE_URL_RETRIES: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  timeoutMs: 5_000,
};

/** A message for a response_url (Block Kit `text`/`blocks`, `response_type`, `replace_original`). */
export type ResponseMessage = Record<string, unknown>;

/** Resolves true once the message is delivered, false when it could not be (logged); never throws. */
export type Say = (message: ResponseMessage) => Promise<boolean>;

export function responder(
  url: string | undefined,
  log: Logger,
  fallback?: (message: ResponseMessage) => Promise<unknown>,
  policy: RetryPolicy = RESPONSE_URL_RETRIES,
): Say {
  return async (message) => {
    if (!url) return viaFallback(message, log, fallback);
    let cause = '';
    let attempt = 0;
    while (attempt < policy.attempts) {
      attempt++;
      let wait = backoff(attempt, policy);
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(policy.timeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return true;
        cause = `HTTP ${response.status}`;
        if (response.status === 429) wait = retryAfterMs(response.headers.get('retry-after'), policy) ?? wait;
        else if (response.status < 500) break;
      } catch (error) {
        cause = causeOf(error);
      }
      if (attempt < policy.attempts) {
        metrics.delivery('slack', 'retried');
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    metrics.delivery('slack', 'failed');
    log.error({ cause, attempts: attempt }, 'slack response_url delivery failed');
    return false;
  };
}

async function viaFallback(
  message: ResponseMessage,
  log: Logger,
  fallback: ((message: ResponseMessage) => Promise<unknown>) | undefined,
): Promise<boolean> {
  if (!fallback) {
    log.warn('slack payload without a response_url: not answered');
    return false;
  }
  try {
    const { response_type: _type, replace_original: _replace, ...rest } = message;
    await fallback(rest);
    return true;
  } catch (error) {
    log.warn({ cause: causeOf(error) }, 'slack payload without a response_url: the ephemeral answer failed');
    return false;
  }
}

/** Exponential, with jitter so instances retrying together do not stay in step. */
function backoff(attempt: number, policy: RetryPolicy): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.75 + Math.random() * 0.5));
}

function retryAfterMs(header: string | null, policy: RetryPolicy): number | undefined {
  const seconds = Number(header);
  return header !== null && Number.isFinite(seconds) && seconds >= 0
    ? Math.min(seconds * 1000, policy.maxDelayMs * 3)
    : undefined;
}

/** What went wrong, not just `fetch failed`: undici keeps the real error as its cause. */
function causeOf(error: unknown): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return 'timed out';
  return err.cause?.code ?? err.cause?.message ?? err.message;
}
