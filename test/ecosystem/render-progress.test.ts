/** `capstan render` reports progress on long renders (plain lines off a TTY) and nothing with --quiet. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.ts";
import { tmpdir, rmrf } from "../helpers/git.ts";

test("render prints a progress summary line; --quiet prints no progress", async () => {
  const a = await tmpdir();
  const b = await tmpdir();
  try {
    const r = await runCli(["render", "--source", "examples/shop", "--out", a]);
    assert.equal(r.code, 0, r.text);
    assert.ok(
      r.out.some((l) => /rendered 4 app × environment pair\(s\)/.test(l)),
      r.out.join(""),
    );
    const q = await runCli(["render", "--source", "examples/shop", "--out", b, "--quiet"]);
    assert.equal(q.code, 0);
    assert.ok(!q.out.some((l) => /rendered \d+ app/.test(l)), q.out.join(""));
  } finally {
    await rmrf(a, b);
  }
});
