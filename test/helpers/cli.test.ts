/**
 * The in-process CLI helper captures capstan's output and nothing else: the test runner
 * reports each test over the same stdout, and a report swallowed by the capture made a
 * file count fewer tests (seen in npm test: 659 of 660). A second call while one runs is
 * refused.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runCli } from "./cli.ts";

test("runCli refuses to overlap with a call under way, and works again once it ended", async () => {
  const first = runCli(["--version"]);
  await assert.rejects(runCli(["--version"]), /already running/);
  const r = await first;
  assert.equal(r.code, 0);
  assert.match(r.text, /\d+\.\d+\.\d+/);
  assert.equal((await runCli(["--version"])).code, 0);
});

test("the test runner's reports reach it while runCli captures: a file of back-to-back runCli tests reports every test", async () => {
  const dir = mkdtempSync(join(tmpdir(), "capstan-runcli-"));
  try {
    const helper = pathToFileURL(fileURLToPath(new URL("./cli.ts", import.meta.url))).href;
    const tests = Array.from(
      { length: 12 },
      (_, i) =>
        `test("t${i}", async () => { assert.equal((await runCli(["--version"])).code, 0); });`,
    );
    const file = join(dir, "many.test.ts");
    writeFileSync(
      file,
      [
        'import assert from "node:assert/strict";',
        'import { test } from "node:test";',
        `import { runCli } from ${JSON.stringify(helper)};`,
        ...tests,
      ].join("\n"),
    );
    // a runner of its own: without the variable that makes this file's runner a child
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--test", file], {
      encoding: "utf8",
      env,
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // a report captured by runCli would be missing here (the file then counted fewer tests)
    assert.match(r.stdout, /^# tests 12$/m, r.stdout);
    assert.match(r.stdout, /^# pass 12$/m, r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
