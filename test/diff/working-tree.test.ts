/**
 * `capstan diff` without --head previews the working tree: the base takes the files the
 * change did not touch from the working tree (when their bytes hash to the base's blob),
 * so the report must be exactly the one of the same change committed on a branch.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import { join } from "node:path";
import { after, test } from "node:test";
import { computePreview } from "../../src/flows/preview/diff.ts";
import { blobOid, newBlobCache, readTreeAt } from "../../src/adapters/source-repo.ts";
import { loadSource, usedCapabilities, kindsToPreload } from "../../src/core/plan/plan.ts";
import { previewKinds, previewScope } from "../../src/core/preview/preview.ts";
import { renderMarkdown, reportJson } from "../../src/core/preview/report.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import type { SourceInput } from "../../src/core/model/source.ts";
import { git, rmrf } from "../helpers/git.ts";
import { BASE_FILES, CONFIG, app, prRepo, teamLabels } from "./fixtures.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));
const quiet: Reporter = { info() {}, notice() {}, warn() {}, problems() {} };

/** The same change as a commit on `pr` and as working-tree edits on `main`. */
async function bothWays(change: Record<string, string | null>) {
  const repo = await prRepo(change);
  dirs.push(repo.dir);
  const committed = await computePreview(
    { source: repo.dir, base: "main", head: "pr", sourceRepo: "acme/shop" },
    quiet,
  );
  // the working tree of `pr` over the index of `main`: the change, uncommitted
  await git(repo.dir, "checkout", "-q", "main");
  await git(repo.dir, "checkout", "-q", "pr", "--", ".");
  await git(repo.dir, "reset", "-q");
  for (const [p, t] of Object.entries(change))
    if (t === null) await fs.rm(join(repo.dir, p), { force: true });
  const worktree = await computePreview(
    { source: repo.dir, base: "main", sourceRepo: "acme/shop" },
    quiet,
  );
  return { committed, worktree };
}

function same(a: Awaited<ReturnType<typeof bothWays>>): void {
  const strip = (r: typeof a.committed) => ({
    ...reportJson(r.report),
    head: undefined,
    blobBase: undefined,
  });
  assert.deepEqual(strip(a.worktree), strip(a.committed));
  assert.equal(
    renderMarkdown({ ...a.worktree.report, head: a.committed.report.head }).body,
    renderMarkdown(a.committed.report).body,
  );
}

test("working tree: an edited, an added and a removed app report as when committed", async () => {
  const r = await bothWays({
    "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.5.0"),
    "apps/search.yaml": app("search", "ghcr.io/acme/search:0.1.0"),
    "apps/users.yaml": null,
  });
  assert.ok(r.worktree.report.diffs.length >= 5);
  assert.deepEqual(r.worktree.report.rendered, { apps: 6, of: 8 });
  same(r);
});

test("working tree: a capability bump reports the same blast radius as when committed", async () => {
  same(await bothWays(teamLabels("1.1.0")));
});

test("working tree: a file with a byte-order mark is read from git, not taken from disk", async () => {
  const bom = "\ufeff" + app("cart", "ghcr.io/acme/cart:1.0.0");
  const repo = await prRepo({}, { ...BASE_FILES, "apps/cart.yaml": bom });
  dirs.push(repo.dir);
  const r = await computePreview({ source: repo.dir, base: "HEAD", sourceRepo: "a/b" }, quiet);
  assert.deepEqual(r.report.diffs, [], "nothing changed");
  assert.deepEqual(r.report.rendered, { apps: 0, of: 6 });
});

test("readTreeAt: cached and candidate blobs are used only when their id matches", async () => {
  const repo = await prRepo({ "apps/shop.yaml": app("shop", "x:2") });
  dirs.push(repo.dir);
  const right = Buffer.from(app("cart", "ghcr.io/acme/cart:1.0.0"));
  const wrong = Buffer.from("not the blob");
  const cache = newBlobCache(
    new Map([
      ["apps/cart.yaml", right],
      ["apps/users.yaml", wrong],
    ]),
  );
  const plain = await readTreeAt(repo.dir, repo.base, ["apps"]);
  const cached = await readTreeAt(repo.dir, repo.base, ["apps"], cache);
  assert.deepEqual(cached, plain);
  assert.equal(cached.get("apps/cart.yaml"), right, "the candidate's bytes were taken");
  assert.ok(cache.byOid.has(blobOid(right, "sha1")));
  assert.ok(!cache.byOid.has(blobOid(wrong, "sha1")));
  // a second revision reads the blobs it shares from the cache
  const head = await readTreeAt(repo.dir, repo.head, ["apps"], cache);
  assert.deepEqual(head, await readTreeAt(repo.dir, repo.head, ["apps"]));
});

const input = (files: Record<string, string>): SourceInput => ({
  config: { file: "capstan.yaml", text: files["capstan.yaml"] ?? CONFIG },
  apps: Object.entries(files)
    .filter(([p]) => p.startsWith("apps/"))
    .map(([file, text]) => ({ file, text })),
  packs: [],
  crdFiles: [],
  sourceRepo: "a/b",
  commit: "0".repeat(40),
});

test("previewKinds loads exactly the kinds of every capability either side uses", async () => {
  const { readBuiltinPack } = await import("../../src/adapters/source-files.ts");
  const withPacks = (i: SourceInput): SourceInput => ({ ...i, packs: [readBuiltinPack([])] });
  const objects = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: raw }
spec:
  components:
    - name: raw
      type: k8s-objects
      properties:
        objects:
          - { apiVersion: v1, kind: ConfigMap, metadata: { name: a } }
`;
  const job = (name: string) => `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: ${name} }
spec:
  components:
    - name: ${name}
      type: task
      properties: { image: busybox }
`;
  const base = { "apps/a.yaml": app("a", "x:1"), "apps/raw.yaml": objects };
  const cases: [Record<string, string>, Record<string, string>][] = [
    [base, { ...base, "apps/a.yaml": app("a", "x:2") }],
    [base, { "apps/a.yaml": app("a", "x:1") }], // the wildcard app removed at the head
    [{ "apps/a.yaml": app("a", "x:1") }, base], // and added
    [{ ...base, "apps/j.yaml": job("j") }, base], // a kind only the base uses
  ];
  const sortKinds = (ks: { apiVersion: string; kind: string }[]) =>
    [...new Set(ks.map((k) => `${k.apiVersion} ${k.kind}`))].sort();
  const strip = (files: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(files).map(([p, t]) => [p, t.replace(/ {8}- type: team-labels[^]*$/m, "")]),
    );
  for (const [b, h] of cases) {
    const bs = loadSource(withPacks(input(strip(b))));
    const hs = loadSource(withPacks(input(strip(h))));
    const old = [hs, bs].flatMap((s) => kindsToPreload(s, usedCapabilities(s).caps));
    assert.ok(previewScope(bs, hs));
    assert.deepEqual(sortKinds(previewKinds(bs, hs, undefined)), sortKinds(old));
    assert.deepEqual(sortKinds(previewKinds(bs, hs, usedCapabilities(hs).caps)), sortKinds(old));
  }
});
