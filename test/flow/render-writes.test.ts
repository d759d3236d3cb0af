/**
 * `capstan render --out` writes through staging (src/writer/staged-writer.ts): with many
 * apps a write worker stages each app's files while the next ones render, a new environment
 * folder is staged whole and renamed into place once, and nothing is put in place before
 * planning found no problem. What a user sees must not depend on any of that: the same
 * bytes as writing everything in-thread at the end, unchanged files never rewritten, and a
 * failed write or a render problem leaves the folder exactly as it was, with no staged
 * files behind.
 */
import assert from "node:assert/strict";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { spawn } from "node:child_process";
import { join, relative } from "node:path";
import { after, test } from "node:test";
import fc from "fast-check";
import { isSafeRelPath } from "../../src/core/plan/layout.ts";
import type { KObject } from "../../src/core/render/render.ts";
import { appFile, appYaml, generate } from "../../bench/generate.ts";
import {
  assertSameTree,
  cleanupAll,
  runCli,
  snapshot,
  SOURCE_REPO,
  tempDir,
} from "../hostile/harness.ts";
import { FAST_PATH_ONLY } from "../helpers/reference.ts";

after(cleanupAll);

const APPS = 20; // 20 apps × 3 envs: 60 renders, over the write worker's threshold

/** Runs the CLI with CAPSTAN_WRITE_WORKER set ("1" forces the worker, "0" writes in-thread). */
async function render(src: string, out: string, worker: "0" | "1") {
  const was = process.env.CAPSTAN_WRITE_WORKER;
  process.env.CAPSTAN_WRITE_WORKER = worker;
  try {
    return await runCli([
      "render",
      "--source",
      src,
      "--out",
      out,
      "--source-repo",
      SOURCE_REPO,
      "-q",
    ]);
  } finally {
    if (was === undefined) delete process.env.CAPSTAN_WRITE_WORKER;
    else process.env.CAPSTAN_WRITE_WORKER = was;
  }
}

async function corpus(): Promise<string> {
  const src = await tempDir("capstan-src-");
  generate(src, APPS);
  return src;
}

/** Every path under `dir` that looks like staging: `*.capstan-tmp` files, `.*.capstan-stage` folders. */
function staged(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (/\.capstan-(tmp|stage)$/.test(e.name)) found.push(relative(dir, p));
      if (e.isDirectory()) walk(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

/** path → "inode mtime" of every file: what tells a rewrite from an untouched file. */
function stamps(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p, { bigint: true });
        out.set(relative(dir, p), `${s.ino} ${s.mtimeNs}`);
      }
    }
  };
  walk(dir);
  return out;
}

test(
  "a fresh folder rendered through the write worker has the bytes of an in-thread render",
  FAST_PATH_ONLY,
  async () => {
    const src = await corpus();
    const a = await tempDir("capstan-out-");
    const b = await tempDir("capstan-out-");
    const ra = await render(src, a, "1");
    assert.equal(ra.code, 0, ra.output);
    const rb = await render(src, b, "0");
    assert.equal(rb.code, 0, rb.output);
    const ta = snapshot(a);
    assert.ok(ta.size > APPS * 3 * 5, `rendered ${ta.size} entries`);
    assertSameTree(snapshot(b), ta, "worker-written tree");
    assert.deepEqual(staged(a), []);
    // 20 apps × 3 environments: their files, and each one's detail file beside state.json
    assert.match(ra.output, /wrote 4\d\d file\(s\), deleted 0/);
  },
);

