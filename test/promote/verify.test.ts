/** The gate verdict (pure): context globs, newest-status rules and minAge. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateGates, formatAge } from "../../src/flows/promote/verify.ts";
import type { ReadStatus } from "../../src/adapters/github.ts";

const A = "a".repeat(40);
const B = "b".repeat(40);
const st = (
  sha: string,
  context: string,
  state: ReadStatus["state"],
  at = "2026-01-01T00:00:00Z",
): ReadStatus => ({
  sha,
  context,
  state,
  createdAt: at,
});
const q = (statuses: string[], minAge?: string, minAgeMs?: number) => ({
  from: "staging",
  to: "production",
  gates: { statuses, ...(minAge ? { minAge, minAgeMs } : {}) },
  tip: B,
  now: Date.parse("2026-01-01T01:00:00Z"),
});

test("`*` stays within one `/` segment, `**` crosses them", () => {
  const commits = [
    { sha: B, statuses: [st(B, "kustomization/capstan-staging/1a2b3c4d", "success")] },
  ];
  const v = (p: string) => evaluateGates(q([p]), { sha: A }, commits).gates[0]!.state;
  assert.equal(v("kustomization/capstan-staging/*"), "success");
  assert.equal(v("kustomization/*"), "missing");
  assert.equal(v("kustomization/**"), "success");
  assert.equal(v("kustomization/capstan-prod/*"), "missing");
});

test("the newest status of a matching context decides; a success on an older commit counts", () => {
  const ctx = "argocd/shop-staging";
  // newest first: B (tip) then A (anchor)
  const pendingAfterSuccess = [
    { sha: B, statuses: [st(B, ctx, "pending")] },
    { sha: A, statuses: [st(A, ctx, "success")] },
  ];
  const v1 = evaluateGates(q(["argocd/*"]), { sha: A }, pendingAfterSuccess);
  assert.deepEqual([v1.verified, v1.gates[0]!.state, v1.gates[0]!.commit], [true, "success", A]);
  const errorAfterSuccess = [
    { sha: B, statuses: [st(B, ctx, "error")] },
    { sha: A, statuses: [st(A, ctx, "success")] },
  ];
  const v2 = evaluateGates(q(["argocd/*"]), { sha: A }, errorAfterSuccess);
  assert.deepEqual([v2.verified, v2.gates[0]!.state, v2.gates[0]!.commit], [false, "error", B]);
  // Two contexts match one pattern: one failing blocks it.
  const two = [{ sha: B, statuses: [st(B, "argocd/a", "success"), st(B, "argocd/b", "failure")] }];
  assert.equal(evaluateGates(q(["argocd/*"]), { sha: A }, two).gates[0]!.state, "failure");
});

test("minAge counts from the latest of the gates' first successes; without statuses from the commit", () => {
  const commits = [
    {
      sha: B,
      statuses: [
        st(B, "flux/x", "success", "2026-01-01T00:40:00Z"),
        st(B, "argo/y", "success", "2026-01-01T00:10:00Z"),
      ],
    },
  ];
  const v = evaluateGates(q(["flux/*", "argo/*"], "30m", 30 * 60_000), { sha: A }, commits);
  assert.deepEqual(v.minAge, {
    required: "30m",
    since: "2026-01-01T00:40:00Z",
    ageMs: 20 * 60_000,
    ok: false,
  });
  assert.equal(v.verified, false);
  const bare = evaluateGates(
    q([], "30m", 30 * 60_000),
    { sha: A, date: "2026-01-01T00:15:00Z" },
    [],
  );
  assert.deepEqual([bare.verified, bare.minAge?.ageMs], [true, 45 * 60_000]);
  assert.equal(formatAge(45 * 60_000), "45m");
  assert.equal(formatAge(26 * 3_600_000), "1d2h");
});
