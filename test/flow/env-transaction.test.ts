/**
 * The env-repo transaction (flows/transaction/): CI-like checkouts that hold only their
 * own commit, the record of the newest commit rendered, what a no-change run costs
 * (git processes, blobs fetched), the work tree of a repository used in place, and the
 * undecidable order (exit 3, fetch-depth: 0).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, test } from "node:test";
import { gitProcessCount } from "../../src/adapters/git/process.ts";
import { ExternalError } from "../../src/core/common/errors.ts";
import { renderToRepo } from "../../src/flows/render/render-repo.ts";
import { loadFromDir } from "../../src/flows/shared/load.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { bareRemote, git, rmrf, tmpdir } from "../helpers/git.ts";
import { appYaml, configYaml, log, refs, show, sourceRepo, stateAt } from "./fixtures.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));

function reporter(lines: string[] = []): Reporter {
  return {
    info: (l) => void lines.push(l),
    notice: (l) => void lines.push(l),
    warn: (l) => void lines.push(l),
    problems: () => {},
  };
}

/** A CI checkout: only `sha` (depth 1), origin = the source repository. */
async function ciCheckout(srcDir: string, sha: string, dir: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  await git(dir, "init", "-q");
  await git(dir, "remote", "add", "origin", `file://${srcDir}`);
  await git(dir, "fetch", "-q", "--depth=1", "origin", sha);
  await git(dir, "checkout", "-q", "--detach", sha);
  return dir;
}

async function renderAt(dir: string, sha: string, remote: string, lines?: string[], extra = {}) {
  const src = await loadFromDir({ source: dir, sourceRepo: "acme/src", commit: sha });
  return renderToRepo(
    src,
    {
      envRepo: `file://${remote}`,
      push: true,
      sourceDir: dir,
      retry: { baseMs: 50, maxMs: 1_000 },
      ...extra,
    },
    reporter(lines),
  );
}

async function setup(runs: number) {
  const root = await tmpdir("capstan-tx-");
  dirs.push(root);
  const src = await sourceRepo(path.join(root, "src"), {
    "capstan.yaml": configYaml(),
    "apps/shop.yaml": appYaml("shop", "1.0.1"),
    "apps/cart.yaml": appYaml("cart", "1.0.1"),
  });
  for (let i = 2; i <= runs; i++)
    await src.commit({
      [`apps/${i % 2 ? "shop" : "cart"}.yaml`]: appYaml(i % 2 ? "shop" : "cart", `1.0.${i}`),
    });
  const remote = await bareRemote(path.join(root, "env.git"));
  return { root, src, remote };
}

test("10 concurrent renders from checkouts holding only their own commit: all succeed, newest wins, no empty commit", async () => {
  const { root, src, remote } = await setup(10);
  const checkouts = await Promise.all(
    src.commits.map((sha, i) => ciCheckout(src.dir, sha, path.join(root, `ci${i + 1}`))),
  );
  const lines: string[] = [];
  const results = await Promise.allSettled(
    checkouts.map((dir, i) => renderAt(dir, src.commits[i]!, remote, lines)),
  );
  for (const r of results)
    assert.equal(r.status, "fulfilled", r.status === "rejected" ? String(r.reason) : "");
  const newest = src.commits.at(-1)!;
  assert.equal((await stateAt(remote, "main", "staging"))?.apps.cart?.commit, newest);
  assert.match(
    (await show(remote, "main", "envs/staging/shop/deployment-web.yaml")) ?? "",
    /shop:1\.0\.9/,
  );
  assert.match(
    (await show(remote, "main", "envs/staging/cart/deployment-web.yaml")) ?? "",
    /cart:1\.0\.10/,
  );
  for (const sha of (await git(remote, "rev-list", "main")).split("\n"))
    assert.notEqual(
      await git(remote, "diff-tree", "--root", "--no-commit-id", "--name-only", "-r", sha),
      "",
      `empty commit ${sha}`,
    );
  assert.ok(!lines.some((l) => /neither an ancestor/.test(l)), lines.join("\n"));

  const before = await refs(remote);
  await renderAt(checkouts.at(-1)!, newest, remote);
  assert.deepEqual(await refs(remote), before, "a re-run of the same commit makes no commit");
});

