/**
 * The env repo's object store without a work tree (adapters/git/): tips, a shallow
 * blob-less fetch (and the fallback when the server refuses the filter), batched reads,
 * commits built by fast-import, the atomic push with leases and what its refusals mean,
 * and a local repository used in place.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { openEnvStore } from "../../src/adapters/git/open-store.ts";
import type { EnvStore } from "../../src/adapters/git/store.ts";
import { ExternalError } from "../../src/core/common/errors.ts";
import { git, initRepo, revParse, rmrf, seededRemote, tmpdir, TEST_DATE } from "../helpers/git.ts";

const DATES = { GIT_AUTHOR_DATE: TEST_DATE, GIT_COMMITTER_DATE: TEST_DATE };
const BOT = { name: "capstan-bot", email: "bot@example.test" };
const dirs: string[] = [];
after(() => rmrf(...dirs));

async function scratch(): Promise<string> {
  const d = await tmpdir();
  dirs.push(d);
  return d;
}

async function store(url: string): Promise<EnvStore> {
  const workdir = path.join(await scratch(), "store");
  return openEnvStore({ url, workdir, committer: BOT, env: DATES });
}

/** Tips of main, fetched. */
async function fetched(s: EnvStore): Promise<string> {
  const tips = await s.tips(["main"]);
  await s.fetch(tips.values());
  return tips.get("refs/heads/main") ?? assert.fail("no main");
}

async function remoteWithHistory(allowFilter: boolean): Promise<string> {
  const remote = await seededRemote({ "envs/a/x.yaml": "a: 1\n", "envs/a/y.yaml": "y: 1\n" });
  dirs.push(path.dirname(remote));
  if (allowFilter) await git(remote, "config", "uploadpack.allowFilter", "true");
  const seed = await scratch();
  await git(seed, "clone", "-q", remote, ".");
  await fs.writeFile(path.join(seed, "envs/a/y.yaml"), "y: 2\n");
  await git(seed, "commit", "-qam", "second");
  await git(seed, "push", "-q", "origin", "main");
  return remote;
}

