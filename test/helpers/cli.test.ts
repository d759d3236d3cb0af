/**
 * The in-process CLI helper refuses a second call while one runs: both would patch
 * process.stdout, and the test runner's own output would be swallowed (a file would then
 * report fewer tests instead of failing).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { runCli } from "./cli.ts";

test("runCli refuses to overlap with a call under way, and works again once it ended", async () => {
  const first = runCli(["--version"]);
  await assert.rejects(runCli(["--version"]), /already running/);
  const r = await first;
  assert.equal(r.code, 0);
  assert.match(r.text, /\d+\.\d+\.\d+/);
  assert.equal((await runCli(["--version"])).code, 0);
});