test("a late run of a commit between two recorded renders does not land (the record moves on a no-op)", async () => {
  const root = await tmpdir("capstan-tx-");
  dirs.push(root);
  const src = await sourceRepo(path.join(root, "src"), {
    "capstan.yaml": configYaml(),
    "apps/shop.yaml": appYaml("shop", "1.0.0"),
  });
  const remote = await bareRemote(path.join(root, "env.git"));
  const c1 = src.commits[0]!;
  const c2 = await src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
  const c3 = await src.commit({ "apps/shop.yaml": appYaml("shop", "1.0.0") }); // reverts c2
  const at = async (sha: string, n: string) => ciCheckout(src.dir, sha, path.join(root, n));
  await renderAt(await at(c1, "a"), c1, remote);
  const log1 = await log(remote);
  await renderAt(await at(c3, "c"), c3, remote);
  assert.deepEqual(await log(remote), log1, "c3 renders what c1 rendered: no env-branch commit");
  assert.equal(
    await git(remote, "cat-file", "-p", "refs/capstan/rendered:envs/staging/acme%2Fsrc"),
    c3,
  );

  const lines: string[] = [];
  const late = await renderAt(await at(c2, "b"), c2, remote, lines);
  assert.equal(late.reports.find((r) => r.env === "staging")?.status, "skipped-older");
  assert.ok(
    lines.some((l) => l.includes(`this run's ${c2.slice(0, 7)}`)),
    lines.join("\n"),
  );
  assert.deepEqual(await log(remote), log1, "c2 (older than c3) did not land");
  assert.match(
    (await show(remote, "main", "envs/staging/shop/deployment-web.yaml")) ?? "",
    /shop:1\.0\.0/,
  );
});

test("nothing changed: a handful of git processes, and only the environment's bookkeeping blobs fetched", async () => {
  const { root, src, remote } = await setup(1);
  await git(remote, "config", "uploadpack.allowFilter", "true");
  await renderAt(src.dir, src.commits[0]!, remote);
  const files = (await git(remote, "ls-tree", "-r", "--name-only", "main")).split("\n");
  assert.ok(files.length > 5, files.join(", "));
  const workdir = path.join(root, "kept");
  const n0 = gitProcessCount();
  await renderAt(src.dir, src.commits[0]!, remote, undefined, { workdir });
  const spawned = gitProcessCount() - n0;
  // init, ls-remote, the commits' fetch, reading them, then one round of requests made at
  // once (read-set.ts: a folder and its parent cannot be wanted in one request), and the
  // reads of the state files; 51 before the transaction had its own store
  assert.ok(spawned <= 16, `${spawned} git processes for a no-change render`);
  const blobs = (
    await git(
      workdir,
      "cat-file",
      "--batch-all-objects",
      "--batch-check=%(objecttype) %(objectname)",
    )
  )
    .split("\n")
    .filter((l) => l.startsWith("blob "));
  // state.json, kustomization.yaml, hydrator.metadata and README.md of staging (one
  // prefetch request), nothing else: no object file of any app
  assert.equal(blobs.length, 4, "the bookkeeping files of staging, nothing else");
});

/** The objects of a type in a repository's store (never fetching one). */
async function stored(dir: string, type: string): Promise<Set<string>> {
  const out = await git(
    dir,
    "cat-file",
    "--batch-all-objects",
    "--batch-check=%(objecttype) %(objectname)",
  );
  return new Set(
    out
      .split("\n")
      .filter((l) => l.startsWith(`${type} `))
      .map((l) => l.slice(type.length + 1)),
  );
}

