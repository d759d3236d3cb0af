/**
 * `capstan render` reports progress on long renders (plain lines off a TTY) and nothing
 * with --quiet; its summary line comes only with a render that succeeded.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

test("a failed render prints no summary line: neither a problem found while rendering nor a failed write", async () => {
  const root = await tmpdir();
  try {
    const src = join(root, "src");
    const out = join(root, "out");
    cpSync("examples/shop", src, { recursive: true });
    const app = join(src, "apps/shop.yaml");
    const good = readFileSync(app, "utf8");
    // a value only the rendered Deployment's check refuses: found after every app rendered
    writeFileSync(app, good.replace(/cpu: [^\n]+/, "cpu: 250 millicores"));
    assert.notEqual(readFileSync(app, "utf8"), good, "the example sets a cpu");
    const bad = await runCli(["render", "--source", src, "--out", out]);
    assert.equal(bad.code, 1, bad.text);
    assert.match(bad.text, /is not a Kubernetes quantity/);
    assert.doesNotMatch(bad.text, /rendered \d+ app/);

    writeFileSync(app, good);
    assert.equal((await runCli(["render", "--source", src, "--out", out])).code, 0);
    // a changed file whose temporary file is /dev/full: the write fails with ENOSPC
    writeFileSync(app, good.replace(/cpu: [^\n]+/, "cpu: 300m"));
    const env = join(out, "envs/staging/shop");
    const target = join(env, "deployment-web.yaml");
    rmSync(target);
    symlinkSync("/dev/full", `${target}.capstan-tmp`);
    const full = await runCli(["render", "--source", src, "--out", out]);
    assert.equal(full.code, 1, full.text);
    assert.match(full.text, /cannot write: ENOSPC/);
    assert.doesNotMatch(full.text, /rendered \d+ app/);
  } finally {
    await rmrf(root);
  }
});
