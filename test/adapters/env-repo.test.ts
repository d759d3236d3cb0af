import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { ExternalError, UserError } from "../../src/core/errors.ts";
import { EnvRepo } from "../../src/adapters/env-repo.ts";
import {
  bareRemote,
  git,
  initRepo,
  revParse,
  rmrf,
  seededRemote,
  tmpdir,
  TEST_DATE,
} from "../helpers/git.ts";

const DATES = { GIT_AUTHOR_DATE: TEST_DATE, GIT_COMMITTER_DATE: TEST_DATE };
const BOT = { name: "capstan-bot", email: "bot@example.test" };
const dirs: string[] = [];
after(() => rmrf(...dirs));

async function scratch(): Promise<string> {
  const d = await tmpdir();
  dirs.push(d);
  return d;
}

async function clone(
  url: string,
  extra: Partial<Parameters<typeof EnvRepo.open>[0]> = {},
): Promise<EnvRepo> {
  const workdir = path.join(await scratch(), "clone");
  return EnvRepo.open({ url, branch: "main", workdir, committer: BOT, env: DATES, ...extra });
}

describe("EnvRepo over file://", () => {
  test("clones shallow, commits with the given identity and pushes", async () => {
    const remote = await seededRemote({ "README.md": "hi\n", "envs/a/x.yaml": "a: 1\n" });
    dirs.push(path.dirname(remote));
    // Two more commits so that depth 1 is observable.
    const seed = await scratch();
    await git(seed, "clone", "-q", remote, ".");
    await fs.writeFile(path.join(seed, "README.md"), "hi again\n");
    await git(seed, "commit", "-qam", "second");
    await git(seed, "push", "-q", "origin", "main");

    const repo = await clone(`file://${remote}`);
    assert.equal(repo.inPlace, false);
    assert.equal(await git(repo.dir, "rev-parse", "--is-shallow-repository"), "true");
    assert.equal(await git(repo.dir, "rev-list", "--count", "HEAD"), "1");
    assert.equal(await repo.readFile("envs/a/x.yaml"), "a: 1\n");
    assert.equal(await repo.readFile("envs/a/missing.yaml"), undefined);
    assert.deepEqual(await repo.listFiles("envs"), ["envs/a/x.yaml"]);

    await repo.writeFiles({
      write: new Map([["envs/b/new/y.yaml", "b: 2\n"]]),
      delete: ["envs/a/x.yaml"],
    });
    assert.deepEqual(
      (await repo.status()).map((s) => [s.path, s.index + s.worktree]),
      [
        ["envs/a/x.yaml", " D"],
        ["envs/b/new/y.yaml", "??"],
      ],
    );
    await assert.rejects(
      fs.stat(path.join(repo.dir, "envs/a")),
      /ENOENT/,
      "empty folders are pruned",
    );
    const sha = await repo.commit(
      "render a: shop from acme/src@abc1234\n\nCapstan-Source-Commit: abc\n",
    );
    assert.match(sha ?? "", /^[0-9a-f]{40}$/);
    assert.equal(await repo.head(), sha);
    assert.equal(
      await git(repo.dir, "log", "-1", "--format=%an <%ae>|%cn|%cI"),
      "capstan-bot <bot@example.test>|capstan-bot|2024-01-01T00:00:00+00:00",
    );
    assert.equal(
      await git(repo.dir, "log", "-1", "--format=%(trailers:key=Capstan-Source-Commit,valueonly)"),
      "abc",
    );

    assert.deepEqual(await repo.push([{ local: "main", remote: "main" }]), { ok: true });
    assert.equal(await revParse(remote, "refs/heads/main"), sha);
  });

  test("no empty commits", async () => {
    const remote = await seededRemote({ "a.txt": "a\n" });
    dirs.push(path.dirname(remote));
    const repo = await clone(remote);
    const before = await repo.head();
    assert.equal(await repo.commit("nothing"), undefined);
    await repo.writeFiles({ write: new Map([["a.txt", "a\n"]]), delete: ["never-existed.txt"] });
    assert.equal(await repo.commit("same bytes"), undefined);
    assert.equal(await repo.head(), before);
  });

  test("an empty remote starts an unborn branch that the first push creates", async () => {
    const remote = await bareRemote();
    dirs.push(path.dirname(remote));
    const repo = await EnvRepo.open({
      url: remote,
      branch: "env/prod",
      workdir: path.join(await scratch(), "c"),
      committer: BOT,
      env: DATES,
    });
    assert.equal(await repo.head(), undefined);
    assert.deepEqual(await repo.listFiles(), []);
    assert.equal(await repo.commit("nothing yet"), undefined);
    await repo.writeFiles({
      write: new Map([["envs/prod/kustomization.yaml", "resources: []\n"]]),
      delete: [],
    });
    const sha = await repo.commit("render prod");
    assert.ok(sha);
    assert.deepEqual(await repo.push([{ local: "HEAD", remote: "env/prod" }]), { ok: true });
    assert.equal(await revParse(remote, "refs/heads/env/prod"), sha);
    assert.equal(await git(repo.dir, "rev-list", "--count", "HEAD"), "1", "an orphan: no parent");
  });

  test("a missing branch on a non-empty remote is started as an orphan", async () => {
    const remote = await seededRemote({ "a.txt": "a\n" });
    dirs.push(path.dirname(remote));
    const repo = await clone(remote, { branch: "env/staging" });
    assert.equal(await repo.head(), undefined);
    assert.equal(await repo.readFile("a.txt"), undefined);
  });

  test("writeFiles refuses paths outside the worktree or into .git", async () => {
    const remote = await seededRemote({ "a.txt": "a\n" });
    dirs.push(path.dirname(remote));
    const repo = await clone(remote);
    const outside = await scratch();
    await fs.symlink(outside, path.join(repo.dir, "link"));
    for (const bad of [
      "../x",
      "a/../../x",
      "/etc/passwd",
      ".git/config",
      "envs/.GIT/hooks/x",
      "a\\b",
      "",
      "link/x",
    ]) {
      await assert.rejects(
        repo.writeFiles({ write: new Map([[bad, "x"]]), delete: [] }),
        (e: unknown) => e instanceof UserError && e.problems[0]?.code === "unsafe-path",
        bad,
      );
    }
    await assert.rejects(repo.writeFiles({ write: new Map(), delete: ["../a.txt"] }), UserError);
    assert.deepEqual(await fs.readdir(outside), []);
    await assert.rejects(repo.readFile("../x"), UserError);
  });

  test("two clones race: the loser sees non-fast-forward, re-fetches and wins", async () => {
    const remote = await seededRemote({ "a.txt": "a\n" });
    dirs.push(path.dirname(remote));
    const a = await clone(remote);
    const b = await clone(remote);
    await a.writeFiles({ write: new Map([["a.txt", "from a\n"]]), delete: [] });
    await b.writeFiles({ write: new Map([["b.txt", "from b\n"]]), delete: [] });
    const shaA = await a.commit("a");
    await b.commit("b");
    assert.deepEqual(await a.push([{ local: "main", remote: "main" }]), { ok: true });
    const lost = await b.push([{ local: "main", remote: "main" }]);
    assert.equal(lost.ok, false);
    assert.equal(!lost.ok && lost.reason, "non-fast-forward");
    assert.equal(await revParse(remote, "main"), shaA);

    assert.equal(await b.fetchAndReset("main"), shaA);
    assert.equal(
      await b.readFile("b.txt"),
      undefined,
      "the worktree is reset, untracked files removed",
    );
    assert.deepEqual(await b.status(), []);
    await b.writeFiles({ write: new Map([["b.txt", "from b\n"]]), delete: [] });
    const shaB = (await b.commit("b again")) ?? assert.fail("no commit");
    assert.ok(shaA && (await b.isAncestor(shaA, shaB)));
    assert.equal(await b.isAncestor(shaB, shaA ?? ""), false);
    assert.deepEqual(await b.push([{ local: "main", remote: "main" }]), { ok: true });
    assert.equal(await revParse(remote, "main"), shaB);
  });

  test("an atomic push with one rejected ref moves neither", async () => {
    const remote = await seededRemote({ "a.txt": "a\n" });
    dirs.push(path.dirname(remote));
    const other = await clone(remote);
    await other.createBranch("capstan/promote/a-to-b", "HEAD");
    await other.checkout("capstan/promote/a-to-b");
    await other.writeFiles({ write: new Map([["p.txt", "p\n"]]), delete: [] });
    await other.commit("promote");
    assert.deepEqual(
      await other.push([{ local: "capstan/promote/a-to-b", remote: "capstan/promote/a-to-b" }]),
      { ok: true },
    );
    const promoteBefore =
      (await revParse(remote, "refs/heads/capstan/promote/a-to-b")) ?? assert.fail("no branch");

    const repo = await clone(remote);
    const mainBefore = (await revParse(remote, "refs/heads/main")) ?? assert.fail("no main");
    await repo.writeFiles({ write: new Map([["a.txt", "changed\n"]]), delete: [] });
    await repo.commit("render");
    // A promote branch cut from main does not descend from the remote's promote branch: non-ff.
    await repo.createBranch("promote", "HEAD");
    const res = await repo.push([
      { local: "main", remote: "main" },
      { local: "promote", remote: "capstan/promote/a-to-b" },
    ]);
    assert.equal(res.ok, false);
    assert.equal(!res.ok && res.reason, "non-fast-forward");
    assert.equal(await revParse(remote, "refs/heads/main"), mainBefore);
    assert.equal(await revParse(remote, "refs/heads/capstan/promote/a-to-b"), promoteBefore);

    // A stale lease is a race, too; the right lease forces the branch.
    const stale = await repo.push([
      { local: "main", remote: "main" },
      {
        local: "promote",
        remote: "capstan/promote/a-to-b",
        force: "with-lease",
        expectedRemoteSha: mainBefore,
      },
    ]);
    assert.equal(!stale.ok && stale.reason, "non-fast-forward");
    assert.equal(await revParse(remote, "refs/heads/main"), mainBefore);
    const forced = await repo.push([
      { local: "main", remote: "main" },
      {
        local: "promote",
        remote: "capstan/promote/a-to-b",
        force: "with-lease",
        expectedRemoteSha: promoteBefore,
      },
    ]);
    assert.deepEqual(forced, { ok: true });
    assert.equal(await revParse(remote, "refs/heads/capstan/promote/a-to-b"), await repo.head());
  });

  test("a remote hook's refusal is 'rejected', not a race, and moves no ref", async () => {
    const remote = await seededRemote({ "a.txt": "a\n" });
    dirs.push(path.dirname(remote));
    const hook = path.join(remote, "hooks", "pre-receive");
    await fs.writeFile(hook, "#!/bin/sh\necho 'protected branch' >&2\nexit 1\n", { mode: 0o755 });
    const repo = await clone(remote);
    const before = await revParse(remote, "main");
    await repo.writeFiles({ write: new Map([["a.txt", "b\n"]]), delete: [] });
    await repo.commit("x");
    await repo.createBranch("side", "HEAD");
    const res = await repo.push([
      { local: "main", remote: "main" },
      { local: "side", remote: "side" },
    ]);
    assert.equal(res.ok, false);
    assert.equal(!res.ok && res.reason, "rejected");
    assert.equal(await revParse(remote, "main"), before);
    assert.equal(await revParse(remote, "refs/heads/side"), undefined);
  });

  test("an unreachable remote is an ExternalError", async () => {
    const missing = path.join(await scratch(), "nope.git");
    await assert.rejects(clone(missing), ExternalError);
  });

  test("a local non-bare repository is used in place", async () => {
    const dir = await scratch();
    await initRepo(dir, { "envs/a/x.yaml": "x\n" });
    const repo = await EnvRepo.open({
      url: dir,
      branch: "main",
      workdir: "/nonexistent",
      committer: BOT,
      env: DATES,
    });
    assert.equal(repo.inPlace, true);
    assert.equal(repo.dir, dir);
    await repo.writeFiles({ write: new Map([["envs/a/y.yaml", "y\n"]]), delete: [] });
    const sha = await repo.commit("in place");
    assert.equal(await git(dir, "rev-parse", "HEAD"), sha);
    await assert.rejects(
      EnvRepo.open({ url: dir, branch: "nope", workdir: "/nonexistent" }),
      (e: unknown) => e instanceof ExternalError && /no branch nope/.test(e.message),
    );
  });

  test("deepen fetches the history of a shallow clone", async () => {
    const remote = await seededRemote({ "a.txt": "1\n" });
    dirs.push(path.dirname(remote));
    const seed = await scratch();
    await git(seed, "clone", "-q", remote, ".");
    const first = await git(seed, "rev-parse", "HEAD");
    for (const n of [2, 3]) {
      await fs.writeFile(path.join(seed, "a.txt"), `${n}\n`);
      await git(seed, "commit", "-qam", `c${n}`);
    }
    await git(seed, "push", "-q", "origin", "main");
    const repo = await clone(`file://${remote}`);
    await assert.rejects(
      repo.isAncestor(first, "HEAD"),
      ExternalError,
      "the commit is not in a depth-1 clone",
    );
    await repo.deepen();
    assert.equal(await repo.isAncestor(first, "HEAD"), true);
    assert.equal(await git(repo.dir, "rev-parse", "--is-shallow-repository"), "false");
  });
});