test("read sets: at the tip the record names, a run fetches the folders it reads, not every app's; a tip someone else moved, every tree", async () => {
  const { root, src, remote } = await setup(1);
  await git(remote, "config", "uploadpack.allowFilter", "true");
  await renderAt(src.dir, src.commits[0]!, remote);
  const record = await git(remote, "log", "-1", "--format=%B", "refs/capstan/rendered");
  const main = await git(remote, "rev-parse", "main");
  assert.match(record, new RegExp(`^capstan-reads refs/heads/main ${main}$`, "m"));
  const appTree = await git(remote, "rev-parse", "main:envs/staging/shop");
  const read = path.join(root, "read");
  await renderAt(src.dir, src.commits[0]!, remote, undefined, { workdir: read });
  const trees = await stored(read, "tree");
  assert.ok(trees.has(await git(remote, "rev-parse", "main:envs/staging/.capstan")));
  assert.ok(!trees.has(appTree), "no app folder fetched by a run that renders no app");

  // someone else commits to main: its tip is not the one the record names
  const co = path.join(root, "co");
  await git(root, "clone", "-q", `file://${remote}`, co);
  await fs.writeFile(path.join(co, "NOTES.md"), "notes\n");
  await git(co, "add", "NOTES.md");
  await git(co, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "notes");
  await git(co, "push", "-q", "origin", "main");
  const moved = path.join(root, "moved");
  await renderAt(src.dir, src.commits[0]!, remote, undefined, { workdir: moved });
  assert.ok(
    (await stored(moved, "tree")).has(appTree),
    "every tree of a tip the record does not name",
  );

  // the reference path fetches every tree whatever the record says
  process.env.CAPSTAN_ENV_FETCH = "full";
  try {
    const full = path.join(root, "full");
    await renderAt(src.dir, src.commits[0]!, remote, undefined, { workdir: full });
    assert.ok((await stored(full, "tree")).has(appTree));
  } finally {
    delete process.env.CAPSTAN_ENV_FETCH;
  }
});

test("a server that refuses the tree filter: every tree is fetched, as before read sets", async () => {
  const { src, remote } = await setup(1);
  await git(remote, "config", "uploadpack.allowFilter", "true");
  await git(remote, "config", "uploadpackfilter.tree.allow", "false");
  await renderAt(src.dir, src.commits[0]!, remote);
  // the next run finds read sets in the record, and the server refuses `tree:0`
  const c2 = await src.commit({ "apps/cart.yaml": appYaml("cart", "2.0.0") });
  const r = await renderAt(src.dir, c2, remote);
  assert.deepEqual(
    r.reports.map((x) => x.env),
    ["staging"],
  );
  assert.equal((await stateAt(remote, "main", "staging"))?.apps.cart?.commit, c2);
  assert.equal((await log(remote)).length, 2);
});

test("in place: the commit lands on the checked-out branch, only changed files are rewritten", async () => {
  const { root, src, remote } = await setup(1);
  await renderAt(src.dir, src.commits[0]!, remote);
  const local = path.join(root, "local");
  await git(root, "clone", "-q", `file://${remote}`, local);
  const cart = path.join(local, "envs/staging/cart/deployment-web.yaml");
  const old = new Date(Date.UTC(2020, 0, 1));
  await fs.utimes(cart, old, old);
  const c2 = await src.commit({ "apps/shop.yaml": appYaml("shop", "3.0.0") });
  const loaded = await loadFromDir({ source: src.dir, sourceRepo: "acme/src", commit: c2 });
  const r = await renderToRepo(
    loaded,
    { envRepo: local, push: false, sourceDir: src.dir },
    reporter(),
  );
  assert.equal(r.mode, "in-place");
  assert.equal(await git(local, "status", "--porcelain"), "");
  assert.match(
    await fs.readFile(path.join(local, "envs/staging/shop/deployment-web.yaml"), "utf8"),
    /shop:3\.0\.0/,
  );
  assert.equal((await fs.stat(cart)).mtimeMs, old.getTime(), "an unchanged file is not rewritten");
  assert.equal(await git(local, "for-each-ref", "refs/capstan"), "", "no scratch refs left");
});

test("a recorded commit origin cannot be asked about: exit 3 naming fetch-depth: 0", async () => {
  const { root, src, remote } = await setup(2);
  const [c1, c2] = src.commits as [string, string];
  await renderAt(src.dir, c2, remote);
  const before = await refs(remote);
  const ci = await ciCheckout(src.dir, c1, path.join(root, "ci"));
  await git(ci, "remote", "set-url", "origin", path.join(root, "gone.git"));
  await assert.rejects(renderAt(ci, c1, remote), (e: unknown) => {
    assert.ok(e instanceof ExternalError, String(e));
    assert.equal(e.exitCode, 3);
    assert.match(e.message, /fetch-depth: 0/);
    assert.doesNotMatch(e.message, /diverged|neither an ancestor/);
    return true;
  });
  assert.deepEqual(await refs(remote), before);
});