test(
  "through the write worker, a re-render writes nothing and one app changed rewrites only its files",
  FAST_PATH_ONLY,
  async () => {
    const src = await corpus();
    const out = await tempDir("capstan-out-");
    assert.equal((await render(src, out, "1")).code, 0);
    const first = stamps(out);
    const again = await render(src, out, "1");
    assert.equal(again.code, 0, again.output);
    assert.match(again.output, /wrote 0 file\(s\)/);
    assert.deepEqual(stamps(out), first, "a no-op re-render touched files");

    writeFileSync(join(src, appFile(3)), appYaml(3, 1)); // app-00003's web image tag changes
    const one = await render(src, out, "1");
    assert.equal(one.code, 0, one.output);
    const now = stamps(out);
    assert.deepEqual([...now.keys()].sort(), [...first.keys()].sort());
    const rewritten = [...now].filter(([p, s]) => first.get(p) !== s).map(([p]) => p);
    assert.ok(rewritten.length >= 6, rewritten.join("\n"));
    for (const p of rewritten)
      assert.match(
        p,
        // app-00003's detail shard: 2 (the first hex digit of sha256("app-00003"))
        /^envs\/[a-z]+\/(app-00003\/deployment-app-00003-(web|worker)\.yaml|\.capstan\/(state|details\/2)\.json)$/,
      );
    assert.deepEqual(staged(out), []);
  },
);

for (const worker of ["1", "0"] as const)
  test(`a write failing mid-run leaves the folder as it was, no staged files behind (worker ${worker})`, async () => {
    const src = await corpus();
    const out = await tempDir("capstan-out-");
    assert.equal((await render(src, out, "0")).code, 0);
    // dev becomes a new folder (staged whole, first); production's app-00010 deployment is
    // rewritten onto a full disk, after dev and staging were staged.
    rmSync(join(out, "envs/dev"), { recursive: true });
    for (const i of [2, 10, 15]) writeFileSync(join(src, appFile(i)), appYaml(i, 1));
    const target = join(out, "envs/production/app-00010/deployment-app-00010-web.yaml");
    rmSync(target);
    symlinkSync("/dev/full", `${target}.capstan-tmp`);
    const before = snapshot(out);
    const r = await render(src, out, worker);
    assert.equal(r.thrown, undefined, String((r.thrown as Error | undefined)?.stack));
    assert.equal(r.code, 1, r.output);
    const p = r.problems.find((x) => x.code === "write");
    assert.ok(p, r.output);
    assert.equal(p.file, target);
    assert.match(
      p.message,
      /^cannot write: ENOSPC \(ENOSPC: no space left on device\); the output folder was left as it was$/,
    );
    // Only the booby-trapped temp file is gone; no dev folder, no stage, nothing else touched.
    before.delete("envs/production/app-00010/deployment-app-00010-web.yaml.capstan-tmp");
    assertSameTree(before, snapshot(out));
    assert.deepEqual(staged(out), []);
  });

test("a render problem after other apps' files were staged leaves the folder as it was", async () => {
  const src = await corpus();
  const out = await tempDir("capstan-out-");
  assert.equal((await render(src, out, "1")).code, 0);
  rmSync(join(out, "envs/staging"), { recursive: true }); // a new folder: staged whole
  for (const i of [0, 5]) writeFileSync(join(src, appFile(i)), appYaml(i, 1));
  // the last app's scaler is invalid: found while rendering, after the others were staged
  const last = APPS - 1;
  writeFileSync(
    join(src, appFile(last)),
    appYaml(last, 1).replace(/replicas: \d+/, 'replicas: "many"'),
  );
  const before = snapshot(out);
  const r = await render(src, out, "1");
  assert.equal(r.thrown, undefined, String((r.thrown as Error | undefined)?.stack));
  assert.equal(r.code, 1, r.output);
  assert.ok(r.problems.length && r.problems.every((p) => p.code !== "write"), r.output);
  // found while rendering (an environment named), not while loading
  assert.ok(
    r.problems.some((p) => p.code === "schema" && p.env && p.capability),
    r.output,
  );
  assertSameTree(before, snapshot(out));
  assert.deepEqual(staged(out), []);
});

