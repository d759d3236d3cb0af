/**
 * `capstan render --out` from the bundle with CAPSTAN_RENDER_WORKER=1 spreads ≥ 100 app × env
 * renders over a worker thread (dist/render-worker.js); the tree must be byte-identical to
 * an in-thread render.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { generate } from "../../bench/generate.ts";

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

function render(src: string, out: string, env: Record<string, string>) {
  const r = spawnSync(
    process.execPath,
    ["bin/capstan.js", "render", "--source", src, "--out", out, "-q"],
    { encoding: "utf8", env: { ...process.env, ...env } },
  );
  assert.equal(r.status, 0, r.stderr);
}

test("the bundled render with a worker thread writes the same bytes as in-thread", () => {
  assert.ok(existsSync("dist/render-worker.js"), "scripts/build.mjs bundles the worker entry");
  const dir = mkdtempSync(join(tmpdir(), "capstan-worker-"));
  try {
    const src = join(dir, "src");
    generate(src, 40); // 40 apps × 3 envs = 120 renders: over the worker threshold
    render(src, join(dir, "a"), { CAPSTAN_RENDER_WORKER: "1" });
    render(src, join(dir, "b"), { CAPSTAN_RENDER_WORKER: "0" });
    const a = tree(join(dir, "a"));
    const b = tree(join(dir, "b"));
    assert.ok(a.size > 200, `rendered ${a.size} files`);
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    for (const [p, t] of a) assert.equal(t, b.get(p), p);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
