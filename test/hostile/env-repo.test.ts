/**
 * Env repo faults through the real CLI: unreachable remotes, auth failures, a
 * non-fast-forward storm, a process killed mid-run, disk full, a corrupted state.json,
 * and files capstan does not own. The remote's refs never point at a partial render.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, test } from "node:test";
import { renderToRepo } from "../../src/flows/render/render-repo.ts";
import { loadFromDir } from "../../src/flows/shared/load.ts";
import { ExternalError } from "../../src/core/common/errors.ts";
import { detailPath } from "../../src/core/plan/detail-text.ts";
import { commitAll, git, initRepo, revParse, seededRemote, TEST_ENV } from "../helpers/git.ts";
import {
  appYaml,
  assertSameTree,
  BASE_APP,
  baselineCopy,
  cleanupAll,
  makeSource,
  runCli,
  snapshot,
  SOURCE_REPO,
  tempDir,
  type Files,
} from "./harness.ts";

after(cleanupAll);

const FOREIGN: Record<string, string> = {
  "README.md": "# deploy\n",
  "envs/staging/kustomization.yaml":
    "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - legacy\n",
  "envs/staging/legacy/kustomization.yaml": "resources: [cm.yaml]\n",
  "envs/staging/legacy/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: legacy }\n",
  "clusters/prod/flux.yaml": "kind: Kustomization\n",
  // a file someone added inside the folder of an app capstan owns
  "envs/staging/shop/NOTES.md": "hand-written notes\n",
};

/** A committed source repo (the render flow asks git about ancestry). */
async function gitSource(files: Files = {}): Promise<string> {
  const src = await makeSource(files);
  await initRepo(src);
  await commitAll(src, "source");
  return src;
}

async function remote(files: Record<string, string> = FOREIGN): Promise<string> {
  const dir = await tempDir("capstan-remote-");
  return seededRemote(files, join(dir, "deploy.git"));
}

/** Every ref of a bare repo → sha. */
async function refs(bare: string): Promise<string> {
  return git(bare, "for-each-ref", "--format=%(refname) %(objectname)");
}

async function renderRepo(src: string, url: string, extra: string[] = []) {
  return runCli([
    "render",
    "--source",
    src,
    "--env-repo",
    url,
    "--push",
    "--source-repo",
    SOURCE_REPO,
    ...extra,
  ]);
}

function assertExternal(r: Awaited<ReturnType<typeof runCli>>, message: RegExp): void {
  assert.equal(r.thrown, undefined, String((r.thrown as Error | undefined)?.stack));
  assert.equal(r.code, 3, r.output);
  assert.match(r.output, message);
  assert.doesNotMatch(r.output, /\n\s+at .+:\d+:\d+\)?\n/, "stack trace");
}

/** A tree of a commit in a bare repo: path → blob text. */
async function treeAt(bare: string, ref: string): Promise<Map<string, string>> {
  const files = (await git(bare, "ls-tree", "-r", "--name-only", ref)).split("\n").filter(Boolean);
  const out = new Map<string, string>();
  for (const f of files) out.set(f, await git(bare, "show", `${ref}:${f}`));
  return out;
}

/**
 * A consistent render: state.json parses, every app it lists has its detail file, and every
 * file a detail lists exists.
 */
async function assertConsistent(bare: string, ref: string): Promise<void> {
  const tree = await treeAt(bare, ref);
  const state = tree.get("envs/staging/.capstan/state.json");
  if (state === undefined) return; // the old, pre-capstan state
  const parsed = JSON.parse(state) as { apps: Record<string, unknown> };
  for (const app of Object.keys(parsed.apps)) {
    const detail = tree.get(`envs/staging/${detailPath(app)}`);
    assert.ok(detail !== undefined, `no detail file for ${app}`);
    const shard = JSON.parse(detail) as Record<string, { files: Record<string, string> }>;
    assert.ok(shard[app], `${detailPath(app)} does not hold ${app}`);
    const { files } = shard[app];
    for (const p of Object.keys(files)) assert.ok(tree.has(`envs/staging/${p}`), `missing ${p}`);
  }
}

test("env repo: a render pushes, and never touches files capstan does not own", async () => {
  const bare = await remote();
  const src = await gitSource();
  const r = await renderRepo(src, bare);
  assert.equal(r.code, 0, r.output);
  const tree = await treeAt(bare, "refs/heads/main");
  for (const [p, t] of Object.entries(FOREIGN))
    if (p !== "envs/staging/kustomization.yaml") assert.equal(tree.get(p), t.trimEnd(), p);
  assert.match(tree.get("envs/staging/kustomization.yaml")!, /- legacy\n[^]*- shop/);
  await assertConsistent(bare, "refs/heads/main");

  // Removing the app prunes only what capstan owns.
  await git(src, "rm", "-q", "apps/shop.yaml");
  await commitAll(src, "remove shop");
  const r2 = await renderRepo(src, bare, ["--allow-mass-deletion"]);
  assert.equal(r2.code, 0, r2.output);
  const after2 = await treeAt(bare, "refs/heads/main");
  for (const p of Object.keys(FOREIGN).filter((p) => p !== "envs/staging/kustomization.yaml"))
    assert.ok(after2.has(p), `foreign ${p} was removed`);
  assert.deepEqual(
    [...after2.keys()].filter((p) => p.startsWith("envs/staging/shop/")),
    ["envs/staging/shop/NOTES.md"],
    "capstan's files pruned, the foreign one kept",
  );
});

