/** The log line per environment (flows/shared/summary.ts): ten apps named, then a count. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { reportLines } from "../../src/flows/shared/summary.ts";

const app = (i: number) => ({
  name: `app-${String(i).padStart(2, "0")}`,
  change: "added" as const,
  added: ["a"],
  changed: [],
  removed: [],
});

test("an initial render of many apps logs ten of them and how many more, not one line per app", () => {
  const [line] = reportLines([
    {
      env: "staging",
      branch: "main",
      status: "committed",
      commit: "abcdef1234",
      apps: Array.from({ length: 25 }, (_, i) => app(i)),
    },
  ]);
  assert.equal(
    line,
    `staging: committed main@abcdef1 — ${Array.from({ length: 10 }, (_, i) => `app-${String(i).padStart(2, "0")} added (+1 ~0 −0)`).join(", ")}, and 15 more`,
  );
  const [few] = reportLines([
    { env: "dev", branch: "main", status: "committed", commit: "abcdef1234", apps: [app(1)] },
  ]);
  assert.equal(few, "dev: committed main@abcdef1 — app-01 added (+1 ~0 −0)");
});
