/**
 * Every environment capstan writes builds: for the examples, every capability golden case,
 * the preview's golden sources and random corpora, `render --out` and then
 * `kubectl kustomize envs/<env>` must succeed and yield exactly the objects in the files
 * (the same bodies, none missing, none extra). kubectl costs ~250 ms a call, so the
 * renders run in-process and the builds two at a time.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { after, test } from "node:test";
import { promisify } from "node:util";
import fc from "fast-check";
import { parseYaml } from "../../src/yaml/fast.ts";
import { runCli } from "../helpers/cli.ts";
import { treeOf, treeShape, type Tree } from "../helpers/corpus.ts";
import { rmrf, tmpdir, writeTree } from "../helpers/git.ts";
import { BASE_FILES, app, teamLabels } from "../diff/fixtures.ts";

const run = promisify(execFile);
const REPO = path.join(import.meta.dirname, "../..");
const dirs: string[] = [];
after(() => rmrf(...dirs));

/** Renders `source` into a new out folder; returns its `envs/<env>` folders. */
async function renderEnvs(source: string, label: string): Promise<string[]> {
  const out = await tmpdir("capstan-builds-");
  dirs.push(out);
  const r = await runCli(["render", "--source", source, "--out", out, "--source-repo", "acme/src"]);
  assert.equal(r.code, 0, `${label} does not render:\n${r.text}`);
  const root = path.join(out, "envs");
  return readdirSync(root)
    .sort()
    .map((e) => path.join(root, e));
}

async function treeEnvs(tree: Tree, label: string): Promise<string[]> {
  const src = await tmpdir("capstan-builds-src-");
  dirs.push(src);
  await writeTree(src, tree);
  return renderEnvs(src, label);
}

/** Canonical JSON (sorted keys) of each object, sorted: a multiset to compare. */
function canonical(objs: unknown[]): string[] {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
          )
        : v;
  return objs.map((o) => JSON.stringify(sortKeys(o))).sort();
}

/** Every object file under an env folder (not kustomization files, not .capstan). */
function objectsInFiles(env: string): unknown[] {
  const out: unknown[] = [];
  for (const app of readdirSync(env, { withFileTypes: true })) {
    if (!app.isDirectory() || app.name === ".capstan") continue;
    for (const f of readdirSync(path.join(env, app.name)).sort())
      if (f !== "kustomization.yaml")
        out.push(...parseYaml(readFileSync(path.join(env, app.name, f), "utf8")));
  }
  return out;
}

async function build(env: string): Promise<string | undefined> {
  try {
    const { stdout } = await run("kubectl", ["kustomize", env], { maxBuffer: 64 << 20 });
    const built = parseYaml(stdout).filter((d) => d !== null);
    const files = objectsInFiles(env);
    assert.ok(files.length > 0 || built.length === 0);
    assert.deepEqual(canonical(built), canonical(files), `${env}: kustomize output ≠ the files`);
    return undefined;
  } catch (e) {
    return `${env}: ${(e as Error).message.slice(0, 2000)}`;
  }
}

/** Builds every env, two at a time; fails listing every env that did not build exactly. */
async function assertAllBuild(envs: string[]): Promise<void> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < envs.length) {
      const f = await build(envs[next++]!);
      if (f) failures.push(f);
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(failures, []);
}

/** A capability golden case as a source tree: its env.yaml becomes the one environment. */
function caseTree(caseDir: string): Tree {
  const envFile = path.join(caseDir, "env.yaml");
  const env = existsSync(envFile)
    ? (parseYaml(readFileSync(envFile, "utf8"))[0] as Record<string, unknown>)
    : {};
  const lines = [
    `  - name: ${String(env.name ?? "test")}`,
    "    autoDeploy: true",
    `    policies: ${JSON.stringify(env.policies ?? [env.name ?? "test"])}`,
  ];
  if (env.kubeVersion) lines.push(`    kubeVersion: "${String(env.kubeVersion)}"`);
  if (env.namespace) lines.push(`    namespace: ${String(env.namespace)}`);
  if (env.allowLiteralSecrets) lines.push("    allowLiteralSecrets: true");
  if (env.guardrails) lines.push(`    guardrails: ${JSON.stringify(env.guardrails)}`);
  return {
    "capstan.yaml": `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/*.yaml"]
envRepo: { url: https://github.com/acme/deploy.git, branch: main, root: envs }
environments:
${lines.join("\n")}
capabilities: [builtin]
`,
    "apps/app.yaml": readFileSync(path.join(caseDir, "app.yaml"), "utf8"),
  };
}