test(
  "a bundled-schema problem found in the write worker is reported exactly as in-thread, nothing written",
  FAST_PATH_ONLY,
  async () => {
    const src = await corpus();
    // app-00000 is the first render of the run: posted to the worker (nothing is backlogged
    // yet), which checks its objects' bundled schemas. Its ConfigMap's data is not strings.
    writeFileSync(
      join(src, appFile(0)),
      appYaml(0, 1).replace(
        "  components:\n",
        [
          "  components:",
          "    - name: app-00000-cm",
          "      type: k8s-objects",
          "      properties:",
          "        objects:",
          "          - apiVersion: v1",
          "            kind: ConfigMap",
          "            metadata: { name: bad-cm }",
          "            data: { retries: 3 }",
          "",
        ].join("\n"),
      ),
    );
    const a = await tempDir("capstan-out-");
    const b = await tempDir("capstan-out-");
    const ra = await render(src, a, "1");
    const rb = await render(src, b, "0");
    assert.equal(ra.code, 1, ra.output);
    assert.equal(rb.code, 1, rb.output);
    assert.ok(
      ra.problems.some((p) => p.code === "kube-schema" && /ConfigMap "bad-cm"/.test(p.message)),
      ra.output,
    );
    assert.deepEqual(ra.problems, rb.problems);
    assert.deepEqual(readdirSync(a), []);
    assert.deepEqual(readdirSync(b), []);
  },
);

test("a stage folder left by a killed run is replaced, not merged", async () => {
  const src = await corpus();
  const out = await tempDir("capstan-out-");
  const stale = join(out, "envs/.dev.capstan-stage");
  mkdirSync(join(stale, "app-99999"), { recursive: true });
  writeFileSync(join(stale, "app-99999/deployment-x.yaml"), "stale\n");
  const r = await render(src, out, "1");
  assert.equal(r.code, 0, r.output);
  assert.ok(!existsSync(join(out, "envs/dev/app-99999")), "stale staged files were kept");
  assert.deepEqual(staged(out), []);
  // …and the result is what a render into an empty folder gives
  const clean = await tempDir("capstan-out-");
  assert.equal((await render(src, clean, "0")).code, 0);
  assertSameTree(snapshot(clean), snapshot(out));
});

test("an existing environment folder keeps files capstan does not own", async () => {
  const src = await corpus();
  const out = await tempDir("capstan-out-");
  mkdirSync(join(out, "envs/dev/legacy"), { recursive: true });
  writeFileSync(join(out, "envs/dev/legacy/cm.yaml"), "kind: ConfigMap\n");
  const copy = await tempDir("capstan-out-");
  cpSync(out, copy, { recursive: true });
  const r = await render(src, out, "1");
  assert.equal(r.code, 0, r.output);
  assert.equal((await render(src, copy, "0")).code, 0);
  assertSameTree(snapshot(copy), snapshot(out));
  assert.ok(existsSync(join(out, "envs/dev/legacy/cm.yaml")));
  assert.deepEqual(staged(out), []);
});

test("the path check the write worker uses keeps every write inside the environment folder and out of .git", () => {
  const seg = fc.constantFrom(
    "a",
    "app-1",
    ".",
    "..",
    "",
    ".git",
    ".GIT",
    ".gIt",
    ".gitx",
    "x.yaml",
    "\\",
    "\0",
    ".capstan",
  );
  fc.assert(
    fc.property(fc.array(seg, { maxLength: 5 }), fc.boolean(), (parts, abs) => {
      const p = (abs ? "/" : "") + parts.join("/");
      const escapes =
        p === "" ||
        abs ||
        parts.some(
          (x) => x === "" || x === "." || x === ".." || x.includes("\\") || x.includes("\0"),
        ) ||
        parts.some((x) => x.toLowerCase() === ".git");
      assert.equal(isSafeRelPath(p), !escapes, JSON.stringify(p));
    }),
    { numRuns: 2000 },
  );
});

test("the path check refuses a .git segment anywhere and in any case, as git does", () => {
  for (const p of [
    ".git",
    ".git/config",
    ".GIT/config",
    ".Git/hooks/pre-commit",
    "app/.git",
    "app/.git/config",
    "app/.gIT/x.yaml",
    "a/b/.GiT",
  ])
    assert.equal(isSafeRelPath(p), false, p);
  for (const p of [
    "app/x.yaml",
    ".capstan/state.json",
    "app/.gitignore",
    "app/.gitx/y",
    "app/git/y",
    "app/x.git",
    ".gi/t",
    "app/.gi",
    "app/.gitt",
  ])
    assert.equal(isSafeRelPath(p), true, p);
});