test("env repo: an unreachable remote is exit 3 with a clear message, nothing pushed", async () => {
  const port = await new Promise<number>((res) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
  const src = await gitSource();
  const r = await renderRepo(src, `http://127.0.0.1:${port}/deploy.git`);
  assertExternal(r, /git: could not .*(Failed to connect|Connection refused|Couldn't connect)/i);
});

test("env repo: a remote path that does not exist is exit 3", async () => {
  const src = await gitSource();
  const r = await renderRepo(src, "/nonexistent/capstan/deploy.git");
  assertExternal(
    r,
    /error: git: could not .*(does not appear to be a git repository|not found|No such)/i,
  );
});

test("env repo: a corrupted state.json in the env repo is a clear error; the remote is unchanged", async () => {
  for (const [state, message] of [
    ["{ not json", /state\.json .*is not valid JSON/],
    [
      '{"schemaVersion": 99, "apps": {}}',
      /state\.json .*has schemaVersion 99; this capstan understands 1/,
    ],
    [
      JSON.stringify({
        schemaVersion: 1,
        capstanVersion: "0.1.0",
        apps: {
          shop: {
            sourceRepo: SOURCE_REPO,
            commit: "x",
            inputDigest: "y",
            files: { "../../../etc/passwd": "0".repeat(64) },
          },
        },
      }),
      /names a path outside the environment: \.\.\/\.\.\/\.\.\/etc\/passwd/,
    ],
    [
      JSON.stringify({
        schemaVersion: 1,
        capstanVersion: "0.1.0",
        apps: {
          shop: {
            sourceRepo: SOURCE_REPO,
            commit: "x",
            inputDigest: "y",
            files: { "shop/a.yaml": "edited-by-hand" },
          },
        },
      }),
      /malformed digest for shop\/a\.yaml/,
    ],
  ] as const) {
    const bare = await remote({ ...FOREIGN, "envs/staging/.capstan/state.json": state });
    const before = await refs(bare);
    const src = await gitSource();
    const r = await renderRepo(src, bare);
    assert.equal(r.thrown, undefined);
    assert.equal(r.code, 1, r.output);
    const p = r.problems.find((x) => x.code === "corrupt-state");
    assert.ok(p, r.output);
    assert.equal(p.file, "envs/staging/.capstan/state.json");
    assert.match(p.message, message);
    assert.match(p.message, /will not overwrite/);
    assert.equal(await refs(bare), before, "remote refs moved");
  }
});

test("render --out: a corrupted or hand-edited state.json is refused, nothing rewritten", async () => {
  for (const text of ["garbage", '{"schemaVersion":1,"apps":[]}', "null"]) {
    const out = await baselineCopy();
    writeFileSync(join(out, "envs/staging/.capstan/state.json"), text);
    const before = snapshot(out);
    const src = await makeSource({ "apps/shop.yaml": BASE_APP.replace("1.4.2", "1.4.3") });
    const r = await runCli(["render", "--source", src, "--out", out, "--source-repo", SOURCE_REPO]);
    assert.equal(r.code, 1, r.output);
    assert.ok(
      r.problems.some(
        (p) => p.code === "corrupt-state" && p.file === "envs/staging/.capstan/state.json",
      ),
      r.output,
    );
    assertSameTree(before, snapshot(out));
  }
});

test("render --out: disk full mid-write leaves the output folder as it was (no partial state.json)", async () => {
  const out = await baselineCopy();
  // The Service file of the changed app lives on a full disk.
  rmSync(join(out, "envs/staging/shop/service-web.yaml"));
  symlinkSync("/dev/full", join(out, "envs/staging/shop/service-web.yaml.capstan-tmp"));
  const before = snapshot(out);
  const src = await makeSource({ "apps/shop.yaml": BASE_APP.replace("port: 8080", "port: 8081") });
  const r = await runCli(["render", "--source", src, "--out", out, "--source-repo", SOURCE_REPO]);
  assert.equal(r.thrown, undefined, String((r.thrown as Error | undefined)?.stack));
  assert.equal(r.code, 1, r.output);
  const p = r.problems.find((x) => x.code === "write");
  assert.ok(p, r.output);
  assert.match(p.message, /cannot write: ENOSPC .*the output folder was left as it was/);
  assert.match(p.file ?? "", /service-web\.yaml$/);
  // Only the booby-trapped temp file is gone; everything else is byte-identical.
  const after = snapshot(out);
  before.delete("envs/staging/shop/service-web.yaml.capstan-tmp");
  assertSameTree(before, after);
});

test("render --out: an output folder that cannot be created is a clear error", async () => {
  const out = await tempDir("capstan-out-");
  writeFileSync(join(out, "envs"), "a file where a folder should be\n");
  const before = snapshot(out);
  const src = await makeSource();
  const r = await runCli(["render", "--source", src, "--out", out, "--source-repo", SOURCE_REPO]);
  assert.equal(r.thrown, undefined, String((r.thrown as Error | undefined)?.stack));
  assert.equal(r.code, 1, r.output);
  assert.ok(
    r.problems.some((p) => p.code === "write" && /ENOTDIR|EEXIST/.test(p.message)),
    r.output,
  );
  assertSameTree(before, snapshot(out));
  chmodSync(out, 0o755);
});

test("env repo: a non-fast-forward storm gives up cleanly after the bounded attempts (exit 3)", async () => {
  const bare = await remote();
  // Every push finds main moved by "another run": the hook commits to main before the update.
  const hook = join(bare, "hooks/pre-receive");
  mkdirSync(join(bare, "hooks"), { recursive: true });
  writeFileSync(
    hook,
    `#!/bin/sh
cat >/dev/null
unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
echo x >> "$GIT_DIR/storm-count"
tree=$(git mktree </dev/null)
c=$(GIT_AUTHOR_NAME=o GIT_AUTHOR_EMAIL=o@x GIT_COMMITTER_NAME=o GIT_COMMITTER_EMAIL=o@x git commit-tree -p refs/heads/main -m other "$tree")
git update-ref refs/heads/main "$c"
exit 0
`,
  );
  chmodSync(hook, 0o755);
  const src = await gitSource();
  const loaded = await loadFromDir({
    source: src,
    sourceRepo: SOURCE_REPO,
    commit: await git(src, "rev-parse", "HEAD"),
  });
  const lines: string[] = [];
  const reporter = {
    info: (l: string) => lines.push(l),
    notice: (l: string) => lines.push(l),
    warn: (l: string) => lines.push(l),
    problems: () => undefined,
  };
  const t0 = Date.now();
  await assert.rejects(
    renderToRepo(
      loaded,
      {
        envRepo: bare,
        push: true,
        sourceDir: src,
        gitEnv: TEST_ENV,
        retry: { maxAttempts: 3, baseMs: 1, maxMs: 5 },
      },
      reporter,
    ),
    (e: unknown) =>
      e instanceof ExternalError && e.exitCode === 3 && /gave up|moved|race|lock/i.test(e.message),
  );
  assert.ok(Date.now() - t0 < 60_000);
  const attempts = readFileSync(join(bare, "storm-count"), "utf8").trim().split("\n").length;
  assert.equal(attempts, 3, "bounded: one push per attempt");
  // main only ever holds the storm's commits, never a capstan commit.
  const log = await git(bare, "log", "--format=%s", "refs/heads/main");
  assert.doesNotMatch(log, /^render /m);
});

test("env repo: a process killed mid-run leaves the remote at the old or a complete new state", async (t) => {
  const bare = await remote();
  const src = await gitSource();
  const old = await revParse(bare, "refs/heads/main");
  const delays = [150, 400, 800, 1200, 1800, 2500, 3500];
  let sawNew = false;
  for (const [i, delay] of delays.entries()) {
    writeFileSync(join(src, "apps/shop.yaml"), appYaml({ properties: `image: nginx:1.${i}` }));
    await commitAll(src, `v${i}`);
    const before = await revParse(bare, "refs/heads/main");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/dev.ts",
        "render",
        "--source",
        src,
        "--env-repo",
        bare,
        "--push",
        "--source-repo",
        SOURCE_REPO,
        "--quiet",
      ],
      {
        cwd: join(import.meta.dirname, "../.."),
        stdio: "ignore",
        env: { ...process.env, ...TEST_ENV },
      },
    );
    const exited = new Promise<void>((res) => child.on("exit", () => res()));
    await Promise.race([new Promise((r) => setTimeout(r, delay)), exited]);
    child.kill("SIGKILL");
    await exited;
    const now = await revParse(bare, "refs/heads/main");
    if (now !== before) {
      sawNew = true;
      // A moved ref points at a complete render commit.
      assert.match(await git(bare, "log", "-1", "--format=%s", now!), /^render staging/);
      await assertConsistent(bare, now!);
    }
    await git(bare, "fsck", "--no-dangling");
  }
  assert.ok(old);
  // Not a requirement (timing), but useful to know whether the kill points spanned the push.
  t.diagnostic(`a killed run had already pushed: ${sawNew}`);
});
