/**
 * Capability packs from git: a local bare repository is the pack source;
 * fetched into a cache, pinned by commit in capstan.lock, verified by digest.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { bareRemote, commitAll, git, initRepo, rmrf, tmpdir, writeTree } from "../helpers/git.ts";
import { loadFromDir } from "../../src/flows/shared/load.ts";
import { prepare, usedCapabilities } from "../../src/core/plan/plan.ts";
import { emitLock, lockFromCapabilities, parseLock } from "../../src/core/model/lock.ts";
import { gitPackSource, packCacheRoot } from "../../src/adapters/git-packs.ts";
import { parsePackArg } from "../../src/tools/capabilities-add.ts";
import { UserError } from "../../src/core/common/errors.ts";
import { cli } from "../helpers/cli.ts";

const builtin = (p: string) =>
  readFileSync(join(import.meta.dirname, "../../capabilities", p), "utf8");
const teamLabels = (extra = "") => ({
  "README.md": "# platform pack\n",
  "packs/team-labels/1.0.0/capability.yaml": builtin("labels/1.0.0/capability.yaml") + extra,
  "packs/team-labels/1.0.0/patch.yaml.hbs": builtin("labels/1.0.0/patch.yaml.hbs"),
});

const APP = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: shop }
spec:
  components:
    - name: web
      type: webservice
      properties: { image: "ghcr.io/acme/shop:1.0.0" }
      traits:
        - type: team-labels
          properties: { team: storefront }
`;

const config = (url: string, ref: string) => `# the platform team's pack comes from git
apiVersion: capstan.dev/v1alpha1
kind: Config
environments:
  - name: staging # first
    autoDeploy: true
capabilities:
  - builtin
  - git: ${url}
    ref: ${ref}
    path: packs
`;

let root: string;
let remote: string;
let work: string;
let v1: string;
const ID = { sourceRepo: "acme/src", commit: "0".repeat(40) };

before(async () => {
  root = await tmpdir("capstan-packs-");
  process.env.XDG_CACHE_HOME = join(root, "xdg");
  remote = await bareRemote(join(root, "pack.git"));
  work = join(root, "pack-work");
  await initRepo(work, teamLabels());
  await git(work, "tag", "v1.0.0");
  v1 = (await git(work, "rev-parse", "HEAD")).trim();
  await git(work, "push", "-q", remote, "main", "--tags");
});
after(async () => {
  delete process.env.XDG_CACHE_HOME;
  await rmrf(root);
});

async function sourceRepo(name: string, ref = "v1.0.0"): Promise<string> {
  const dir = join(root, name);
  await writeTree(dir, { "capstan.yaml": config(remote, ref), "apps/shop.yaml": APP });
  return dir;
}

test("a git pack is fetched into the XDG cache by commit and read like a local one", async () => {
  const src = await loadFromDir({ source: await sourceRepo("s1"), ...ID });
  const cap = src.registry.versions("team-labels")[0]!;
  assert.equal(cap.source, gitPackSource({ url: remote, ref: "v1.0.0", path: "packs" }));
  assert.equal(cap.commit, v1);
  const cacheDir = readdirSync(join(root, "xdg/capstan/packs"));
  assert.equal(cacheDir.length, 1);
  assert.ok(
    existsSync(join(root, "xdg/capstan/packs", cacheDir[0]!, v1, "packs/team-labels/1.0.0")),
  );
  const lock = lockFromCapabilities(usedCapabilities(src).caps);
  const e = lock.entries.find((x) => x.name === "team-labels")!;
  assert.equal(e.commit, v1);
  assert.match(emitLock(lock), new RegExp(`commit: ${v1}`));
});

test("with a lock the locked commit is used, not the moving ref; offline with a warm cache", async () => {
  const dir = await sourceRepo("s2", "main");
  assert.equal(await cli("lock", "--source", dir).then((r) => r.code), 0);
  const locked = parseLock({
    file: "capstan.lock",
    text: readFileSync(join(dir, "capstan.lock"), "utf8"),
  });
  assert.equal(locked.lock!.entries.find((e) => e.name === "team-labels")!.commit, v1);
  // main moves on: a new commit changes the capability's content
  await writeTree(work, teamLabels("# v2 change\n"));
  const v2 = await commitAll(work, "change", "2024-02-01T00:00:00Z");
  await git(work, "push", "-q", remote, "main");
  const src = await loadFromDir({ source: dir, ...ID });
  assert.equal(src.registry.versions("team-labels")[0]!.commit, v1, "locked commit wins");
  await prepare(src, src.config.environments, { frozen: true }); // digests match
  // offline: the remote disappears, the cache serves the locked commit
  const moved = join(root, "pack-moved.git");
  await git(root, "clone", "-q", "--bare", remote, moved);
  await rmrf(remote);
  try {
    const again = await loadFromDir({ source: dir, ...ID });
    assert.equal(again.registry.versions("team-labels")[0]!.commit, v1);
  } finally {
    await git(root, "clone", "-q", "--bare", moved, remote);
  }
  // lock --update re-resolves the ref: the new commit and digest are pinned
  assert.equal(await cli("lock", "--source", dir, "--update").then((r) => r.code), 0);
  const updated = parseLock({
    file: "capstan.lock",
    text: readFileSync(join(dir, "capstan.lock"), "utf8"),
  });
  assert.equal(updated.lock!.entries.find((e) => e.name === "team-labels")!.commit, v2);
});

test("a pack whose cached content changed is an integrity error", async () => {
  const dir = await sourceRepo("s3");
  assert.equal((await cli("lock", "--source", dir)).code, 0);
  const hash = readdirSync(join(root, "xdg/capstan/packs"))[0]!;
  const f = join(root, "xdg/capstan/packs", hash, v1, "packs/team-labels/1.0.0/patch.yaml.hbs");
  const original = readFileSync(f, "utf8");
  writeFileSync(f, original + "\n# tampered\n");
  try {
    const src = await loadFromDir({ source: dir, ...ID });
    await assert.rejects(
      prepare(src, src.config.environments, { frozen: true }),
      (e: unknown) =>
        e instanceof UserError &&
        /integrity error: the content of team-labels@1.0.0/.test(e.message),
    );
  } finally {
    writeFileSync(f, original);
  }
});

test("an unknown ref lists the tags and branches; a bad path says so", async () => {
  const dir = await sourceRepo("s4", "v9.9.9");
  await assert.rejects(loadFromDir({ source: dir, ...ID }), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.match(e.message, /no tag, branch or commit "v9.9.9" \(tags: v1.0.0; branches: main\)/);
    return true;
  });
  writeFileSync(
    join(dir, "capstan.yaml"),
    config(remote, "v1.0.0").replace("path: packs", "path: nope"),
  );
  await assert.rejects(loadFromDir({ source: dir, ...ID }), /path "nope" does not exist/);
});

test("a commit sha works as the ref; without XDG_CACHE_HOME the cache is .capstan-cache/ in the source", async () => {
  const saved = process.env.XDG_CACHE_HOME;
  delete process.env.XDG_CACHE_HOME;
  try {
    const dir = await sourceRepo("s5", v1.slice(0, 10));
    assert.equal(packCacheRoot(dir), join(dir, ".capstan-cache", "packs"));
    const src = await loadFromDir({ source: dir, ...ID });
    assert.equal(src.registry.versions("team-labels")[0]!.commit, v1);
    assert.ok(existsSync(join(dir, ".capstan-cache/packs")));
  } finally {
    process.env.XDG_CACHE_HOME = saved;
  }
});

test("capabilities add appends the entry (comments kept) and re-locks by commit", async () => {
  const dir = join(root, "s6");
  const before = `# capstan config: hand-written
apiVersion: capstan.dev/v1alpha1
kind: Config
environments:
  - name: staging # the only one
    autoDeploy: true
capabilities:
  - builtin # ours
`;
  await writeTree(dir, { "capstan.yaml": before, "apps/shop.yaml": APP });
  const r = await cli(
    "capabilities",
    "add",
    `${remote}@v1.0.0`,
    "--path",
    "packs",
    "--source",
    dir,
  );
  assert.equal(r.code, 0, JSON.stringify(r));
  const text = readFileSync(join(dir, "capstan.yaml"), "utf8");
  assert.equal(text, `${before}  - git: ${remote}\n    ref: v1.0.0\n    path: packs\n`);
  const lock = readFileSync(join(dir, "capstan.lock"), "utf8");
  assert.match(
    lock,
    new RegExp(`name: team-labels[\\s\\S]*commit: ${v1}|commit: ${v1}[\\s\\S]*name: team-labels`),
  );
  // adding it twice is refused; the file is unchanged
  const again = await cli(
    "capabilities",
    "add",
    `${remote}@v1.0.0`,
    "--path",
    "packs",
    "--source",
    dir,
  );
  assert.equal(again.code, 1);
  assert.equal(readFileSync(join(dir, "capstan.yaml"), "utf8"), text);
});

test("capabilities add: flow style lists and a missing capabilities key", async () => {
  const dir = join(root, "s7");
  await writeTree(dir, {
    "capstan.yaml":
      "apiVersion: capstan.dev/v1alpha1\nkind: Config\nenvironments: [{ name: staging, autoDeploy: true }]\ncapabilities: [builtin]\n",
    "apps/shop.yaml": APP,
  });
  assert.equal(
    (await cli("capabilities", "add", `${remote}@v1.0.0`, "--path", "packs", "--source", dir)).code,
    0,
  );
  assert.match(
    readFileSync(join(dir, "capstan.yaml"), "utf8"),
    new RegExp(
      `capabilities: \\[builtin, \\{ git: ${remote.replace(/[/.]/g, "\\$&")}, ref: v1.0.0, path: packs \\}\\]\n`,
    ),
  );
  const dir2 = join(root, "s8");
  await writeTree(dir2, {
    "capstan.yaml":
      "apiVersion: capstan.dev/v1alpha1\nkind: Config\nenvironments: [{ name: staging, autoDeploy: true }]\n",
    "apps/shop.yaml": APP,
  });
  assert.equal(
    (await cli("capabilities", "add", `${remote}@v1.0.0`, "--path", "packs", "--source", dir2))
      .code,
    0,
  );
  assert.match(
    readFileSync(join(dir2, "capstan.yaml"), "utf8"),
    /\ncapabilities:\n {2}- builtin\n {2}- git: .*\n {4}ref: v1.0.0\n {4}path: packs\n$/,
  );
});

test("parsePackArg splits url@ref at the last @ that is not userinfo", () => {
  assert.deepEqual(parsePackArg("https://github.com/acme/caps.git@v1.2.0"), {
    kind: "git",
    url: "https://github.com/acme/caps.git",
    ref: "v1.2.0",
  });
  assert.equal(parsePackArg("git@github.com:acme/caps.git@release/v1").ref, "release/v1");
  assert.throws(() => parsePackArg("https://github.com/acme/caps.git"), /expected <git-url>@<ref>/);
  assert.throws(
    () => parsePackArg("https://user@github.com/acme/caps.git"),
    /expected <git-url>@<ref>/,
  );
});
