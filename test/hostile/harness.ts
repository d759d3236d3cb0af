/**
 * Harness for the hostile-input corpus: temp source repos built from a valid
 * baseline plus hostile overrides, the real CLI entry (`main`) run in-process with
 * a capturing reporter (and process.stdout/stderr tapped), and byte snapshots of
 * output trees so every failing case can assert that nothing was written.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main.ts";
import type { Problem } from "../../src/core/common/errors.ts";
import { formatProblem } from "../../src/core/common/errors.ts";
import { tmpdir } from "../helpers/git.ts";

export const SOURCE_REPO = "acme/shop-src";

export const BASE_CONFIG = `apiVersion: capstan.dev/v1alpha1
kind: Config
envRepo: { url: https://github.com/acme/deploy.git, branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true
    namespace: shop-staging
  - name: production
    promotesFrom: staging
    namespace: shop
capabilities:
  - builtin
  - path: capabilities
`;

export const BASE_APP = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: shop
spec:
  components:
    - name: web
      type: webservice
      properties:
        image: ghcr.io/acme/shop:1.4.2
        ports:
          - port: 8080
            expose: true
      traits:
        - type: scaler
          properties:
            replicas: 2
`;

/** A tiny local pack that always exists so `path: capabilities` resolves. */
export const BASE_PACK: Record<string, string> = {
  "capabilities/README.md": "local capabilities\n",
};

export type Files = Record<string, string | Buffer | null>;

