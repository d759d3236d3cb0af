/** `capstan init` in an empty folder, then `capstan render` with no edits; workflows match action.yml. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { rmrf, tmpdir } from "../helpers/git.ts";
import { initFiles } from "../../src/tools/init.ts";
import { cli, cliProcess } from "../helpers/cli.ts";

const actionInputs = () =>
  Object.keys(
    (
      parse(readFileSync(join(import.meta.dirname, "../../action.yml"), "utf8")) as {
        inputs: object;
      }
    ).inputs,
  );

test("init then render --out works with no edits; init never overwrites", async () => {
  const dir = join(await tmpdir(), "new-repo");
  try {
    const r = await cli("init", dir);
    assert.equal(r.code, 0, JSON.stringify(r));
    for (const f of [
      "capstan.yaml",
      "apps/hello.yaml",
      "capstan.lock",
      "schemas/application.schema.json",
      "schemas/capstan.schema.json",
      ".github/workflows/capstan-render.yml",
      ".github/workflows/capstan-preview.yml",
      ".github/workflows/capstan-promote.yml",
      ".gitignore",
    ])
      assert.ok(existsSync(join(dir, f)), f);
    const out = join(dir, "out");
    const render = await cli("render", "--source", dir, "--out", out, "--frozen");
    assert.equal(render.code, 0, JSON.stringify(render));
    for (const env of ["staging", "production"])
      assert.ok(existsSync(join(out, "envs", env, "hello", "deployment-web.yaml")), env);
    assert.match(
      readFileSync(join(out, "envs/production/hello/deployment-web.yaml"), "utf8"),
      /replicas: 3/,
    );
    assert.match(
      readFileSync(join(out, "envs/staging/hello/deployment-web.yaml"), "utf8"),
      /namespace: hello-staging/,
    );
    const before = readFileSync(join(dir, "capstan.yaml"), "utf8");
    const again = await cli("init", dir, "--env-repo", "acme/other");
    assert.equal(again.code, 0);
    assert.ok(again.info.some((l) => /kept {2}capstan.yaml/.test(l)));
    assert.equal(readFileSync(join(dir, "capstan.yaml"), "utf8"), before);
    // the real process too: `capstan init` + `capstan validate --json`
    const v = await cliProcess(["validate", "--source", dir, "--frozen", "--json"]);
    assert.equal(v.code, 0, v.stderr);
    const j = JSON.parse(v.stdout) as { valid: boolean; problems: unknown[]; summary: string };
    assert.equal(j.valid, true);
    assert.match(j.summary, /1 application\(s\), 2 environment\(s\)/);
  } finally {
    await rmrf(join(dir, ".."));
  }
});

test("validate --json reports problems as JSON and exits 1", async () => {
  const dir = join(await tmpdir(), "broken");
  try {
    await cli("init", dir, "--no-workflows");
    const { writeFileSync } = await import("node:fs");
    const app = readFileSync(join(dir, "apps/hello.yaml"), "utf8").replace(
      "port: 9898",
      'port: "x"',
    );
    writeFileSync(join(dir, "apps/hello.yaml"), app);
    const v = await cliProcess(["validate", "--source", dir, "--json"]);
    assert.equal(v.code, 1);
    const j = JSON.parse(v.stdout) as {
      valid: boolean;
      problems: { file: string; line?: number }[];
    };
    assert.equal(j.valid, false);
    assert.equal(j.problems[0]!.file, "apps/hello.yaml");
  } finally {
    await rmrf(join(dir, ".."));
  }
});

test("generated workflows only use inputs action.yml declares", () => {
  const inputs = actionInputs();
  const docs = join(import.meta.dirname, "../../docs/workflows");
  const snippets = ["promote-snippet.yml"].map(
    (f) => [`docs/workflows/${f}`, readFileSync(join(docs, f), "utf8")] as const,
  );
  for (const [path, text] of [...initFiles({ envRepo: "acme/deploy" }), ...snippets]) {
    if (!path.includes("workflows/")) continue;
    const wf = parse(text) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const capstan = steps.filter((s) => s.uses?.includes("/capstan@"));
    assert.equal(capstan.length, 1, path);
    for (const k of Object.keys(capstan[0]!.with ?? {}))
      assert.ok(
        inputs.includes(k),
        `${path}: input "${k}" is not in action.yml (${inputs.join(", ")})`,
      );
  }
});

test("init --env-repo acme/deploy: the env repo is set everywhere and the hint does not ask for it", async () => {
  const root = await tmpdir();
  try {
    const dir = join(root, "with");
    const r = await cli("init", dir, "--env-repo", "acme/deploy");
    assert.equal(r.code, 0);
    const hint = r.info.join("\n");
    assert.match(
      readFileSync(join(dir, "capstan.yaml"), "utf8"),
      /url: https:\/\/github\.com\/acme\/deploy\.git/,
    );
    assert.doesNotMatch(hint, /envRepo\.url|CAPSTAN_TOKEN/);
    assert.match(hint, /GitHub App on this repository and acme\/deploy/);
    assert.match(hint, /git init --bare -b main/);
    assert.match(hint, /capstan bootstrap --argocd/);

    const bare = join(root, "bare");
    const b = await cli("init", bare, "--no-workflows");
    const hint2 = b.info.join("\n");
    assert.match(hint2, /set envRepo\.url in capstan\.yaml/);
    assert.doesNotMatch(hint2, /GitHub App|workflow/);
  } finally {
    await rmrf(root);
  }
});

test("init over a broken capstan.yaml lists what it wrote and does not claim it wrote nothing", async () => {
  const root = await tmpdir();
  try {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(root, { recursive: true });
    writeFileSync(
      join(root, "capstan.yaml"),
      'apiVersion: capstan.dev/v1alpha1\nkind: Config\napps: ["apps/**/*.yaml"]\nenvironments: nope\n',
    );
    const r = await cliProcess(["init", root, "--no-workflows"]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^wrote apps\/hello\.yaml$/m);
    assert.match(r.stdout, /^kept {2}capstan\.yaml \(exists\)$/m);
    assert.ok(existsSync(join(root, "apps/hello.yaml")));
    assert.ok(!existsSync(join(root, "capstan.lock")));
    assert.match(r.stderr, /capstan\.lock was not written: fix the errors below, then run/);
    assert.match(r.stderr, /^error: capstan\.yaml:4:15 at \/environments: must be array$/m);
    assert.match(r.stderr, /^1 error$/m);
    assert.doesNotMatch(r.stderr, /nothing was written/);
  } finally {
    await rmrf(root);
  }
});