test("the bundled write worker is small and loads nothing but node: modules and the emitter", () => {
  const seen = new Set<string>();
  const load = (rel: string): number => {
    if (seen.has(rel)) return 0;
    seen.add(rel);
    const text = readFileSync(join("dist", rel), "utf8");
    let size = text.length;
    for (const m of text.matchAll(/from "(\.[^"]+)"|import "(\.[^"]+)"/g))
      size += load(join(rel, "..", m[1] ?? m[2]!));
    return size;
  };
  const size = load("write-worker.js");
  assert.ok(size < 40_000, `write-worker.js and its chunks are ${size} bytes`);
});

test(
  "an interrupted render (Ctrl-C) removes what it staged and still ends by the signal",
  FAST_PATH_ONLY,
  async () => {
    const src = await tempDir("capstan-src-");
    generate(src, 150);
    const out = await tempDir("capstan-out-");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/dev.ts", "render", "--source", src, "--out", out, "-q"],
      { env: { ...process.env, CAPSTAN_WRITE_WORKER: "1" }, stdio: "ignore" },
    );
    const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once("exit", (code, signal) => resolve({ code, signal })),
    );
    // interrupt once the first environment is being staged
    const stage = join(out, "envs/.dev.capstan-stage");
    const t0 = Date.now();
    while (!existsSync(join(stage, "app-00001")) && Date.now() - t0 < 60_000)
      await new Promise((r) => setTimeout(r, 5));
    assert.ok(existsSync(stage), "the render never staged anything");
    child.kill("SIGINT");
    const r = await ended;
    assert.deepEqual(r, { code: null, signal: "SIGINT" });
    assert.deepEqual(readdirSync(out), [], "an interrupted render left files behind");
  },
);

test(
  "when the write worker ends after handing over its hashes, the files it held are written here",
  FAST_PATH_ONLY,
  async () => {
    const { Writer, HELD } = await import("../../src/writer/writer-client.ts");
    const { appFilesWithHashes } = await import("../../src/core/plan/layout.ts");
    const out = await tempDir("capstan-out-");
    const env = join(out, "envs/dev");
    const app = (name: string, ns: string): KObject[] => [
      {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name, namespace: ns, labels: { app: name } },
        spec: { selector: { app: name }, ports: [{ port: 80 }] },
      },
      {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: `${name}-config`, namespace: ns },
        data: { mode: "true", note: "two\nlines\n" },
      },
    ];
    const w = new Writer(true);
    assert.ok(w.early, "the write worker started");
    w.open(0, env, ".capstan/state.json");
    w.render(0, "shop", app("shop", "shop-dev"), undefined, [], undefined);
    w.render(0, "cart", app("cart", "true"), undefined, [], undefined);
    const held = await w.collect();
    const changes = new Map<string, string | null>();
    for (const name of ["shop", "cart"]) {
      const r = held[0]!.get(name);
      assert.ok(r?.files, `the worker handed over ${name}`);
      for (const [rel, text] of r.files) {
        assert.equal(text, HELD);
        changes.set(rel, text);
      }
    }
    changes.set(".capstan/state.json", "{}\n");
    // the worker ends between collecting and finishing (a crash, an OOM kill)
    await (w as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const done = await w.finish([{ env: 0, changes }]);
    assert.equal(done.written, changes.size);
    const expected = new Map<string, string>([
      ...appFilesWithHashes("shop", app("shop", "shop-dev")).files,
      ...appFilesWithHashes("cart", app("cart", "true")).files,
      [".capstan/state.json", "{}\n"],
    ]);
    for (const [rel, text] of expected)
      assert.equal(readFileSync(join(env, rel), "utf8"), text, rel);
    assert.deepEqual(staged(out), [], "no stage left behind");
  },
);
