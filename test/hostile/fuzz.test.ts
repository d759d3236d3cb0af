/**
 * Fuzzing the output contract: valid source trees, mutated (scalar types swapped, anchors,
 * aliases and merge keys — self-referencing too —, huge and deeply nested values, unicode,
 * YAML tags, lines dropped or repeated), rendered in-process over a copy of the tree's
 * valid render. Every case must end in exit 0 or 1 with no stack trace; every `error:`
 * names a file; a failure leaves the out folder byte-for-byte as it was; and every
 * environment an exit-0 run changed builds with kustomize. Seeded and bounded.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { after, test } from "node:test";
import { promisify } from "node:util";
import { treeOf, type Tree, type TreeShape } from "../helpers/corpus.ts";
import { writeTree } from "../helpers/git.ts";
import { cleanupAll, runCli, snapshot, tempDir } from "./harness.ts";

after(cleanupAll);
const run = promisify(execFile);

const CASES = 120;
const SEED = 0x15b;

/** mulberry32: a small seeded PRNG, so every run tries the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS: TreeShape[] = [
  {
    createNamespaces: true,
    prodKube: "1.30",
    apps: [
      {
        name: "cart",
        tag: 1,
        replicas: 2,
        expose: true,
        sharedNamespace: false,
        worker: true,
        configMap: true,
      },
      {
        name: "shop",
        tag: 2,
        replicas: 1,
        expose: false,
        sharedNamespace: true,
        worker: false,
        configMap: false,
      },
    ],
  },
];

const SCALARS = [
  "0",
  "-1",
  "1e400",
  "0x1F",
  ".nan",
  "true",
  "null",
  "~",
  "[]",
  "{}",
  '""',
  "'x: y'",
  "[1, [2, {a: b}]]",
  "2024-01-01",
  "0755",
  "ü-ñ-日本",
  '"\\u202e\\u200b😀"',
  "x".repeat(70_000),
];
const TAGS = [
  "!!binary aGVsbG8=",
  "!custom x",
  "!!str 5",
  '!!int "x"',
  "!!set {a}",
  "!!timestamp 2024-01-01",
];

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Lines `<indent>key: value` of a text, by index. */
function valueLines(lines: string[]): number[] {
  return lines
    .map((l, i) => (/^\s*(- )?[A-Za-z][\w.-]*: \S/.test(l) ? i : -1))
    .filter((i) => i >= 0);
}

function setValue(line: string, value: string): string {
  return line.replace(/^(\s*(?:- )?[A-Za-z][\w.-]*: ).*$/, `$1${value}`);
}

const MUTATIONS: ((text: string, r: Rng) => string)[] = [
  // a scalar of another type (or a huge one, or unicode)
  (t, r) => {
    const lines = t.split("\n");
    const i = pick(r, valueLines(lines));
    lines[i] = setValue(lines[i]!, pick(r, SCALARS));
    return lines.join("\n");
  },
  // a YAML tag on a value
  (t, r) => {
    const lines = t.split("\n");
    const i = pick(r, valueLines(lines));
    lines[i] = setValue(lines[i]!, pick(r, TAGS));
    return lines.join("\n");
  },
  // an anchor on one value, an alias to it at another (maybe inside itself)
  (t, r) => {
    const lines = t.split("\n");
    const vs = valueLines(lines);
    const i = pick(r, vs);
    const j = pick(r, vs);
    lines[i] = lines[i]!.replace(/: (\S)/, ": &A $1");
    lines[j] = setValue(lines[j]!, "*A");
    return lines.join("\n");
  },
  // a self-referencing flow mapping, or a merge key into its own anchor
  (t, r) => {
    const lines = t.split("\n");
    const i = pick(r, valueLines(lines));
    lines[i] = setValue(lines[i]!, pick(r, ["&S { self: *S }", "&S [a, *S]", "&S { <<: *S }"]));
    return lines.join("\n");
  },
  // a merge key pulling in another mapping
  (t) =>
    t.replace(
      /^(\s*)properties:\n/m,
      (_, ind: string) =>
        `${ind}properties:\n${ind}  <<: { image: "merged:1", replicas: 3, bogus: [1] }\n`,
    ),
  // deep nesting
  (t, r) => {
    const lines = t.split("\n");
    const i = pick(r, valueLines(lines));
    const depth = pick(r, [64, 600, 5000]);
    lines[i] = setValue(lines[i]!, "[".repeat(depth) + "]".repeat(depth));
    return lines.join("\n");
  },
  // a line dropped or repeated
  (t, r) => {
    const lines = t.split("\n");
    const i = Math.floor(r() * lines.length);
    if (r() < 0.5) lines.splice(i, 1);
    else lines.splice(i, 0, lines[i]!);
    return lines.join("\n");
  },
  // unicode in a name
  (t, r) => t.replace(/name: ([a-z]+)/, `name: $1${pick(r, ["ü", "\u0130", "\u200b", "😀", "Ⅸ"])}`),
];

