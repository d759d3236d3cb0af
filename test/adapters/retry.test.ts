import assert from "node:assert/strict";
import { test } from "node:test";
import { ExternalError } from "../../src/core/common/errors.ts";
import { backoffDelay, withRetry } from "../../src/adapters/retry.ts";

test("retries until done, with growing jittered delays", async () => {
  const delays: number[] = [];
  let calls = 0;
  await withRetry(async () => (++calls < 4 ? "retry" : "done"), {
    maxAttempts: 5,
    baseMs: 100,
    random: () => 1,
    sleep: async (ms) => void delays.push(ms),
  });
  assert.equal(calls, 4);
  assert.deepEqual(delays, [100, 200, 400]);
});

test("gives up after maxAttempts with an ExternalError", async () => {
  let calls = 0;
  const delays: number[] = [];
  await assert.rejects(
    withRetry(async () => (calls++, "retry"), {
      maxAttempts: 3,
      baseMs: 10,
      random: () => 0,
      sleep: async (ms) => void delays.push(ms),
    }),
    (e: unknown) =>
      e instanceof ExternalError &&
      e.message === "gave up after 3 attempts: the env repo kept moving",
  );
  assert.equal(calls, 3);
  assert.deepEqual(delays, [5, 5], "no wait after the last attempt; jitter 0 waits base/2");
});

test("delays are bounded by maxMs and jitter stays in range", () => {
  assert.equal(
    backoffDelay(20, 100, 1000, () => 1),
    1000,
  );
  for (const r of [0, 0.25, 0.5, 0.999]) {
    const d = backoffDelay(3, 100, 10_000, () => r);
    assert.ok(d >= 50 && d <= 400, String(d));
  }
});

test("errors from the attempt propagate unchanged", async () => {
  const boom = new Error("boom");
  await assert.rejects(
    withRetry(async () => Promise.reject(boom), { maxAttempts: 3, baseMs: 1 }),
    boom,
  );
});
