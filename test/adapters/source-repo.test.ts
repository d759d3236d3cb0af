import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { UserError } from "../../src/core/common/errors.ts";
import {
  deepen,
  fetchCommit,
  headCommit,
  isAncestor,
  isShallow,
  listFilesAt,
  logBetween,
  mergeBase,
  readTreeAt,
  remoteUrl,
  resolveCommit,
  showFileAt,
} from "../../src/adapters/source-repo.ts";
import { commitAll, git, initRepo, rmrf, tmpdir, writeTree } from "../helpers/git.ts";

let origin = "";
const shas: string[] = [];
const dirs: string[] = [];

before(async () => {
  origin = await tmpdir("capstan-src-");
  dirs.push(origin);
  await initRepo(origin, { "capstan.yaml": "kind: Config\n", "apps/shop.yaml": "name: shop\n" });
  shas.push(await git(origin, "rev-parse", "HEAD"));
  for (let i = 1; i <= 4; i++) {
    await writeTree(origin, {
      "apps/shop.yaml": `name: shop\nrev: ${i}\n`,
      [`apps/n${i}.yaml`]: `n: ${i}\n`,
    });
    shas.push(await commitAll(origin, `change ${i}`, `2024-01-0${i + 1}T00:00:00Z`));
  }
  await fs.writeFile(path.join(origin, "bin.dat"), Buffer.from([0, 1, 2, 255, 10, 13, 10]));
  await fs.symlink("capstan.yaml", path.join(origin, "link.yaml"));
  shas.push(await commitAll(origin, "binary", "2024-01-09T00:00:00Z"));
});
after(() => rmrf(...dirs));

async function shallowClone(): Promise<string> {
  const dir = await tmpdir("capstan-shallow-");
  dirs.push(dir);
  await git(dir, "clone", "-q", "--depth=1", `file://${origin}`, ".");
  return dir;
}

test("files at a revision: show, list, read many in one go", async () => {
  assert.equal(await headCommit(origin), shas[5]);
  assert.equal(await showFileAt(origin, shas[0] ?? "", "apps/shop.yaml"), "name: shop\n");
  assert.equal(await showFileAt(origin, "HEAD", "apps/shop.yaml"), "name: shop\nrev: 4\n");
  assert.equal(await showFileAt(origin, "HEAD", "apps/none.yaml"), undefined);
  assert.deepEqual(await listFilesAt(origin, shas[1] ?? ""), [
    "apps/n1.yaml",
    "apps/shop.yaml",
    "capstan.yaml",
  ]);

  const tree = await readTreeAt(origin, "HEAD", ["apps", "bin.dat", "link.yaml"]);
  assert.deepEqual(
    [...tree.keys()],
    ["apps/n1.yaml", "apps/n2.yaml", "apps/n3.yaml", "apps/n4.yaml", "apps/shop.yaml", "bin.dat"],
  );
  assert.equal(tree.get("apps/n3.yaml")?.toString(), "n: 3\n");
  assert.deepEqual(tree.get("bin.dat"), Buffer.from([0, 1, 2, 255, 10, 13, 10]));
  assert.equal((await readTreeAt(origin, "HEAD")).size, 7, "the symlink is skipped");
  assert.equal((await readTreeAt(origin, "HEAD", ["nothing-here"])).size, 0);
});

test("history: merge base, ancestry, log", async () => {
  assert.equal(await mergeBase(origin, shas[2] ?? "", "HEAD"), shas[2]);
  assert.equal(await isAncestor(origin, shas[0] ?? "", "HEAD"), true);
  assert.equal(await isAncestor(origin, "HEAD", shas[0] ?? ""), false);
  const log = await logBetween(origin, shas[2] ?? "", "HEAD");
  assert.deepEqual(
    log.map((l) => l.subject),
    ["binary", "change 4", "change 3"],
  );
  assert.equal(log[0]?.sha, shas[5]);
});

test("a shallow clone is deepened where history is needed", async () => {
  const dir = await shallowClone();
  assert.equal(await isShallow(dir), true);
  assert.equal(await isAncestor(dir, shas[0] ?? "", "HEAD"), true);
  assert.equal(await showFileAt(dir, shas[0] ?? "", "apps/shop.yaml"), "name: shop\n");
  assert.equal((await logBetween(dir, shas[0] ?? "", "HEAD")).length, 5);

  const other = await shallowClone();
  assert.equal(await mergeBase(other, shas[1] ?? "", "HEAD"), shas[1]);
  await deepen(other);
  assert.equal(await isShallow(other), false);
});

test("history questions asked side by side on a shallow clone all get their answer", async () => {
  // The older-commit rule asks about every recorded commit at once; each may deepen the
  // clone or fetch a commit, and git refuses two fetches into one clone at a time.
  for (let round = 0; round < 3; round++) {
    const dir = await shallowClone();
    const answers = await Promise.all([
      isAncestor(dir, shas[0] ?? "", "HEAD"),
      isAncestor(dir, shas[1] ?? "", "HEAD"),
      fetchCommit(dir, shas[2] ?? ""),
      isAncestor(dir, shas[3] ?? "", "HEAD"),
      deepen(dir, { by: 1 }),
      deepen(dir, { by: 1 }),
      deepen(dir, { by: 1 }),
      fetchCommit(dir, shas[1] ?? ""),
    ]);
    assert.deepEqual(answers, [
      true,
      true,
      { kind: "fetched" },
      true,
      undefined,
      undefined,
      undefined,
      { kind: "fetched" },
    ]);
  }
});

test("when deepening fails, the error says to set fetch-depth: 0", async () => {
  const dir = await shallowClone();
  await git(dir, "remote", "set-url", "origin", path.join(dir, "gone.git"));
  await assert.rejects(resolveCommit(dir, shas[0] ?? ""), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.equal(e.problems[0]?.code, "shallow");
    assert.match(e.message, /fetch-depth: 0/);
    return true;
  });
});

test("an unknown revision in a complete clone is a user error", async () => {
  await assert.rejects(showFileAt(origin, "no-such-branch", "x"), (e: unknown) => {
    return e instanceof UserError && e.problems[0]?.code === "unknown-revision";
  });
});

test("remoteUrl drops credentials", async () => {
  const dir = await tmpdir();
  dirs.push(dir);
  await initRepo(dir);
  assert.equal(await remoteUrl(dir), undefined);
  await git(
    dir,
    "remote",
    "add",
    "origin",
    "https://x-access-token:secret123@github.com/acme/src.git",
  );
  assert.equal(await remoteUrl(dir), "https://github.com/acme/src.git");
});