function mutate(tree: Tree, r: Rng): Tree {
  const out = { ...tree };
  const n = 1 + Math.floor(r() * 2);
  for (let k = 0; k < n; k++) {
    const file = pick(r, Object.keys(out).sort());
    out[file] = pick(r, MUTATIONS)(out[file]!, r);
  }
  return out;
}

async function kustomizeBuilds(env: string): Promise<void> {
  await run("kubectl", ["kustomize", env], { maxBuffer: 64 << 20 });
}

test(`fuzz: ${CASES} mutated source trees end in exit 0/1, located errors, nothing written on failure, buildable environments`, async () => {
  const r = prng(SEED);
  const baselines: { tree: Tree; out: string }[] = [];
  for (const s of SEEDS) {
    const tree = treeOf(s);
    const src = await tempDir("capstan-fuzz-src-");
    await writeTree(src, tree);
    const out = await tempDir("capstan-fuzz-base-");
    const b = await runCli(["render", "--source", src, "--out", out, "--source-repo", "acme/src"]);
    assert.equal(b.code, 0, b.output);
    baselines.push({ tree, out });
  }
  const builds: Promise<void>[] = [];
  const counts = { ok: 0, refused: 0 };
  for (let c = 0; c < CASES; c++) {
    const base = baselines[c % baselines.length]!;
    const tree = mutate(base.tree, r);
    const src = await tempDir("capstan-fuzz-src-");
    await writeTree(src, tree);
    const out = await tempDir("capstan-fuzz-out-");
    cpSync(base.out, out, { recursive: true });
    const before = snapshot(out);
    const res = await runCli([
      "render",
      "--source",
      src,
      "--out",
      out,
      "--source-repo",
      "acme/src",
      "--allow-mass-deletion",
    ]);
    const what = () =>
      `case ${c}:\n${JSON.stringify(tree, null, 1).slice(0, 3000)}\n${res.output.slice(0, 3000)}`;
    assert.equal(
      res.thrown,
      undefined,
      `${what()}\nthrew: ${String((res.thrown as Error)?.stack)}`,
    );
    assert.ok(res.code === 0 || res.code === 1, `exit ${res.code}: ${what()}`);
    assert.doesNotMatch(res.output, /\n\s+at .+:\d+:\d+\)?\n|RangeError|TypeError/, what());
    if (res.code === 1) {
      counts.refused++;
      assert.ok(res.problems.length > 0, what());
      for (const p of res.problems)
        assert.ok(p.file, `error without a file: ${JSON.stringify(p)}\n${what()}`);
      assert.deepEqual([...snapshot(out)], [...before], `out changed on failure: ${what()}`);
      continue;
    }
    counts.ok++;
    const after = snapshot(out);
    const envs = readdirSync(path.join(out, "envs")).filter((e) =>
      [...after].some(([p, h]) => p.startsWith(`envs/${e}/`) && before.get(p) !== h),
    );
    for (const e of envs) builds.push(kustomizeBuilds(path.join(out, "envs", e)));
    // two builds at a time at most
    if (builds.length >= 2) await Promise.all(builds.splice(0));
  }
  await Promise.all(builds);
  assert.ok(counts.ok > 5 && counts.refused > 5, JSON.stringify(counts));
});
