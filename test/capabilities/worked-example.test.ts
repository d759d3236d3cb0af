import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.ts";
import { memoryReporter } from "./silent.ts";

const pack = fileURLToPath(new URL("../../examples/platform-pack/capabilities", import.meta.url));

test("the worked example of docs/writing-capabilities.md passes `capstan capabilities test`", async () => {
  const reporter = memoryReporter();
  const code = await main(["capabilities", "test", pack], { reporter });
  assert.equal(code, 0, reporter.lines.join("\n"));
  const summary = reporter.lines.at(-1) ?? "";
  assert.match(summary, /^5 passed, 0 failed$/);
  assert.ok(reporter.lines.some((l) => l.startsWith("ok   cost-center@1.0.0 bad-code")));
  // the third-party workload that declares where its pods are (podTemplate)
  assert.ok(reporter.lines.some((l) => l.startsWith("ok   queue-job@1.0.0 with-pod-traits")));
});

test("`capstan capabilities docs DIR --out FILE` documents the example pack", async () => {
  const dir = mkdtempSync(join(tmpdir(), "capstan-docs-"));
  try {
    const out = join(dir, "capabilities.md");
    const code = await main(["capabilities", "docs", pack, "--out", out], {
      reporter: memoryReporter(),
    });
    assert.equal(code, 0);
    const md = readFileSync(out, "utf8");
    assert.match(md, /^# Capabilities in platform-pack\n/);
    assert.match(md, /### redis-cache@1\.0\.0 \(ComponentType\)/);
    assert.match(md, /\| `code` \| string \| yes \|/);
    assert.match(md, /Applies to: `deployments\.apps`/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
