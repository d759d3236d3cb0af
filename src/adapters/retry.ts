/**
 * Bounded retries with jittered exponential backoff, for pushes racing other runs
 * on the same env repo: re-fetch, re-apply, retry.
 */
import { ExternalError } from "../core/common/errors.ts";

export interface RetryOptions {
  /** Total attempts, including the first (≥ 1). */
  maxAttempts: number;
  /** Base delay in ms; attempt n waits up to `baseMs · 2^(n-1)` (capped at `maxMs`). */
  baseMs: number;
  /** Upper bound of any single delay; 30 s by default. */
  maxMs?: number;
  /** Source of jitter in [0, 1); `Math.random` by default. */
  random?: () => number;
  /** How to wait; `setTimeout` by default (tests record the delays instead). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs `attempt` until it returns "done". After a "retry" it waits a "full jitter"
 * delay, uniformly random in [baseMs/2, cap] where cap doubles each time. Gives up
 * with an ExternalError (exit 3) after `maxAttempts`.
 */
export async function withRetry(
  attempt: () => Promise<"done" | "retry">,
  opts: RetryOptions,
): Promise<void> {
  const max = Math.max(1, Math.floor(opts.maxAttempts));
  const random = opts.random ?? Math.random;
  const sleep =
    opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let n = 1; n <= max; n++) {
    if ((await attempt()) === "done") return;
    if (n < max) await sleep(backoffDelay(n, opts.baseMs, opts.maxMs ?? 30_000, random));
  }
  throw new ExternalError(`gave up after ${max} attempts: the env repo kept moving`);
}

/** The delay after failed attempt `n` (1-based). */
export function backoffDelay(
  n: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
): number {
  const cap = Math.min(maxMs, baseMs * 2 ** (n - 1));
  const low = Math.min(cap, baseMs / 2);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(low + (cap - low) * r);
}