function goldenCases(): string[] {
  const out: string[] = [];
  const root = path.join(REPO, "capabilities");
  for (const cap of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const v of readdirSync(path.join(root, cap.name)).sort()) {
      const tests = path.join(root, cap.name, v, "tests");
      if (!existsSync(tests)) continue;
      for (const c of readdirSync(tests).sort()) {
        const dir = path.join(tests, c);
        if (
          existsSync(path.join(dir, "app.yaml")) &&
          !existsSync(path.join(dir, "expected-errors.txt"))
        )
          out.push(dir);
      }
    }
  return out;
}

test("the examples: every environment builds with kustomize into exactly its files", async () => {
  const envs: string[] = [];
  for (const ex of ["shop", "sock-shop"])
    envs.push(...(await renderEnvs(path.join(REPO, "examples", ex), `examples/${ex}`)));
  assert.ok(envs.length >= 4);
  await assertAllBuild(envs);
});

test("every capability golden case, rendered as an environment, builds with kustomize", async () => {
  const cases = goldenCases();
  assert.ok(cases.length >= 49, `${cases.length} cases`);
  const envs: string[] = [];
  for (const c of cases) envs.push(...(await treeEnvs(caseTree(c), path.relative(REPO, c))));
  await assertAllBuild(envs);
});

test("the preview's golden sources (test/diff/golden) build, base and heads", async () => {
  const heads: Record<string, Tree> = {
    base: BASE_FILES,
    change: { ...BASE_FILES, "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.5.0") },
    add: { ...BASE_FILES, "apps/search.yaml": app("search", "ghcr.io/acme/search:0.1.0") },
    "capability-bump": { ...BASE_FILES, ...teamLabels("1.1.0") },
  };
  const envs: string[] = [];
  for (const [name, tree] of Object.entries(heads))
    envs.push(...(await treeEnvs(tree, `test/diff/golden ${name}`)));
  await assertAllBuild(envs);
});

test("random corpora (seeded): every environment builds with kustomize", async () => {
  const shapes = fc.sample(treeShape, { numRuns: 8, seed: 1515 });
  const envs: string[] = [];
  for (const [i, s] of shapes.entries()) envs.push(...(await treeEnvs(treeOf(s), `corpus #${i}`)));
  await assertAllBuild(envs);
});

test("the check is real: a file kustomize does not include, or a duplicate object, fails it", async () => {
  const root = await tmpdir("capstan-builds-neg-");
  dirs.push(root);
  const cm = (name: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: x\n`;
  const k = (resources: string[]) =>
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: ${JSON.stringify(resources)}\n`;
  await writeTree(root, {
    "unlisted/kustomization.yaml": k(["a"]),
    "unlisted/a/kustomization.yaml": k(["configmap-one.yaml"]),
    "unlisted/a/configmap-one.yaml": cm("one"),
    "unlisted/a/configmap-two.yaml": cm("two"),
    "dup/kustomization.yaml": k(["a", "b"]),
    "dup/a/kustomization.yaml": k(["configmap-one.yaml"]),
    "dup/a/configmap-one.yaml": cm("one"),
    "dup/b/kustomization.yaml": k(["configmap-one.yaml"]),
    "dup/b/configmap-one.yaml": cm("one"),
  });
  assert.match((await build(path.join(root, "unlisted"))) ?? "", /kustomize output ≠ the files/);
  assert.match((await build(path.join(root, "dup"))) ?? "", /already registered id/);
});