describe("EnvStore over file://", () => {
  test("fetches depth 1 without blobs, reads by path, nothing checked out", async () => {
    const remote = await remoteWithHistory(true);
    const s = await store(`file://${remote}`);
    const tip = await fetched(s);
    assert.equal(await git(s.dir, "rev-parse", "--is-shallow-repository"), "true");
    assert.equal(await git(s.dir, "config", "remote.origin.partialclonefilter"), "blob:none");
    assert.deepEqual(await fs.readdir(s.dir), [".git"], "no work tree files");
    const blobs = async () =>
      (await git(s.dir, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype)"))
        .split("\n")
        .filter((t) => t === "blob").length;
    assert.equal(await blobs(), 0);
    assert.deepEqual(await s.reads.read([`${tip}:envs/a/y.yaml`, `${tip}:envs/a/nope.yaml`]), [
      "y: 2\n",
      undefined,
    ]);
    assert.equal(await blobs(), 1, "only the blob read was fetched");
  });

  test("the origin URL is written to the store's config as git reads it (quotes, backslashes)", async () => {
    const parent = path.join(await scratch(), 'odd "name" \\ here');
    await fs.mkdir(parent, { recursive: true });
    const remote = await seededRemote(
      { "envs/a/x.yaml": "a: 1\n" },
      path.join(parent, "deploy.git"),
    );
    const s = await store(`file://${remote}`);
    assert.equal(await git(s.dir, "config", "--get", "remote.origin.url"), `file://${remote}`);
    const main = await fetched(s);
    assert.deepEqual(await s.reads.read([`${main}:envs/a/x.yaml`]), ["a: 1\n"]);
  });

  test("a server that refuses the filter: the full depth-1 fetch still works", async () => {
    const remote = await remoteWithHistory(false);
    const s = await store(`file://${remote}`);
    const tip = await fetched(s);
    assert.equal(s.reads.partial, false);
    assert.deepEqual(await s.reads.read([`${tip}:envs/a/x.yaml`]), ["a: 1\n"]);
  });

  test("fast-import builds chained commits; unchanged files are kept; the push is atomic", async () => {
    const remote = await remoteWithHistory(true);
    const s = await store(`file://${remote}`);
    const tip = await fetched(s);
    const [c1, c2] = await s.build([
      {
        ref: "refs/capstan/build/t0",
        parent: tip,
        message: "one\n",
        changes: new Map([
          ['envs/b/"q" z.yaml', "b: 1\n"],
          ["envs/a/x.yaml", null],
        ]),
      },
      {
        ref: "refs/capstan/build/t1",
        parent: 0,
        message: "two\n",
        changes: new Map([["c.txt", "c\n"]]),
      },
    ]);
    assert.deepEqual(await s.push([{ local: c2!, remote: "main", expect: tip }]), { ok: true });
    assert.equal(await revParse(remote, "main"), c2);
    assert.equal(await git(remote, "rev-parse", `${c2}^`), c1);
    assert.deepEqual(
      (await git(remote, "ls-tree", "-r", "-z", "--name-only", "main")).split("\0").filter(Boolean),
      ['envs/b/"q" z.yaml', "c.txt", "envs/a/y.yaml"].sort(),
    );
    assert.equal(
      await git(remote, "log", "-1", "--format=%an <%ae>|%cI", "main"),
      "capstan-bot <bot@example.test>|2024-01-01T00:00:00Z".replace("Z", "+00:00"),
    );
  });

  test("two stores race: the loser's lease fails as a race and moves nothing", async () => {
    const remote = await remoteWithHistory(true);
    const [a, b] = [await store(remote), await store(remote)];
    const [ta, tb] = [await fetched(a), await fetched(b)];
    const msg = (m: string, f: string) => ({
      ref: "refs/capstan/build/x",
      parent: ta,
      message: m,
      changes: new Map([[f, m]]),
    });
    const [ca] = await a.build([msg("a\n", "a.txt")]);
    const [cb] = await b.build([{ ...msg("b\n", "b.txt"), parent: tb }]);
    assert.deepEqual(await a.push([{ local: ca!, remote: "main", expect: ta }]), { ok: true });
    const lost = await b.push([
      { local: cb!, remote: "main", expect: tb },
      { local: cb!, remote: "side", expect: "" },
    ]);
    assert.equal(!lost.ok && lost.reason, "race");
    assert.equal(await revParse(remote, "main"), ca);
    assert.equal(await revParse(remote, "refs/heads/side"), undefined, "atomic: neither moved");
  });

  test("a remote hook's refusal is 'rejected', not a race, and moves no ref", async () => {
    const remote = await remoteWithHistory(true);
    const hook = path.join(remote, "hooks", "pre-receive");
    await fs.writeFile(hook, "#!/bin/sh\necho 'protected branch' >&2\nexit 1\n", { mode: 0o755 });
    const s = await store(remote);
    const tip = await fetched(s);
    const [c] = await s.build([
      {
        ref: "refs/capstan/build/x",
        parent: tip,
        message: "x\n",
        changes: new Map([["x", "x\n"]]),
      },
    ]);
    const res = await s.push([{ local: c!, remote: "main", expect: tip }]);
    assert.equal(!res.ok && res.reason, "rejected");
    assert.equal(await revParse(remote, "main"), tip);
  });

  test("an unreachable remote is an ExternalError naming it", async () => {
    const missing = path.join(await scratch(), "nope.git");
    const s = await store(missing);
    await assert.rejects(s.tips(["main"]), (e: unknown) => {
      assert.ok(e instanceof ExternalError);
      assert.match(e.message, /could not list .*nope\.git/);
      return true;
    });
  });

  test("a local non-bare repository is used in place: its refs, its work tree", async () => {
    const dir = path.join(await scratch(), "local");
    await initRepo(dir, { "README.md": "hi\n" });
    const s = await openEnvStore({ url: dir, workdir: "/nonexistent", committer: BOT, env: DATES });
    assert.equal(s.inPlace, true);
    const tips = await s.tips(["main"]);
    const tip = tips.get("refs/heads/main")!;
    const [c] = await s.build([
      {
        ref: "refs/capstan/build/x",
        parent: tip,
        message: "in place\n",
        changes: new Map([["envs/a.yaml", "a\n"]]),
      },
    ]);
    assert.equal(
      await s.updateLocal([{ ref: "main", sha: c!, expect: tip }], ["refs/capstan/build/x"]),
      true,
    );
    assert.equal(await git(dir, "rev-parse", "HEAD"), c);
    assert.equal(await fs.readFile(path.join(dir, "envs/a.yaml"), "utf8"), "a\n");
    assert.equal(await git(dir, "status", "--porcelain"), "");
    assert.equal(
      await s.updateLocal([{ ref: "main", sha: tip, expect: tip }]),
      false,
      "a stale expectation moves nothing",
    );
  });
});