const cleanup: string[] = [];
export async function cleanupAll(): Promise<void> {
  for (const d of cleanup.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function tempDir(prefix = "capstan-hostile-"): Promise<string> {
  const d = await tmpdir(prefix);
  cleanup.push(d);
  return d;
}

export function writeFiles(dir: string, files: Files): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(dir, rel);
    if (text === null) {
      rmSync(abs, { recursive: true, force: true });
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

/** A source repo: capstan.yaml + apps/shop.yaml + an empty local pack, with `files` overriding (null deletes). */
export async function makeSource(files: Files = {}): Promise<string> {
  const dir = await tempDir("capstan-src-");
  writeFiles(dir, {
    "capstan.yaml": BASE_CONFIG,
    "apps/shop.yaml": BASE_APP,
    ...BASE_PACK,
    ...files,
  });
  return dir;
}

export interface RunResult {
  code: number;
  problems: Problem[];
  /** Reporter lines (info/notice/warn/problems) plus everything written to stdout/stderr. */
  output: string;
  thrown?: unknown;
}

/** Runs the real CLI entry in-process; captures the reporter and the process streams. */
export async function runCli(args: string[]): Promise<RunResult> {
  const problems: Problem[] = [];
  const lines: string[] = [];
  const reporter = {
    info: (l: string) => lines.push(`info: ${l}`),
    notice: (l: string) => lines.push(`notice: ${l}`),
    warn: (l: string) => lines.push(`warning: ${l}`),
    problems: (ps: Problem[]) => {
      problems.push(...ps);
      for (const p of ps) lines.push(`error: ${formatProblem(p)}`);
    },
  };
  const chunks: string[] = [];
  const orig = { out: process.stdout.write, err: process.stderr.write };
  // stdout is also passed through: the test runner reports results on this process's
  // stdout, and a swallowed report line would hide a test.
  const tap =
    (write: typeof process.stdout.write | undefined) =>
    (chunk: Uint8Array | string, ...rest: unknown[]): boolean => {
      chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      if (write) (write as (c: Uint8Array | string, ...r: unknown[]) => boolean)(chunk, ...rest);
      return true;
    };
  process.stdout.write = tap(orig.out.bind(process.stdout)) as typeof process.stdout.write;
  process.stderr.write = tap(undefined) as typeof process.stderr.write;
  let code = -1;
  let thrown: unknown;
  try {
    code = await main(args, { reporter });
  } catch (e) {
    thrown = e;
  } finally {
    process.stdout.write = orig.out;
    process.stderr.write = orig.err;
  }
  return { code, problems, output: [...lines, chunks.join("")].join("\n"), thrown };
}

/** path → sha256 of every file (and `dir/` for every folder) under `dir`; empty when it does not exist. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const rec = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(p);
      if (st.isDirectory()) {
        out.set(`${r}/`, "dir");
        rec(p, r);
      } else if (st.isSymbolicLink()) out.set(r, "symlink");
      else out.set(r, createHash("sha256").update(readFileSync(p)).digest("hex"));
    }
  };
  rec(dir, "");
  return out;
}

export function assertSameTree(
  before: Map<string, string>,
  after: Map<string, string>,
  what = "output tree",
): void {
  assert.deepEqual([...after], [...before], `${what} changed`);
}

let baselineOut: string | undefined;

/** The valid baseline rendered once into an out dir; each case gets a byte copy of it. */
export async function baselineCopy(): Promise<string> {
  if (!baselineOut) {
    const src = await makeSource();
    const out = await tempDir("capstan-baseline-");
    const r = await runCli(["render", "--source", src, "--out", out, "--source-repo", SOURCE_REPO]);
    assert.equal(r.code, 0, `baseline render failed:\n${r.output}`);
    baselineOut = out;
  }
  const copy = await tempDir("capstan-out-");
  cpSync(baselineOut, copy, { recursive: true });
  return copy;
}

export interface ExpectedProblem {
  code?: string;
  file?: string;
  line?: number;
  col?: number;
  path?: string;
  capability?: string;
  message: RegExp;
}

/** Finds a problem matching every given field; fails with the full output otherwise. */
export function assertProblem(r: RunResult, want: ExpectedProblem): Problem {
  const match = r.problems.find(
    (p) =>
      want.message.test(p.message) &&
      (want.code === undefined || p.code === want.code) &&
      (want.file === undefined || p.file === want.file) &&
      (want.line === undefined || p.line === want.line) &&
      (want.col === undefined || p.col === want.col) &&
      (want.path === undefined || p.path === want.path) &&
      (want.capability === undefined || p.capability === want.capability),
  );
  assert.ok(
    match,
    `no problem matching ${JSON.stringify({ ...want, message: String(want.message) })}; got:\n${JSON.stringify(r.problems, null, 1)}\n${r.output}`,
  );
  return match;
}

/** A user error: exit 1, no uncaught exception, no stack trace, each problem says where. */
export function assertUserError(r: RunResult): void {
  assert.equal(r.thrown, undefined, `uncaught exception: ${String((r.thrown as Error)?.stack)}`);
  assert.equal(r.code, 1, `expected exit 1, got ${r.code}:\n${r.output}`);
  assert.ok(r.problems.length > 0, `exit 1 without problems:\n${r.output}`);
  assert.doesNotMatch(r.output, /\n\s+at .+:\d+:\d+\)?\n/, "stack trace in output");
  for (const p of r.problems)
    assert.ok(
      p.file || p.path || p.capability || p.env || p.app,
      `problem without a location: ${JSON.stringify(p)}`,
    );
}

export interface HostileCase {
  name: string;
  files: Files;
  /** extra CLI args after `render --source S --out O` */
  args?: string[];
  /** alternative command instead of render (e.g. ["validate"]) */
  command?: string[];
  expect: ExpectedProblem | ExpectedProblem[];
  /** set up the source dir further (symlinks, locks …) before the run */
  prepare?: (src: string) => Promise<void> | void;
}

/**
 * Runs `capstan render` with a hostile source into a copy of the baseline output:
 * exit 1, the expected problems, and the output tree byte-for-byte unchanged.
 */
export async function runHostile(c: HostileCase): Promise<RunResult> {
  const src = await makeSource(c.files);
  await c.prepare?.(src);
  const out = await baselineCopy();
  const before = snapshot(out);
  const srcBefore = snapshot(src);
  const cmd = c.command ?? ["render"];
  const args = [...cmd, "--source", src, "--source-repo", SOURCE_REPO];
  if (cmd[0] === "render") args.push("--out", out);
  const r = await runCli([...args, ...(c.args ?? [])]);
  assertUserError(r);
  for (const e of Array.isArray(c.expect) ? c.expect : [c.expect]) assertProblem(r, e);
  assertSameTree(before, snapshot(out));
  if (cmd[0] !== "lock") assertSameTree(srcBefore, snapshot(src), "source tree");
  return r;
}

/** An Application document with one component (and optional traits), as YAML text. */
export function appYaml(opts: {
  name?: string;
  component?: string;
  type?: string;
  properties?: string;
  traits?: string;
  extra?: string;
}): string {
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: ${opts.name ?? "shop"}
spec:
  components:
    - name: ${opts.component ?? "web"}
      type: ${opts.type ?? "webservice"}
      properties:
${indent(opts.properties ?? "image: ghcr.io/acme/shop:1.4.2", 8)}
${opts.traits ? `      traits:\n${indent(opts.traits, 8)}\n` : ""}${opts.extra ?? ""}`;
}

export function indent(text: string, n: number): string {
  const pad = " ".repeat(n);
  return text
    .split("\n")
    .map((l) => (l ? pad + l : l))
    .join("\n");
}

/** A local capability in the source's `capabilities/` pack. */
export function capability(
  name: string,
  version: string,
  yaml: string,
  template: string,
  kind: "ComponentType" | "Trait" = "ComponentType",
): Files {
  const file = kind === "ComponentType" ? "template.yaml.hbs" : "patch.yaml.hbs";
  return {
    [`capabilities/${name}/${version}/capability.yaml`]: yaml,
    [`capabilities/${name}/${version}/${file}`]: template,
  };
}

/** capability.yaml for a ComponentType that emits the given kinds and takes free-form string `value`. */
export function componentYaml(
  emits: string[] = ["v1 ConfigMap"],
  params = "type: object\n  properties:\n    value: { type: string }",
): string {
  return `apiVersion: capstan.dev/v1alpha1
kind: ComponentType
description: test component
emits:
${emits.map((e) => `  - { apiVersion: ${e.split(" ")[0]}, kind: ${e.split(" ")[1]} }`).join("\n")}
parameters:
  ${params}
`;
}
