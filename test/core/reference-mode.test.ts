/**
 * Reference mode (docs/reference-mode.md): `CAPSTAN_REFERENCE=1 capstan render` gives the
 * same bytes as the fast paths on every example, says so on stderr, and — proved by the
 * counters — really ran each reference path. npm test runs this file in both modes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathCounts, referenceMode, type Path } from "../../src/reference-mode.ts";
import { cli } from "../helpers/cli.ts";

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const rec = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) rec(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  rec(dir);
  return out;
}

/** The child-process tests compare both modes themselves: once per npm test is enough. */
const once = { skip: referenceMode() ? "run in the fast pass (it runs both modes)" : false };

/** The bundled CLI (bin/capstan.js, as users run it) with CAPSTAN_REFERENCE set to `ref`. */
function capstan(ref: "0" | "1", args: string[]) {
  const env = { ...process.env, CAPSTAN_REFERENCE: ref, CAPSTAN_WRITE_WORKER: "1" };
  return spawnSync(process.execPath, ["bin/capstan.js", ...args], { env, encoding: "utf8" });
}

const REFERENCE_LINE =
  /^reference paths: Handlebars text rendering ×[1-9]\d*, the yaml library ×[1-9]\d*, in-thread writing ×1, run-time ajv ×[1-9]\d*, parsing every Application file ×[1-9]\d* \(CAPSTAN_REFERENCE=1\)$/m;

for (const example of ["shop", "sock-shop"]) {
  test(
    `CAPSTAN_REFERENCE=1 capstan render on examples/${example}: byte-identical, and it says so`,
    once,
    () => {
      const dir = mkdtempSync(join(tmpdir(), "capstan-reference-"));
      try {
        const runs = (["0", "1"] as const).map((ref) => {
          const out = join(dir, ref);
          const args = ["render", "--source", `examples/${example}`, "--out", out];
          const first = capstan(ref, args);
          assert.equal(first.status, 0, first.stderr);
          const once = tree(out);
          // again over its own output: the fast path leaves the unchanged files unparsed
          const again = capstan(ref, args);
          assert.equal(again.status, 0, again.stderr);
          assert.deepEqual(tree(out), once);
          return { r: first, again, files: once };
        });
        const [fast, reference] = runs as [(typeof runs)[0], (typeof runs)[0]];
        assert.ok(fast.files.size > 5, "the example renders files");
        assert.deepEqual(reference.files, fast.files);
        // the summary names the output folder and the time taken, and nothing else differs
        const summary = (s: string) => s.replace(/ under \S+ in [\d.]+ s$/m, "");
        assert.equal(summary(reference.r.stdout), summary(fast.r.stdout));
        assert.doesNotMatch(fast.r.stderr, /reference paths/);
        assert.match(reference.r.stderr, REFERENCE_LINE);
        assert.equal(summary(reference.again.stdout), summary(fast.again.stdout));
        assert.match(reference.again.stderr, /parsing every Application file ×1 /);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}

test(
  "CAPSTAN_REFERENCE=1 capstan capabilities test on examples/platform-pack: the same verdicts",
  once,
  () => {
    const args = ["capabilities", "test", "examples/platform-pack/capabilities"];
    const [fast, reference] = [capstan("0", args), capstan("1", args)];
    assert.equal(fast.status, 0, fast.stderr);
    assert.equal(reference.status, 0, reference.stderr);
    assert.equal(reference.stdout, fast.stdout);
    assert.match(reference.stderr, /^reference paths: Handlebars text rendering ×[1-9]/m);
  },
);

test("the counters show which paths this process's render ran (fast, or reference under CAPSTAN_REFERENCE=1)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "capstan-reference-"));
  const worker = process.env.CAPSTAN_WRITE_WORKER;
  process.env.CAPSTAN_WRITE_WORKER = "1"; // the fast writer even for a small example
  try {
    for (let i = 0; i < 2; i++) {
      // the second run over the first's output: nothing changed, nothing to parse
      const r = await cli("render", "--source", "examples/sock-shop", "--out", dir);
      assert.equal(r.code, 0, JSON.stringify(r.problems));
    }
  } finally {
    if (worker === undefined) delete process.env.CAPSTAN_WRITE_WORKER;
    else process.env.CAPSTAN_WRITE_WORKER = worker;
    rmSync(dir, { recursive: true, force: true });
  }
  const counts = pathCounts();
  const ran = referenceMode() ? "reference" : "fast";
  for (const p of ["template", "yaml", "writer", "validator", "parse"] as Path[]) {
    assert.ok(counts[p][ran] > 0, `${p}: the ${ran} path ran (${JSON.stringify(counts)})`);
    if (referenceMode()) assert.equal(counts[p].fast, 0, `${p}: no fast path in reference mode`);
  }
});
